package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import org.junit.jupiter.api.Test;

final class NumericTest {
    private static final Wasm W = Wasm.of("""
            (module
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
              (func (export "div_u64") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
              (func (export "lt_u") (param i32 i32) (result i32) (i32.lt_u (local.get 0) (local.get 1)))
              (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
              (func (export "rotl") (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1)))
              (func (export "fneg") (param f32) (result f32) (f32.neg (local.get 0)))
              (func (export "fmin") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
              (func (export "nearest") (param f32) (result f32) (f32.nearest (local.get 0)))
              (func (export "copysign") (param f64 f64) (result f64) (f64.copysign (local.get 0) (local.get 1)))
              (func (export "trunc") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
              (func (export "trunc_u64") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))
              (func (export "sat") (param f64) (result i32) (i32.trunc_sat_f64_u (local.get 0)))
              (func (export "conv_u64") (param i64) (result f32) (f32.convert_i64_u (local.get 0)))
              (func (export "reinterp") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0)))
              (func (export "ext8") (param i32) (result i32) (i32.extend8_s (local.get 0)))
              (func (export "extu") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
              (func (export "mulwide") (param i64 i64) (result i64 i64) (i64.mul_wide_u (local.get 0) (local.get 1)))
            )""");

    @Test
    void integer_edgeCases() {
        assertEquals(Integer.MIN_VALUE, W.call1("add", Integer.MAX_VALUE, 1));
        assertEquals(-2, W.call1("div_s", -7, 3));
        assertEquals(0, W.call1("rem_s", Integer.MIN_VALUE, -1));
        assertEquals(Long.divideUnsigned(-1L, 3L), W.call1("div_u64", -1L, 3L));
        assertEquals(1, W.call1("lt_u", 1, -1));
        assertEquals(63L, W.call1("clz", 1L));
        assertEquals(0x80000001, W.call1("rotl", 0xC0000000, 1));
        assertEquals(-128, W.call1("ext8", 0x80));
        assertEquals(0xFFFF_FFFFL, W.call1("extu", -1));
        Object[] wide = W.call("mulwide", -1L, -1L);
        assertEquals(1L, wide[0]);
        assertEquals(-2L, wide[1]);
    }

    @Test
    void integer_traps() {
        Trap t = assertThrows(Trap.class, () -> W.call("div_s", 1, 0));
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, t.code());
        assertEquals(
                TrapCode.INTEGER_OVERFLOW,
                assertThrows(Trap.class, () -> W.call("div_s", Integer.MIN_VALUE, -1))
                        .code());
        assertEquals(
                TrapCode.INVALID_CONVERSION_TO_INTEGER,
                assertThrows(Trap.class, () -> W.call("trunc", Float.NaN)).code());
        assertEquals(
                TrapCode.INTEGER_OVERFLOW,
                assertThrows(Trap.class, () -> W.call("trunc", 3e9f)).code());
        assertTrue(t.backtrace().frames().size() == 1);
    }

    @Test
    void float_bitsAndRounding() {
        float nan = Float.intBitsToFloat(0x7fa00001);
        Object neg = W.call1("fneg", nan);
        assertEquals(0xffa00001, Float.floatToRawIntBits((Float) neg));
        assertEquals(-0.0, W.call1("fmin", 0.0, -0.0));
        assertEquals(2.0f, W.call1("nearest", 2.5f));
        assertEquals(-4.0f, W.call1("nearest", -3.5f));
        assertEquals(-1.5, W.call1("copysign", 1.5, -0.0));
        assertEquals(0x7fa00001, W.call1("reinterp", nan));
        Double fmin = (Double) W.call1("fmin", Double.NaN, 1.0);
        assertTrue(fmin.isNaN());
    }

    @Test
    void conversions_unsignedAndSaturating() {
        assertEquals(-2048L, W.call1("trunc_u64", 1.8446744073709550E19));
        assertEquals(Long.MIN_VALUE, W.call1("trunc_u64", 9.223372036854775808E18));
        assertEquals(-1, W.call1("sat", 1e12));
        assertEquals(0, W.call1("sat", -5.0));
        assertEquals(1.8446744E19f, W.call1("conv_u64", -1L));
    }
}
