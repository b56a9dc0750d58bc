package io.wasm4j.core.internal.validate;

import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.internal.decode.ConstExprScanner;

/**
 * TEMPORARY stand-in written by the decoder helper until the validator branch provides the real class
 * (same signature). It only understands constant expressions; function bodies are accepted when their
 * last byte is {@code end}.
 */
public final class CodeSyntax {
    private CodeSyntax() {}

    /** Returns the offset after the {@code end} closing the expression starting at {@code start}. */
    public static int skipExpression(byte[] bytes, int start, int limit, boolean hasDataCount) {
        int end = ConstExprScanner.scan(bytes, start, limit, null);
        if (end >= 0) {
            return end;
        }
        if (limit > start && bytes[limit - 1] == 0x0B) {
            return limit;
        }
        throw new MalformedModuleException("unexpected end", limit);
    }
}
