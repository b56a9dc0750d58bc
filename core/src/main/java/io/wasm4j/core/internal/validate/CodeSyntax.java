package io.wasm4j.core.internal.validate;

import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.Opcode;

/** Finds where an expression ends, checking its encoding (not its types) on the way. */
public final class CodeSyntax {

    private CodeSyntax() {}

    /**
     * Reads instructions from {@code bytes[start, limit)} until the {@code end} that closes the expression
     * at depth 0.
     *
     * @param bytes the module bytes
     * @param start the first instruction byte
     * @param limit where the enclosing region (function body, section) ends
     * @param hasDataCount whether the module has a data count section; without one {@code memory.init} and
     *     {@code data.drop} are malformed
     * @return the offset after the closing {@code end}
     * @throws MalformedModuleException for an unknown opcode ({@code "illegal opcode"}), a bad immediate,
     *     a truncated expression ({@code "unexpected end"}), a bad LEB128 ({@code "integer too large"},
     *     {@code "integer representation too long"}) or {@code "data count section required"}
     */
    public static int skipExpression(byte[] bytes, int start, int limit, boolean hasDataCount) {
        CodeReader reader = new CodeReader(bytes, start, limit);
        int depth = 0;
        while (true) {
            if (reader.atEnd()) {
                throw endExpected(reader.position());
            }
            int at = reader.position();
            Opcode op = reader.readOpcode();
            switch (op) {
                case BLOCK, LOOP, IF, TRY, TRY_TABLE -> depth++;
                case END, DELEGATE -> {
                    if (depth == 0) {
                        if (op == Opcode.DELEGATE) {
                            throw new MalformedModuleException("unexpected delegate", at);
                        }
                        return reader.position();
                    }
                    depth--;
                }
                case MEMORY_INIT, DATA_DROP -> {
                    if (!hasDataCount) {
                        throw new MalformedModuleException("data count section required", at);
                    }
                }
                default -> {}
            }
            reader.skipImmediates(op);
        }
    }

    static MalformedModuleException endExpected(int offset) {
        return new MalformedModuleException(
                "unexpected end of section or function: END opcode expected (section size mismatch)", offset);
    }
}
