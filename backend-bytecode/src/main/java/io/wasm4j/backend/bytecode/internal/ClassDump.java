package io.wasm4j.backend.bytecode.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes every generated class file into the directory named by the system property {@code
 * wasm4j.bytecode.dump}, for looking at the emitted code with {@code javap -c}; does nothing without it.
 */
final class ClassDump {
    static final String PROPERTY = "wasm4j.bytecode.dump";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private ClassDump() {}

    static void write(byte[] classFile) {
        String name = System.getProperty(PROPERTY);
        if (name == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(name));
            Files.write(dir.resolve("wasm" + COUNT.getAndIncrement() + ".class"), classFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot dump generated class into " + name, e);
        }
    }
}
