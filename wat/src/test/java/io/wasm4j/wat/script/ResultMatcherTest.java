package io.wasm4j.wat.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.NumType;
import io.wasm4j.wat.script.ResultPattern.NanKind;
import io.wasm4j.wat.script.ResultPattern.RefKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ResultMatcherTest {

    private static final ResultPattern CANONICAL_F32 = new ResultPattern.Nan(NumType.F32, NanKind.CANONICAL);
    private static final ResultPattern ARITHMETIC_F32 = new ResultPattern.Nan(NumType.F32, NanKind.ARITHMETIC);
    private static final ResultPattern CANONICAL_F64 = new ResultPattern.Nan(NumType.F64, NanKind.CANONICAL);
    private static final ResultPattern ARITHMETIC_F64 = new ResultPattern.Nan(NumType.F64, NanKind.ARITHMETIC);

    private static ActionResult f32(int bits) {
        return ActionResult.number(Float.intBitsToFloat(bits));
    }

    private static ActionResult f64(long bits) {
        return ActionResult.number(Double.longBitsToDouble(bits));
    }

    @Test
    void matches_numbers_comparesBitsAndType() {
        assertTrue(ResultMatcher.matches(new WastValue.I32(-1), ActionResult.number(-1)));
        assertTrue(ResultMatcher.matches(new WastValue.I64(-1), ActionResult.number(-1L)));
        assertFalse(ResultMatcher.matches(new WastValue.I32(0), ActionResult.number(0L)));
        assertFalse(ResultMatcher.matches(new WastValue.I64(0), ActionResult.number(0)));
        assertFalse(ResultMatcher.matches(new WastValue.I32(1), ActionResult.number(2)));
        assertFalse(ResultMatcher.matches(new WastValue.F32(0x3F80_0000), ActionResult.number(0x3F80_0000)));
    }

    @Test
    void matches_floats_comparesBitsNotValues() {
        assertTrue(ResultMatcher.matches(new WastValue.F32(0x8000_0000), ActionResult.number(-0.0f)));
        assertFalse(ResultMatcher.matches(new WastValue.F32(0), ActionResult.number(-0.0f)));
        assertFalse(ResultMatcher.matches(new WastValue.F64(0), ActionResult.number(-0.0)));
        assertTrue(ResultMatcher.matches(new WastValue.F32(0x7FA0_0001), f32(0x7FA0_0001)));
        assertFalse(ResultMatcher.matches(new WastValue.F32(0x7FA0_0001), f32(0x7FA0_0002)));
        assertTrue(ResultMatcher.matches(new WastValue.F64(0xFFF8_0000_0000_0001L), f64(0xFFF8_0000_0000_0001L)));
    }

    @ParameterizedTest
    @CsvSource({
        "7fc00000, true, true",
        "ffc00000, true, true",
        "7fc00001, false, true",
        "7fe00000, false, true",
        "7f800001, false, false",
        "7f800000, false, false",
        "3f800000, false, false"
    })
    void matches_f32NanPatterns_followTheSpec(String hex, boolean canonical, boolean arithmetic) {
        ActionResult v = f32(Integer.parseUnsignedInt(hex, 16));
        assertEquals(canonical, ResultMatcher.matches(CANONICAL_F32, v));
        assertEquals(arithmetic, ResultMatcher.matches(ARITHMETIC_F32, v));
    }

    @ParameterizedTest
    @CsvSource({
        "7ff8000000000000, true, true",
        "fff8000000000000, true, true",
        "7ff8000000000001, false, true",
        "7ff0000000000001, false, false",
        "7ff0000000000000, false, false"
    })
    void matches_f64NanPatterns_followTheSpec(String hex, boolean canonical, boolean arithmetic) {
        ActionResult v = f64(Long.parseUnsignedLong(hex, 16));
        assertEquals(canonical, ResultMatcher.matches(CANONICAL_F64, v));
        assertEquals(arithmetic, ResultMatcher.matches(ARITHMETIC_F64, v));
    }

    @Test
    void matches_nanPattern_ofTheOtherWidth_fails() {
        assertFalse(ResultMatcher.matches(CANONICAL_F64, f32(0x7FC0_0000)));
        assertFalse(ResultMatcher.matches(CANONICAL_F32, f64(0x7FF8_0000_0000_0000L)));
        assertFalse(ResultMatcher.matches(CANONICAL_F32, ActionResult.number(0x7FC0_0000)));
    }

    @Test
    void matches_v128Exact_comparesAllSixteenBytes() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) (i * 17);
        }
        WastValue.V128 expected = new WastValue.V128(LaneShape.I8X16, bytes);
        long lo = 0x7766_5544_3322_1100L;
        long hi = 0xFFEE_DDCC_BBAA_9988L;
        assertTrue(ResultMatcher.matches(expected, new ActionResult.Vec(lo, hi)));
        assertFalse(ResultMatcher.matches(expected, new ActionResult.Vec(lo, hi ^ (1L << 63))));
        assertFalse(ResultMatcher.matches(expected, new ActionResult.Vec(lo ^ 1, hi)));
        assertFalse(ResultMatcher.matches(expected, ActionResult.number(0L)));
    }

    @Test
    void matches_v128Lanes_checksEachLaneWithItsPattern() {
        // f32x4 lanes: NaN, 1.0, 2.0, 3.0 (lane 0 in the low bits of lo)
        ActionResult v = new ActionResult.Vec((0x3F80_0000L << 32) | 0x7FC0_0000L, (0x4040_0000L << 32) | 0x4000_0000L);
        WastValue one = new WastValue.F32(0x3F80_0000);
        WastValue two = new WastValue.F32(0x4000_0000);
        WastValue three = new WastValue.F32(0x4040_0000);
        assertTrue(ResultMatcher.matches(
                new ResultPattern.V128Lanes(LaneShape.F32X4, List.of(CANONICAL_F32, one, two, three)), v));
        assertFalse(
                ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.F32X4, List.of(one, one, two, three)), v));
        assertFalse(ResultMatcher.matches(
                new ResultPattern.V128Lanes(LaneShape.F32X4, List.of(CANONICAL_F32, one, two, one)), v));
    }

    @Test
    void matches_v128F64Lanes_readsTheHighHalfForLaneOne() {
        ActionResult v = new ActionResult.Vec(0x3FF0_0000_0000_0000L, 0x7FF8_0000_0000_0001L);
        WastValue one = new WastValue.F64(0x3FF0_0000_0000_0000L);
        assertTrue(
                ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.F64X2, List.of(one, ARITHMETIC_F64)), v));
        assertFalse(
                ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.F64X2, List.of(one, CANONICAL_F64)), v));
    }

    @Test
    void matches_narrowIntegerLanes_compareOnlyTheLaneBits() {
        // i8x16: lane 0 = 0xFF, lane 1 = 0x01, others 0; the script may write 255 or -1
        ActionResult v = new ActionResult.Vec(0x01FFL, 0);
        List<ResultPattern> lanes = new java.util.ArrayList<>();
        lanes.add(new WastValue.I32(-1));
        lanes.add(new WastValue.I32(1));
        for (int i = 2; i < 16; i++) {
            lanes.add(new WastValue.I32(0));
        }
        assertTrue(ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.I8X16, lanes), v));
        lanes.set(0, new WastValue.I32(0xFF));
        assertTrue(ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.I8X16, lanes), v));
        lanes.set(0, new WastValue.I32(0xFE));
        assertFalse(ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.I8X16, lanes), v));
        // i16x8: lane 7 is the top 16 bits of hi
        ActionResult w = new ActionResult.Vec(0, 0x8000_0000_0000_0000L);
        List<ResultPattern> shorts = new java.util.ArrayList<>(java.util.Collections.nCopies(8, new WastValue.I32(0)));
        shorts.set(7, new WastValue.I32(0x8000));
        assertTrue(ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.I16X8, shorts), w));
        shorts.set(7, new WastValue.I32(0));
        assertFalse(ResultMatcher.matches(new ResultPattern.V128Lanes(LaneShape.I16X8, shorts), w));
    }

    @Test
    void matches_either_acceptsAnyAlternative() {
        ResultPattern either = new ResultPattern.Either(List.of(new WastValue.I32(1), new WastValue.I32(2)));
        assertTrue(ResultMatcher.matches(either, ActionResult.number(2)));
        assertTrue(ResultMatcher.matches(either, ActionResult.number(1)));
        assertFalse(ResultMatcher.matches(either, ActionResult.number(3)));
        ResultPattern nanOrOne = new ResultPattern.Either(List.of(CANONICAL_F32, new WastValue.F32(0x3F80_0000)));
        assertTrue(ResultMatcher.matches(nanOrOne, f32(0x7FC0_0000)));
        assertFalse(ResultMatcher.matches(nanOrOne, f32(0x7FC0_0001)));
    }

    @Test
    void matches_nullAndHostReferences() {
        ActionResult nul = new ActionResult.Ref(null, RefKind.EXTERN);
        ActionResult seven = new ActionResult.Ref(new HostRef(7), RefKind.EXTERN);
        assertTrue(ResultMatcher.matches(new WastValue.RefNull(Optional.empty()), nul));
        assertTrue(ResultMatcher.matches(new WastValue.RefNull(Optional.of("func")), nul));
        assertFalse(ResultMatcher.matches(new WastValue.RefNull(Optional.empty()), seven));
        assertFalse(ResultMatcher.matches(new WastValue.RefNull(Optional.empty()), ActionResult.number(0)));
        assertTrue(ResultMatcher.matches(new WastValue.RefExtern(7), seven));
        assertTrue(ResultMatcher.matches(new WastValue.RefHost(7), seven));
        assertFalse(ResultMatcher.matches(new WastValue.RefExtern(8), seven));
        assertFalse(ResultMatcher.matches(new WastValue.RefExtern(7), nul));
    }

    @ParameterizedTest
    @CsvSource({
        // actual most specific kind, expected kind, matches
        "FUNC, FUNC, true",
        "FUNC, ANY, false",
        "FUNC, EXTERN, true",
        "EXN, EXN, true",
        "EXN, ANY, false",
        "I31, I31, true",
        "I31, EQ, true",
        "I31, ANY, true",
        "I31, STRUCT, false",
        "STRUCT, STRUCT, true",
        "STRUCT, EQ, true",
        "STRUCT, ARRAY, false",
        "ARRAY, ARRAY, true",
        "ARRAY, EQ, true",
        "ARRAY, FUNC, false",
        "EXTERN, EXTERN, true",
        "EXTERN, ANY, true",
        "EXTERN, EQ, false",
        "EXTERN, FUNC, false"
    })
    void matches_anyRef_followsTheKindHierarchy(RefKind actual, RefKind expected, boolean matches) {
        ActionResult ref = new ActionResult.Ref(new Object(), actual);
        assertEquals(matches, ResultMatcher.matches(new ResultPattern.AnyRef(expected), ref));
    }

    @Test
    void matches_anyRef_neverMatchesNull() {
        for (RefKind kind : RefKind.values()) {
            assertFalse(
                    ResultMatcher.matches(new ResultPattern.AnyRef(kind), new ActionResult.Ref(null, RefKind.EXTERN)));
        }
    }

    @Test
    void ref_withAnAbstractKind_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ActionResult.Ref(new Object(), RefKind.ANY));
        assertThrows(IllegalArgumentException.class, () -> new ActionResult.Ref(new Object(), RefKind.EQ));
        assertThrows(IllegalArgumentException.class, () -> ActionResult.number("1"));
    }

    @Test
    void toString_showsFloatBitsAndVectorHalves() {
        assertEquals("f32 NaN (0x7fc00001)", f32(0x7FC0_0001).toString());
        assertEquals("i32 -1", ActionResult.number(-1).toString());
        assertEquals("v128 0x0000000000000002:0000000000000001", new ActionResult.Vec(1, 2).toString());
        assertEquals("ref ref.host 3", new ActionResult.Ref(new HostRef(3), RefKind.EXTERN).toString());
    }
}
