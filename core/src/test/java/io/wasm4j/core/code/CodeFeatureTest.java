package io.wasm4j.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CodeFeatureTest {
    @Test
    void of_classifiesByPrefixAndOpcode_relaxedRangeIncluded() {
        assertEquals(CodeFeature.SIMD, CodeFeature.of(Opcode.decode(0xFD, 0xFF)));
        assertEquals(CodeFeature.RELAXED_SIMD, CodeFeature.of(Opcode.decode(0xFD, 0x100)));
        assertEquals(CodeFeature.RELAXED_SIMD, CodeFeature.of(Opcode.decode(0xFD, 0x113)));
        assertEquals(CodeFeature.THREADS, CodeFeature.of(Opcode.decode(0xFE, 0x10)));
        assertEquals(CodeFeature.GC, CodeFeature.of(Opcode.STRUCT_NEW));
        assertEquals(CodeFeature.TAIL_CALL, CodeFeature.of(Opcode.RETURN_CALL_REF));
        assertEquals(CodeFeature.EXCEPTIONS, CodeFeature.of(Opcode.TRY_TABLE));
        assertEquals(CodeFeature.EXCEPTIONS, CodeFeature.of(Opcode.DELEGATE));
        assertNull(CodeFeature.of(Opcode.CALL_REF));
        assertNull(CodeFeature.of(Opcode.decode(0xFC, 0x0A)));
    }

    @Test
    void fromMask_isTheInverseOfBit() {
        int mask = CodeFeature.bit(Opcode.STRUCT_NEW) | CodeFeature.bit(Opcode.RETURN_CALL);
        assertEquals(EnumSet.of(CodeFeature.GC, CodeFeature.TAIL_CALL), CodeFeature.fromMask(mask));
        assertEquals(Set.of(), CodeFeature.fromMask(CodeFeature.bit(Opcode.I32_ADD)));
    }
}
