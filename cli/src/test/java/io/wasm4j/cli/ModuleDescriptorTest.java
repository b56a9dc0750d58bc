package io.wasm4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command line's module descriptor: it exports nothing and opens its package only to picocli. */
final class ModuleDescriptorTest {
    @Test
    void descriptor_exportsNothing_opensOnlyToPicocli() {
        java.lang.Module self = Main.class.getModule();
        assertTrue(self.isNamed(), "tests run on the module path");
        ModuleDescriptor d = self.getDescriptor();
        assertEquals("io.wasm4j.cli", d.name());
        assertEquals(Set.of(), d.exports());
        assertEquals(1, d.opens().size());
        ModuleDescriptor.Opens opens = d.opens().iterator().next();
        assertEquals("io.wasm4j.cli", opens.source());
        assertEquals(Set.of("info.picocli"), opens.targets());
        assertEquals(
                Set.of(
                        "io.wasm4j.spi.CompilerProvider",
                        "io.wasm4j.spi.MemoryCreator",
                        "io.wasm4j.spi.TextFormat",
                        "io.wasm4j.spi.WasiProvider"),
                d.uses());
        assertEquals(
                Set.of(
                        "io.wasm4j",
                        "io.wasm4j.wat",
                        "io.wasm4j.wasi",
                        "io.wasm4j.memory.mmap",
                        "info.picocli",
                        "java.base"),
                d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }

    @Test
    void plugins_bothBackendsAndWasiAreResolvedOnTheModulePath() {
        ModuleLayer layer = Main.class.getModule().getLayer();
        assertTrue(layer.findModule("io.wasm4j.backend.interp").isPresent());
        assertTrue(layer.findModule("io.wasm4j.backend.bytecode").isPresent());
        assertTrue(layer.findModule("io.wasm4j.wasi").isPresent());
    }
}
