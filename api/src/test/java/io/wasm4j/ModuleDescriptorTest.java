package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facade's module descriptor: what it exports, reads and which plugin points it uses. */
final class ModuleDescriptorTest {
    @Test
    void descriptor_exportsOnlyTheApiPackage_usesThePluginPoints() {
        java.lang.Module self = Engine.class.getModule();
        assertTrue(self.isNamed(), "tests run on the module path");
        ModuleDescriptor d = self.getDescriptor();
        assertEquals("io.wasm4j", d.name());
        assertEquals(
                Set.of("io.wasm4j"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(
                Set.of("io.wasm4j.spi.CompilerProvider", "io.wasm4j.spi.MemoryCreator", "io.wasm4j.spi.TextFormat"),
                d.uses());
        assertTrue(d.requires().stream()
                .anyMatch(r -> r.name().equals("io.wasm4j.spi")
                        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        assertTrue(d.requires().stream()
                .anyMatch(r -> r.name().equals("io.wasm4j.wat")
                        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)));
    }

    @Test
    void spiDescriptor_exportsSpiOnly_providesHeapMemory() {
        ModuleDescriptor d = io.wasm4j.spi.Trap.class.getModule().getDescriptor();
        assertEquals(
                Set.of("io.wasm4j.spi"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(1, d.provides().size());
        assertEquals(
                java.util.List.of("io.wasm4j.spi.HeapMemoryCreator"),
                d.provides().iterator().next().providers());
    }
}
