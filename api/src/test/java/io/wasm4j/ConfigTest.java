package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ConfigTest {
    @Test
    void defaults_autoStrategyHeapMemoryDefaultFeatures() {
        Config c = Config.defaults();
        assertEquals(Strategy.AUTO, c.strategy());
        assertEquals("heap", c.memoryCreator());
        assertEquals(Config.DEFAULT_MAX_WASM_STACK, c.maxWasmStack());
        assertTrue(c.isEnabled(Feature.GC));
        assertFalse(c.isEnabled(Feature.THREADS));
        assertTrue(c.backendSettings().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 4095, (1L << 30) + 1})
    void maxWasmStack_outOfRange_rejectedAtOnceWithTheRange(long bytes) {
        Config.Builder b = Config.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.maxWasmStack(bytes));
        assertTrue(e.getMessage().contains("between 4096 and"), e.getMessage());
    }

    @Test
    void builder_blankOrNullNames_rejected() {
        Config.Builder b = Config.builder();
        assertThrows(IllegalArgumentException.class, () -> b.memoryCreator(" "));
        assertThrows(IllegalArgumentException.class, () -> b.backendSetting("", "x"));
        assertThrows(NullPointerException.class, () -> b.strategy(null));
        assertThrows(NullPointerException.class, () -> b.backendSetting("k", null));
    }

    @Test
    void build_isImmutableSnapshot_laterBuilderChangesDoNotLeak() {
        Config.Builder b = Config.builder().strategy(Strategy.INTERP).backendSetting("a", "1");
        Config c = b.build();
        b.strategy(Strategy.BYTECODE).backendSetting("b", "2").wasmFeature(Feature.GC, false);
        assertEquals(Strategy.INTERP, c.strategy());
        assertEquals(Map.of("a", "1"), c.backendSettings());
        assertTrue(c.isEnabled(Feature.GC));
        assertThrows(UnsupportedOperationException.class, () -> c.features().clear());
    }

    @Test
    void toBuilder_roundTrips() {
        Config c = Config.builder()
                .strategy(Strategy.NATIVE)
                .maxWasmStack(1 << 20)
                .wasmFeature(Feature.THREADS, true)
                .memoryCreator("mmap")
                .build();
        Config d = c.toBuilder().build();
        assertEquals(c.toString(), d.toString());
        assertEquals(c.features(), d.features());
    }
}
