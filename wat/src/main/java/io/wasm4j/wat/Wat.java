package io.wasm4j.wat;

import io.wasm4j.wat.internal.encode.ModuleEncoder;
import io.wasm4j.wat.internal.text.Utf8;

/**
 * Translates the WebAssembly text format to the binary format, like wasmtime's {@code wat} crate.
 *
 * <p>Thread safety: stateless; all methods may be called from any thread.
 */
public final class Wat {
    private Wat() {}

    /**
     * Translates a text-format module to its binary encoding. The text is either one {@code (module
     * $id? ...)} form or a sequence of module fields. The output carries a "name" custom section with the
     * identifiers of the text.
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
     * Translates a text-format module given as UTF-8 bytes.
     *
     * @param utf8 the module's text in UTF-8
     * @return the binary module
     * @throws WatException if the bytes are not UTF-8 ("malformed UTF-8 encoding") or the text is
     *     malformed
     */
    public static byte[] parse(byte[] utf8) {
        String text = Utf8.decodeStrict(utf8);
        if (text == null) {
            throw new WatException("malformed UTF-8 encoding", 0, 0);
        }
        return parse(text);
    }
}
