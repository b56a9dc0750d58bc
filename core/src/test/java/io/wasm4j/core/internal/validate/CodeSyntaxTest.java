package io.wasm4j.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.MalformedModuleException;
import org.junit.jupiter.api.Test;

final class CodeSyntaxTest {

    static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    private static String malformed(int... b) {
        byte[] code = bytes(b);
        return assertThrows(MalformedModuleException.class, () -> CodeSyntax.skipExpression(code, 0, code.length, true))
                .reason();
    }

    @Test
    void skipExpression_nestedBlocks_returnsOffsetAfterOuterEnd() {
        byte[] code =
                bytes(0x02, 0x40, 0x41, 0x01, 0x04, 0x7F, 0x41, 0x00, 0x05, 0x41, 0x01, 0x0B, 0x1A, 0x0B, 0x0B, 0x99);
        assertEquals(15, CodeSyntax.skipExpression(code, 0, code.length, false));
    }

    @Test
    void skipExpression_prefixedAndSimd_skipsImmediates() {
        // v128.const (16 bytes), i8x16.shuffle (16 lanes), memory.copy 0 0, end
        int[] b = new int[2 + 16 + 2 + 16 + 4 + 1];
        int i = 0;
        b[i++] = 0xFD;
        b[i++] = 12;
        i += 16;
        b[i++] = 0xFD;
        b[i++] = 13;
        i += 16;
        b[i++] = 0xFC;
        b[i++] = 10;
        b[i++] = 0;
        b[i++] = 0;
        b[i] = 0x0B;
        byte[] code = bytes(b);
        assertEquals(code.length, CodeSyntax.skipExpression(code, 0, code.length, false));
    }

    @Test
    void skipExpression_missingEnd_unexpectedEnd() {
        assertTrue(malformed(0x41, 0x01, 0x1A).contains("unexpected end"));
        assertTrue(malformed(0x41, 0x01, 0x1A).contains("END opcode expected"));
    }

    @Test
    void skipExpression_badOpcodes_illegalOpcode() {
        assertTrue(malformed(0x00, 0xFF, 0x00, 0x0B).startsWith("illegal opcode ff"));
        assertTrue(malformed(0xFC, 0x7F, 0x0B).startsWith("illegal opcode"));
    }

    @Test
    void skipExpression_badLeb_integerErrors() {
        assertEquals("integer representation too long", malformed(0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0B));
        assertEquals("integer too large", malformed(0x41, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0B));
        assertEquals("integer too large", malformed(0x20, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0B));
        assertEquals("malformed memop flags", malformed(0x41, 0x00, 0x28, 0x80, 0x01, 0x00, 0x1A, 0x0B));
    }

    @Test
    void skipExpression_signedLebEdges_accepted() {
        // i32.const -1 as 5 bytes, i64.const min as 10 bytes
        byte[] code = bytes(
                0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x1A, 0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                0x7F, 0x1A, 0x0B);
        assertEquals(code.length, CodeSyntax.skipExpression(code, 0, code.length, false));
    }

    @Test
    void skipExpression_memoryInitWithoutDataCount_malformed() {
        byte[] code = bytes(0xFC, 0x09, 0x00, 0x0B);
        var e = assertThrows(
                MalformedModuleException.class, () -> CodeSyntax.skipExpression(code, 0, code.length, false));
        assertEquals("data count section required", e.reason());
        assertEquals(4, CodeSyntax.skipExpression(code, 0, code.length, true));
    }
}
