package io.wasm4j.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import org.junit.jupiter.api.Test;

final class CodeReaderTest {

    private static CodeReader reader(int... b) {
        byte[] bytes = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            bytes[i] = (byte) b[i];
        }
        return new CodeReader(bytes, 0, bytes.length);
    }

    @Test
    void leb128_edges_decode() {
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).readU32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).readS32());
        assertEquals(
                -1L,
                reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01)
                        .readU64());
        assertEquals(
                Long.MAX_VALUE,
                reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00)
                        .readS64());
        assertEquals(-64L, reader(0x40).readS33());
        assertEquals(5, reader(0x85, 0x80, 0x80, 0x00).readU32()); // over-long but within 5 bytes
    }

    @Test
    void leb128_badEncodings_malformed() {
        assertEquals(
                "integer too large",
                assertThrows(
                                MalformedModuleException.class,
                                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x4F).readS32())
                        .reason());
        assertEquals(
                "integer representation too long",
                assertThrows(
                                MalformedModuleException.class,
                                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00).readU32())
                        .reason());
        assertTrue(
                assertThrows(MalformedModuleException.class, () -> reader(0x80).readU32())
                        .reason()
                        .startsWith("unexpected end"));
    }

    @Test
    void memarg_multiMemoryFlag_readsMemoryIndex() {
        CodeReader r = reader(0x42, 0x03, 0x10);
        r.readMemarg();
        assertEquals(2, r.memargAlign());
        assertEquals(3, r.memargMemory());
        assertEquals(16, r.memargOffset());
        assertEquals(3, r.position());
    }

    @Test
    void blockTypesAndHeapTypes_decode() {
        assertEquals(CodeReader.BLOCK_EMPTY, reader(0x40).readBlockType());
        CodeReader r = reader(0x63, 0x05);
        assertEquals(CodeReader.BLOCK_VALUE, r.readBlockType());
        assertEquals(new RefType(true, new TypeIndex(5)), r.blockValType());
        assertEquals(7, reader(0x07).readBlockType());
        assertSame(AbsHeapType.EXN, reader(0x69).readHeapType());
        assertEquals(RefType.FUNCREF, reader(0x70).readValType());
        assertSame(ValType.V128, reader(0x7B).readValType());
        assertThrows(MalformedModuleException.class, () -> reader(0x50).readHeapType());
    }

    @Test
    void skipImmediates_tryTableAndBrOnCast_consumeAll() {
        CodeReader r = reader(0x40, 0x02, 0x00, 0x01, 0x02, 0x03, 0x00);
        r.skipImmediates(Opcode.TRY_TABLE);
        assertEquals(7, r.position());
        r = reader(0x03, 0x01, 0x6E, 0x05);
        r.skipImmediates(Opcode.BR_ON_CAST);
        assertEquals(4, r.position());
        assertEquals(
                "zero byte expected",
                assertThrows(MalformedModuleException.class, () -> reader(0x01).skipImmediates(Opcode.ATOMIC_FENCE))
                        .reason());
    }
}
