package io.wasm4j.core;

/**
 * A constant expression (global initialiser, segment offset or element, table initialiser), kept as a
 * range of the module's bytes: {@code bytes[start, end)}, the last byte being the closing {@code end}
 * opcode ({@code 0x0B}).
 *
 * @param start offset of the first instruction
 * @param end offset just after the closing {@code end}
 */
public record ConstExpr(int start, int end) {}
