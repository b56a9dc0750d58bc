package io.wasm4j.wat.script;

import io.wasm4j.wat.Wat;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.encode.ModuleEncoder;
import io.wasm4j.wat.internal.sexpr.SExpr;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Builds the lazy sources of text and quoted modules on the wat module's parser and encoder. */
final class TextModules {

    private TextModules() {}

    /** An inline text module, {@code (module $id? field*)}, encoded on first use. */
    static ModuleSource.Text text(SExpr module) {
        return new ModuleSource.Text(() -> ModuleEncoder.encode(module));
    }

    /** A whole script that is an inline module (module fields at the top level), parsed on first use. */
    static ModuleSource.Text inline(String source) {
        return new ModuleSource.Text(() -> Wat.parse(source));
    }

    /**
     * A quoted module: the strings' bytes, concatenated, are UTF-8 module text ({@code (module ...)} or bare
     * fields), parsed on first use. Text that is not UTF-8 fails then, as "malformed UTF-8 encoding".
     */
    static ModuleSource.Quote quote(byte[] utf8, SExpr at) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            String shown = new String(utf8, StandardCharsets.UTF_8);
            return new ModuleSource.Quote(shown, () -> {
                throw new WatException("malformed UTF-8 encoding", at.line(), at.column());
            });
        }
        return new ModuleSource.Quote(text, () -> Wat.parse(text));
    }
}
