package io.wasm4j.cli;

import io.wasm4j.Engine;
import io.wasm4j.Module;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.wat.Wat;
import io.wasm4j.wat.WatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a {@code .wasm} or {@code .wat} file and compiles it, reporting bad input as a {@link CliException}. */
final class ModuleLoader {
    private ModuleLoader() {}

    /** Reads a file whole, or fails with a one-line message naming it. */
    static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new CliException(file + ": is a directory, not a module");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(file + ": permission denied");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Returns whether {@code bytes} start with the wasm magic number. */
    static boolean isBinary(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
    }

    /**
     * Compiles a module file: binary if it starts with the wasm magic number or is named {@code *.wasm},
     * else text.
     */
    static Module load(Engine engine, Path file) {
        byte[] bytes = read(file);
        boolean binary = isBinary(bytes) || file.toString().endsWith(".wasm");
        if (!binary) {
            try {
                bytes = Wat.parse(new String(bytes, StandardCharsets.UTF_8));
            } catch (WatException e) {
                throw new CliException(file + ": malformed text: " + e.getMessage());
            }
        }
        try {
            return Module.fromBinary(engine, bytes);
        } catch (MalformedModuleException e) {
            throw new CliException(file + ": malformed module: " + e.getMessage());
        } catch (InvalidModuleException e) {
            throw new CliException(file + ": invalid module: " + e.getMessage());
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw new CliException(file + ": cannot compile: " + e.getMessage());
        }
    }
}
