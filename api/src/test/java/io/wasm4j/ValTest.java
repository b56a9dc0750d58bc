package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.V128;
import org.junit.jupiter.api.Test;

final class ValTest {
    @Test
    void accessors_matchingType_returnValue() {
        assertEquals(-1, Val.i32(-1).i32());
        assertEquals(Long.MIN_VALUE, Val.i64(Long.MIN_VALUE).i64());
        assertEquals(1.25f, Val.f32(1.25f).f32());
        assertEquals(-0.0, Val.f64(-0.0).f64());
        assertEquals(V128.ofI32(1, 2, 3, 4), Val.v128(V128.ofI32(1, 2, 3, 4)).v128());
        assertEquals("x", Val.externref("x").ref());
    }

    @Test
    void accessors_otherType_illegalState() {
        assertThrows(IllegalStateException.class, () -> Val.i32(1).i64());
        assertThrows(IllegalStateException.class, () -> Val.f64(1).f32());
        assertThrows(IllegalStateException.class, () -> Val.i32(1).ref());
        assertThrows(IllegalStateException.class, () -> Val.externref("x").funcref());
    }

    @Test
    void equals_comparesFloatBits() {
        assertEquals(Val.f32(Float.NaN), Val.f32(Float.NaN));
        assertNotEquals(Val.f32(Float.intBitsToFloat(0x7fc0_0001)), Val.f32(Float.NaN));
        assertNotEquals(Val.f64(0.0), Val.f64(-0.0));
        assertNotEquals(Val.i32(1), Val.i64(1));
    }

    @Test
    void defaultOf_zeroOrNullOfTheType() {
        assertEquals(Val.i64(0), Val.defaultOf(ValType.I64));
        assertEquals(Val.v128(V128.ZERO), Val.defaultOf(ValType.V128));
        assertNull(Val.defaultOf(RefType.FUNCREF).funcref());
        assertEquals(
                RefType.EXTERNREF,
                Val.defaultOf(new RefType(false, AbsHeapType.EXTERN)).type());
    }

    @Test
    void ref_nullForNonNullableType_rejected() {
        assertThrows(NullPointerException.class, () -> Val.ref(new RefType(false, AbsHeapType.ANY), null));
    }

    @Test
    void strategy_backendIdsAndArtifacts() {
        assertNull(Strategy.AUTO.backendId());
        assertEquals("interp", Strategy.INTERP.backendId());
        assertEquals("io.wasm4j:wasm4j-backend-bytecode", Strategy.BYTECODE.artifact());
    }
}
