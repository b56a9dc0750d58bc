package io.wasm4j.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OpcodeTest {

    @Test
    void decode_everyOpcode_roundTrips() {
        for (Opcode op : Opcode.values()) {
            assertSame(op, Opcode.decode(op.prefix(), op.code()), op.name());
        }
    }

    @Test
    void forMnemonic_everyOpcode_findsOpcodeWithSameMnemonic() {
        for (Opcode op : Opcode.values()) {
            assertEquals(op.mnemonic(), Opcode.forMnemonic(op.mnemonic()).mnemonic());
        }
        assertSame(Opcode.SELECT, Opcode.forMnemonic("select"));
        assertSame(Opcode.REF_TEST, Opcode.forMnemonic("ref.test"));
        assertSame(Opcode.REF_CAST, Opcode.forMnemonic("ref.cast"));
        assertNull(Opcode.forMnemonic("i32.bogus"));
    }

    @Test
    void decode_unknownEncodings_returnNull() {
        assertNull(Opcode.decode(0, 0x27));
        assertNull(Opcode.decode(0xFC, 18));
        assertNull(Opcode.decode(0xFD, 0x9A));
        assertNull(Opcode.decode(0xFD, 0x114));
        assertNull(Opcode.decode(0xFE, 0x4F));
        assertNull(Opcode.decode(0xFA, 0));
        assertNull(Opcode.decode(0xFB, -1));
    }

    @Test
    void encodings_knownSamples_match() {
        assertEquals(0x2D, Opcode.I32_LOAD8_U.code());
        assertEquals(0xFD, Opcode.V128_CONST.prefix());
        assertEquals(12, Opcode.V128_CONST.code());
        assertEquals(0x113, Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S.code());
        assertEquals(0x4E, Opcode.I64_ATOMIC_RMW32_CMPXCHG_U.code());
        assertEquals("struct.get_s", Opcode.STRUCT_GET_S.mnemonic());
        assertEquals(ImmediateKind.BR_ON_CAST, Opcode.BR_ON_CAST_FAIL.immediates());
        assertEquals(ImmediateKind.ATOMIC_FENCE, Opcode.ATOMIC_FENCE.immediates());
    }

    @Test
    void signature_memoryAndNumeric_areFixed() {
        assertEquals(List.of(ValType.I64), Opcode.I64_STORE32.operandTypes());
        assertEquals(List.of(), Opcode.I64_STORE32.resultTypes());
        assertEquals(2, Opcode.I64_STORE32.naturalAlignment());
        assertEquals(List.of(ValType.I32, ValType.I32), Opcode.I32_ADD.operandTypes());
        assertTrue(Opcode.F64X2_RELAXED_MADD.hasFixedSignature());
        assertEquals(false, Opcode.CALL.hasFixedSignature());
    }

    @Test
    void laneCount_laneInstructions_matchShape() {
        assertEquals(16, Opcode.I8X16_EXTRACT_LANE_S.laneCount());
        assertEquals(8, Opcode.I16X8_REPLACE_LANE.laneCount());
        assertEquals(4, Opcode.F32X4_EXTRACT_LANE.laneCount());
        assertEquals(2, Opcode.I64X2_REPLACE_LANE.laneCount());
        assertEquals(2, Opcode.V128_STORE64_LANE.laneCount());
        assertEquals(16, Opcode.V128_LOAD8_LANE.laneCount());
        assertEquals(32, Opcode.I8X16_SHUFFLE.laneCount());
    }
}
