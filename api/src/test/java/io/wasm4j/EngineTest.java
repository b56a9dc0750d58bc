package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.internal.engine.PluginSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class EngineTest {
    private static final byte[] EMPTY = new WasmBuilder().build();

    @Test
    void create_noBackendOnThePath_validatesButCompileNamesTheArtifact() {
        Engine engine = Engine.create();
        assertEquals(Optional.empty(), engine.backend());
        Module.validate(engine, EMPTY);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Module.fromBinary(engine, EMPTY));
        assertTrue(e.getMessage().contains("io.wasm4j:wasm4j-backend-interp"), e.getMessage());
    }

    @Test
    void create_explicitStrategyMissing_failsNamingTheArtifact() {
        Config c = Config.builder().strategy(Strategy.BYTECODE).build();
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> Engine.create(c, HostOnlyBackend.plugins(new HostOnlyBackend())));
        assertTrue(e.getMessage().contains("io.wasm4j:wasm4j-backend-bytecode"), e.getMessage());
        assertTrue(e.getMessage().contains("present: [interp]"), e.getMessage());
    }

    @Test
    void create_auto_picksHighestPrioritySupported() {
        Engine e = Engine.create(
                Config.defaults(),
                HostOnlyBackend.plugins(
                        new HostOnlyBackend("interp", 10, true),
                        new HostOnlyBackend("native", 100, false),
                        new HostOnlyBackend("bytecode", 50, true)));
        assertEquals(Optional.of("bytecode"), e.backend());
    }

    @Test
    void create_explicitStrategyUnsupported_failsSayingSo() {
        Config c = Config.builder().strategy(Strategy.NATIVE).build();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Engine.create(c, HostOnlyBackend.plugins(new HostOnlyBackend("native", 1, false))));
        assertTrue(e.getMessage().contains("not supported on this platform"), e.getMessage());
    }

    @Test
    void create_autoWithEqualPriorities_ambiguityNamesCandidates() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Engine.create(
                        Config.defaults(),
                        HostOnlyBackend.plugins(
                                new HostOnlyBackend("interp", 10, true), new HostOnlyBackend("other", 10, true))));
        assertTrue(e.getMessage().contains("interp") && e.getMessage().contains("other"), e.getMessage());
    }

    @Test
    void create_unknownBackendSetting_rejectedListingValidOnes() {
        Config c = Config.builder().backendSetting("nope", "1").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostOnlyBackend.engine(c));
        assertTrue(e.getMessage().contains("valid settings: [test.flag]"), e.getMessage());
        HostOnlyBackend.engine(Config.builder().backendSetting("test.flag", "1").build());
    }

    @Test
    void create_missingMemoryCreator_namesTheArtifact() {
        Config c = Config.builder().memoryCreator("mmap").build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HostOnlyBackend.engine(c));
        assertTrue(e.getMessage().contains("io.wasm4j:wasm4j-memory-mmap"), e.getMessage());
    }

    @Test
    void create_brokenProvidersAreReported() {
        PluginSource broken = new PluginSource(List.of(), List.of(), List.of(), List.of("x.Broken: boom"));
        Engine e = Engine.create(Config.defaults(), broken);
        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> Module.fromBinary(e, EMPTY));
        assertTrue(ex.getMessage().contains("x.Broken: boom"), ex.getMessage());
    }

    @Test
    void fromText_withoutWat_namesTheArtifact() {
        Engine engine = Engine.create(
                Config.defaults(), new PluginSource(List.of(new HostOnlyBackend()), List.of(), List.of(), List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Module.fromText(engine, "(module)"));
        assertTrue(e.getMessage().contains("io.wasm4j:wasm4j-wat"), e.getMessage());
    }

    @Test
    void fromText_watModulePresent_compiles() {
        Module m = Module.fromText(HostOnlyBackend.engine(), "(module (global (export \"g\") i32 (i32.const 1)))");
        assertEquals("g", m.exports().getFirst().name());
        assertEquals(1, PluginSource.serviceLoader().textFormats().size(), "wat found without a provider");
    }

    @Test
    void fromBinary_malformed_throwsMalformed() {
        assertThrows(
                MalformedModuleException.class, () -> Module.fromBinary(HostOnlyBackend.engine(), new byte[] {1, 2}));
    }

    @Test
    void fromBinary_disabledFeature_invalid() {
        Engine engine = HostOnlyBackend.engine(
                Config.builder().wasmFeature(Feature.MULTI_MEMORY, false).build());
        byte[] twoMemories = new WasmBuilder().memory(1, -1).memory(1, -1).build();
        InvalidModuleException e =
                assertThrows(InvalidModuleException.class, () -> Module.fromBinary(engine, twoMemories));
        assertTrue(e.getMessage().contains("MULTI_MEMORY"), e.getMessage());
    }
}
