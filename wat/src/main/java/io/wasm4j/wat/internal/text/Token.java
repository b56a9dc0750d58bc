package io.wasm4j.wat.internal.text;

import java.nio.charset.StandardCharsets;

/**
 * A token of the text format with its position.
 *
 * @param kind the kind
 * @param text the source text of the token; for {@link TokenKind#ID} the name without {@code $} (decoded
 *     for quoted ids), for {@link TokenKind#ANNOTATION} the annotation id
 * @param bytes the decoded bytes of a string token, otherwise {@code null}
 * @param validUtf8 whether {@code bytes} is valid UTF-8 (always true for non-strings)
 * @param offset the 0-based character offset of the token's start
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Token(TokenKind kind, String text, byte[] bytes, boolean validUtf8, int offset, int line, int column) {

    /** Returns whether this is a keyword with the given text. */
    public boolean isKeyword(String keyword) {
        return kind == TokenKind.KEYWORD && text.equals(keyword);
    }

    /** Returns the string's content decoded as UTF-8 (only meaningful for valid strings). */
    public String stringValue() {
        return bytes == null ? text : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return kind + " '" + text + "' at " + line + ":" + column;
    }
}
