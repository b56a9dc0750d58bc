package io.wasm4j.memory.mmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.MemoryCreator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class MmapMemoryCreatorTest {

    @Test
    void creator_isIdMmap_supportedOnLinux_andCreatesNativeMemories() {
        MmapMemoryCreator creator = new MmapMemoryCreator();
        assertEquals("mmap", creator.id());
        boolean linuxOrMac =
                System.getProperty("os.name").toLowerCase(Locale.ROOT).matches("linux.*|mac.*");
        boolean cpu = Set.of("amd64", "x86_64", "aarch64", "arm64").contains(System.getProperty("os.arch"));
        assertEquals(linuxOrMac && cpu, creator.isSupported());
        if (creator.isSupported()) {
            LinearMemory m = creator.create(new MemoryType(AddressType.I32, new Limits(1, -1), false, 16));
            assertTrue(m.segment().isNative());
            assertEquals(65536, m.byteSize());
        }
    }

    @Test
    void descriptor_exportsOnlyTheCreatorPackage_providesTheCreator_hasNativeAccessInTests() {
        Module self = MmapMemoryCreator.class.getModule();
        assertTrue(self.isNamed(), "tests run on the module path");
        ModuleDescriptor d = self.getDescriptor();
        assertEquals("io.wasm4j.memory.mmap", d.name());
        assertEquals(
                Set.of("io.wasm4j.memory.mmap"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(1, d.provides().size());
        ModuleDescriptor.Provides p = d.provides().iterator().next();
        assertEquals("io.wasm4j.spi.MemoryCreator", p.service());
        assertEquals(java.util.List.of(MmapMemoryCreator.class.getName()), p.providers());
        assertTrue(d.requires().stream()
                .anyMatch(r -> r.name().equals("io.wasm4j.spi")
                        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        assertTrue(self.isNativeAccessEnabled(), "surefire grants --enable-native-access=io.wasm4j.memory.mmap");
    }

    @Test
    void servicesFile_namesTheCreator_forTheClassPath() throws IOException {
        try (InputStream in = MmapMemoryCreator.class
                .getModule()
                .getResourceAsStream("META-INF/services/" + MemoryCreator.class.getName())) {
            assertTrue(in != null, "no services file");
            assertEquals(
                    MmapMemoryCreator.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }
}
