package io.wasm4j.it.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Val;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.spi.V128;
import io.wasm4j.wat.script.LaneShape;
import io.wasm4j.wat.script.ResultPattern;
import io.wasm4j.wat.script.WastValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SpecValuesTest {

    private static final ResultPattern CANONICAL_F32 =
            new ResultPattern.Nan(NumType.F32, ResultPattern.NanKind.CANONICAL);
    private static final ResultPattern ARITHMETIC_F32 =
            new ResultPattern.Nan(NumType.F32, ResultPattern.NanKind.ARITHMETIC);

    @Test
    void matches_floats_comparesBitsNotValues() {
        assertTrue(SpecValues.matches(new WastValue.F32(0x8000_0000), Val.f32(-0.0f)));
        assertFalse(SpecValues.matches(new WastValue.F32(0), Val.f32(-0.0f)));
        assertFalse(SpecValues.matches(new WastValue.I32(0), Val.i64(0)));
    }

    @Test
    void matches_nanPatterns_followTheSpec() {
        assertTrue(SpecValues.matches(CANONICAL_F32, Val.f32(Float.intBitsToFloat(0xFFC0_0000))));
        assertFalse(SpecValues.matches(CANONICAL_F32, Val.f32(Float.intBitsToFloat(0x7FC0_0001))));
        assertTrue(SpecValues.matches(ARITHMETIC_F32, Val.f32(Float.intBitsToFloat(0x7FC0_0001))));
        assertFalse(SpecValues.matches(ARITHMETIC_F32, Val.f32(Float.intBitsToFloat(0x7F80_0001))));
    }

    @Test
    void matches_v128Lanes_checksEachLaneWithItsPattern() {
        // f32x4 lanes: NaN, 1.0, 2.0, 3.0 (little-endian: lane 0 in the low bits of lo)
        long lo = (0x3F80_0000L << 32) | 0x7FC0_0000L;
        long hi = (0x4040_0000L << 32) | 0x4000_0000L;
        Val v = Val.v128(new V128(lo, hi));
        ResultPattern lanes = new ResultPattern.V128Lanes(
                LaneShape.F32X4,
                List.of(
                        CANONICAL_F32,
                        new WastValue.F32(0x3F80_0000),
                        new WastValue.F32(0x4000_0000),
                        new WastValue.F32(0x4040_0000)));
        assertTrue(SpecValues.matches(lanes, v));
        ResultPattern wrong = new ResultPattern.V128Lanes(
                LaneShape.F32X4,
                List.of(
                        new WastValue.F32(0x3F80_0000),
                        new WastValue.F32(0x3F80_0000),
                        new WastValue.F32(0x4000_0000),
                        new WastValue.F32(0x4040_0000)));
        assertFalse(SpecValues.matches(wrong, v));
    }

    @Test
    void matches_eitherAndReferences() {
        ResultPattern either = new ResultPattern.Either(List.of(new WastValue.I32(1), new WastValue.I32(2)));
        assertTrue(SpecValues.matches(either, Val.i32(2)));
        assertFalse(SpecValues.matches(either, Val.i32(3)));
        assertTrue(SpecValues.matches(new WastValue.RefNull(Optional.empty()), Val.externref(null)));
        assertTrue(SpecValues.matches(new WastValue.RefExtern(7), Val.externref(new SpecValues.HostRef(7))));
        assertFalse(SpecValues.matches(new WastValue.RefExtern(7), Val.externref(new SpecValues.HostRef(8))));
        assertFalse(SpecValues.matches(
                new ResultPattern.AnyRef(ResultPattern.RefKind.FUNC), Val.ref(RefType.FUNCREF, null)));
    }

    @Test
    void argument_refNull_takesTheParameterType() {
        Val v = SpecValues.argument(new WastValue.RefNull(Optional.of("extern")), RefType.EXTERNREF);
        assertTrue(v.type() instanceof RefType r && r.nullable());
    }
}
