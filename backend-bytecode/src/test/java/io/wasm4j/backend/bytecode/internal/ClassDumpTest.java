package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

/** The {@code wasm4j.bytecode.dump} property writes each generated class into a directory. */
final class ClassDumpTest {
    @Test
    void compile_withDumpProperty_writesEveryGeneratedClassAsAReadableClassFile(@TempDir Path dir) throws IOException {
        System.setProperty(ClassDump.PROPERTY, dir.toString());
        try {
            Wasm.compile("(module (func (export \"f\") (result i32) (i32.const 7)))");
        } finally {
            System.clearProperty(ClassDump.PROPERTY);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        assertTrue(!files.isEmpty(), "no class written");
        for (Path f : files) {
            assertTrue(f.getFileName().toString().endsWith(".class"), f.toString());
            ClassReader r = new ClassReader(Files.readAllBytes(f));
            assertEquals("io/wasm4j/backend/bytecode/internal/WasmCode", r.getClassName());
        }
    }
}
