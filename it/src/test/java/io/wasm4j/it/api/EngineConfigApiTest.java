package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Feature;
import io.wasm4j.Module;
import io.wasm4j.Strategy;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import org.junit.jupiter.api.Test;

/** {@link Engine} and {@link Config} with the real backends on the path. */
final class EngineConfigApiTest {

    @OnEveryBackend
    void create_explicitStrategy_usesThatBackend(Strategy backend) {
        Engine engine = Guests.engine(backend);
        assertEquals(backend.backendId(), engine.backend().orElseThrow());
        assertEquals(backend, engine.config().strategy());
    }

    @Test
    void create_auto_picksAnAvailableBackend() {
        String id = Engine.create().backend().orElseThrow();
        assertTrue(id.equals("interp") || id.equals("bytecode"), id);
    }

    @Test
    void create_nativeNotOnThePath_failsNamingTheArtifact() {
        Config config = Config.builder().strategy(Strategy.NATIVE).build();
        RuntimeException e =
                assertThrows(RuntimeException.class, () -> Module.fromText(Engine.create(config), "(module)"));
        assertTrue(e.getMessage().contains("io.wasm4j:wasm4j-backend-native"), e.getMessage());
    }

    @OnEveryBackend
    void create_unknownBackendSetting_rejectedListingTheValidOnes(Strategy backend) {
        Config config = Config.builder()
                .strategy(backend)
                .backendSetting("no.such.setting", "1")
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engine.create(config));
        assertTrue(e.getMessage().contains("no.such.setting"), e.getMessage());
    }

    @Test
    void builder_rejectsBadValuesAtOnce() {
        Config.Builder b = Config.builder();
        assertThrows(IllegalArgumentException.class, () -> b.maxWasmStack(4095));
        assertThrows(IllegalArgumentException.class, () -> b.maxWasmStack(Config.MAX_MAX_WASM_STACK + 1));
        assertThrows(IllegalArgumentException.class, () -> b.memoryCreator(" "));
        assertThrows(IllegalArgumentException.class, () -> b.backendSetting("", "x"));
        assertThrows(NullPointerException.class, () -> b.backendSetting("x", null));
        assertThrows(NullPointerException.class, () -> b.strategy(null));
        assertThrows(NullPointerException.class, () -> b.wasmFeature(null, true));
        assertEquals(Config.defaults().toString(), b.build().toString());
    }

    @Test
    void create_unknownMemoryCreator_failsNamingIt() {
        Config config = Config.builder().memoryCreator("no-such-memory").build();
        RuntimeException e = assertThrows(RuntimeException.class, () -> Engine.create(config));
        assertTrue(e.getMessage().contains("no-such-memory"), e.getMessage());
        assertTrue(e.getMessage().contains("mmap"), () -> "lists the creators present: " + e.getMessage());
    }

    @OnEveryBackend
    void features_disabledFeature_makesModulesUsingItInvalid(Strategy backend) {
        String twoMemories = "(module (memory 1) (memory 1))";
        Config off = Config.builder()
                .strategy(backend)
                .wasmFeature(Feature.MULTI_MEMORY, false)
                .build();
        assertFalse(off.isEnabled(Feature.MULTI_MEMORY));
        InvalidModuleException e =
                assertThrows(InvalidModuleException.class, () -> Module.fromText(Engine.create(off), twoMemories));
        assertTrue(e.getMessage().contains("MULTI_MEMORY"), e.getMessage());
        assertEquals(
                0,
                Module.fromText(Guests.engine(backend), twoMemories).imports().size());
        assertThrows(
                MalformedModuleException.class,
                () -> Module.fromBinary(Guests.engine(backend), new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}));
    }
}
