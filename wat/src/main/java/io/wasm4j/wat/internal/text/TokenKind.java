package io.wasm4j.wat.internal.text;

/** The kinds of tokens of the WebAssembly text format. */
public enum TokenKind {
    /** {@code (} */
    LPAREN,
    /** {@code )} */
    RPAREN,
    /** {@code (@id}: the start of an annotation; the token's text is the annotation id. */
    ANNOTATION,
    /** A keyword: starts with a lowercase letter ({@code module}, {@code i32.add}, {@code offset=4}). */
    KEYWORD,
    /** A number (integer or float literal, including {@code inf}, {@code nan}, {@code nan:0x...}). */
    NUMBER,
    /** A string; the token carries its decoded bytes. */
    STRING,
    /** An identifier ({@code $x} or {@code $"..."}); the token's text is the name without {@code $}. */
    ID,
    /** Any other run of identifier characters: reserved, an error outside annotations. */
    RESERVED
}
