package io.wasm4j.it.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Val;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.spi.V128;
import io.wasm4j.wat.script.ActionResult;
import io.wasm4j.wat.script.HostRef;
import io.wasm4j.wat.script.LaneShape;
import io.wasm4j.wat.script.ResultPattern;
import io.wasm4j.wat.script.WastValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The harness's conversions between facade values and the script; the matching itself is tested in wat. */
final class SpecValuesTest {

    @Test
    void result_numbers_keepTheirRawBits() {
        assertEquals(
                new ActionResult.Num(NumType.F32, 0x7FA0_0001L),
                SpecValues.result(Val.f32(Float.intBitsToFloat(0x7FA0_0001))));
        assertEquals(new ActionResult.Num(NumType.I32, 0xFFFF_FFFFL), SpecValues.result(Val.i32(-1)));
        assertEquals(new ActionResult.Vec(1, 2), SpecValues.result(Val.v128(new V128(1, 2))));
    }

    @Test
    void result_references_areClassifiedByTheirObject() {
        assertEquals(
                ResultPattern.RefKind.EXTERN,
                ((ActionResult.Ref) SpecValues.result(Val.externref(new HostRef(1)))).kind());
        assertTrue(SpecValues.matches(new WastValue.RefExtern(7), Val.externref(new HostRef(7))));
        assertFalse(SpecValues.matches(new WastValue.RefExtern(7), Val.externref(new HostRef(8))));
        assertFalse(SpecValues.matches(
                new ResultPattern.AnyRef(ResultPattern.RefKind.FUNC), Val.ref(RefType.FUNCREF, null)));
    }

    @Test
    void argument_roundTripsThroughTheMatcher() {
        byte[] bytes = new byte[16];
        bytes[0] = 1;
        bytes[15] = -1;
        WastValue.V128 v = new WastValue.V128(LaneShape.I8X16, bytes);
        assertTrue(SpecValues.matches(v, SpecValues.argument(v, io.wasm4j.core.VecType.V128)));
        WastValue.F32 nan = new WastValue.F32(0x7FA0_0001);
        assertTrue(SpecValues.matches(nan, SpecValues.argument(nan, NumType.F32)));
    }

    @Test
    void argument_refNull_takesTheParameterType() {
        Val v = SpecValues.argument(new WastValue.RefNull(Optional.of("extern")), RefType.EXTERNREF);
        assertTrue(v.type() instanceof RefType r && r.nullable());
    }

    @Test
    void argument_referenceForANumberParameter_isRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> SpecValues.argument(new WastValue.RefExtern(1), NumType.I32));
    }
}
