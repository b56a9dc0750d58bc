package io.wasm4j.wat;

import io.wasm4j.wat.internal.encode.ModuleEncoder;
import io.wasm4j.wat.internal.text.Utf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Translates the WebAssembly text format to the binary format, like wasmtime's {@code wat} crate.
 *
 * <p>The output is what wasm-tools produces for the same text, including a "name" custom section with
 * the text's identifiers, the custom sections of {@code (@custom ...)} annotations and the branch hints
 * of {@code (@metadata.code.branch_hint ...)} annotations.
 *
 * <p>Thread safety: stateless; all methods may be called from any thread.
 */
public final class Wat {
    private static final byte[] MAGIC = {0x00, 0x61, 0x73, 0x6D};

    private Wat() {}

    /**
     * Translates a text-format module to its binary encoding. The text is either one {@code (module
     * $id? ...)} form or a sequence of module fields.
     *
     * @param text the module's text
     * @return the binary module
     * @throws WatException if the text is malformed (the message starts with the spec's text for the
     *     problem, e.g. "unknown operator")
     */
    public static byte[] parse(String text) {
        return ModuleEncoder.encodeText(text);
    }

    /**
     * Translates a text-format module given as UTF-8 bytes; bytes that already are a binary module
     * (starting with {@code \0asm}) are returned as they are (copied), like {@code wat::parse_bytes}.
     *
     * @param bytes the module's text in UTF-8, or a binary module
     * @return the binary module
     * @throws WatException if the bytes are not UTF-8 ("malformed UTF-8 encoding") or the text is
     *     malformed
     */
    public static byte[] parse(byte[] bytes) {
        if (bytes.length >= 4 && Arrays.equals(bytes, 0, 4, MAGIC, 0, 4)) {
            return bytes.clone();
        }
        String text = Utf8.decodeStrict(bytes);
        if (text == null) {
            throw new WatException("malformed UTF-8 encoding", 0, 0);
        }
        return parse(text);
    }

    /**
     * Reads a file and translates it with {@link #parse(byte[])}: a {@code .wat} file is encoded, a binary
     * module is returned as it is.
     *
     * @param file the file
     * @return the binary module
     * @throws IOException if the file cannot be read
     * @throws WatException if the text is malformed
     */
    public static byte[] parseFile(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }
}
