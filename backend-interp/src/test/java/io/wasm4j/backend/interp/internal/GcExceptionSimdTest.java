package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.GcRef;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.V128;
import org.junit.jupiter.api.Test;

final class GcExceptionSimdTest {
    @Test
    void gc_structsArraysI31AndCasts() {
        Wasm w = Wasm.of("""
                (module
                  (type $point (sub (struct (field $x (mut i32)) (field $y i64) (field $tag (ref null any)))))
                  (type $point3 (sub $point (struct (field $x (mut i32)) (field $y i64) (field $tag (ref null any))
                                                   (field $z i8))))
                  (type $bytes (array (mut i8)))
                  (func (export "point") (param i32) (result i32) (local $p (ref $point))
                    (local.set $p (struct.new $point (local.get 0) (i64.const 7) (ref.i31 (i32.const -1))))
                    (struct.set $point $x (local.get $p) (i32.add (struct.get $point $x (local.get $p)) (i32.const 1)))
                    (struct.get $point $x (local.get $p)))
                  (func (export "bytes") (param i32) (result i32) (local $a (ref $bytes))
                    (local.set $a (array.new $bytes (i32.const 255) (local.get 0)))
                    (array.set $bytes (local.get $a) (i32.const 0) (i32.const 7))
                    (i32.add (array.get_u $bytes (local.get $a) (i32.const 1))
                             (i32.add (array.get_s $bytes (local.get $a) (i32.const 1)) (array.len (local.get $a)))))
                  (func (export "cast") (param i32) (result i32) (local $a anyref)
                    (local.set $a (if (result anyref) (local.get 0)
                      (then (struct.new_default $point3)) (else (struct.new_default $point))))
                    (ref.test (ref $point3) (local.get $a)))
                  (func (export "badcast") (result i32)
                    (struct.get $point3 $x (ref.cast (ref $point3) (struct.new_default $point))))
                  (func (export "i31") (param i32) (result i32) (i31.get_s (ref.i31 (local.get 0))))
                  (func (export "make") (result anyref) (struct.new_default $point))
                  (func (export "oob") (result i32) (array.get_u $bytes (array.new_default $bytes (i32.const 2)) (i32.const 2)))
                )""");
        assertEquals(42, w.call1("point", 41));
        assertEquals(255 + -1 + 3, w.call1("bytes", 3));
        assertEquals(1, w.call1("cast", 1));
        assertEquals(0, w.call1("cast", 0));
        assertEquals(
                TrapCode.CAST_FAILURE,
                assertThrows(Trap.class, () -> w.call("badcast")).code());
        assertEquals(-1, w.call1("i31", 0x7FFF_FFFF));
        assertInstanceOf(GcRef.class, w.call1("make"));
        assertEquals(
                TrapCode.ARRAY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> w.call("oob")).code());
        assertEquals(new I31Ref(5), I31Ref.wrap(5));
    }

    @Test
    void exceptions_tryTableLegacyAndUncaught() {
        Wasm w = Wasm.of("""
                (module
                  (tag $e (param i32))
                  (tag $f)
                  (func $thrower (param i32) (if (local.get 0) (then (throw $e (i32.const 42))) (else (throw $f))))
                  (func (export "catch") (param i32) (result i32)
                    (block $h (result i32)
                      (block $all
                        (try_table (catch $e $h) (catch_all $all) (call $thrower (local.get 0))))
                      (i32.const -1)))
                  (func (export "rethrow") (local $x exnref)
                    (local.set $x (block $h (result exnref) (try_table (catch_all_ref $h) (throw $f)) (unreachable)))
                    (throw_ref (local.get $x)))
                  (func (export "legacy") (param i32) (result i32)
                    (try (result i32)
                      (do (try (result i32) (do (call $thrower (local.get 0)) (i32.const 0))
                            (catch $e (i32.add (i32.const 1)))
                            (catch_all (rethrow 0))))
                      (catch $f (i32.const 7))))
                  (func (export "delegate") (result i32)
                    (try $outer (result i32)
                      (do (try (result i32) (do (call $thrower (i32.const 1)) (i32.const 0)) (delegate $outer)))
                      (catch $e)))
                  (func (export "uncaught") (call $thrower (i32.const 1)))
                )""");
        assertEquals(42, w.call1("catch", 1));
        assertEquals(-1, w.call1("catch", 0));
        assertThrows(ThrownException.class, () -> w.call("rethrow"));
        assertEquals(43, w.call1("legacy", 1));
        assertEquals(7, w.call1("legacy", 0));
        assertEquals(42, w.call1("delegate"));
        ThrownException t = assertThrows(ThrownException.class, () -> w.call("uncaught"));
        assertEquals(42, t.exn().payload()[0]);
    }

    @Test
    void simd_samples() {
        Wasm w = Wasm.of("""
                (module
                  (memory 1)
                  (func (export "add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
                  (func (export "dot") (result i32)
                    (i32x4.extract_lane 1 (i32x4.dot_i16x8_s (v128.const i16x8 1 2 3 4 5 6 7 8)
                                                              (v128.const i16x8 1 1 1 1 1 1 1 1))))
                  (func (export "shuffle") (result i64)
                    (i64x2.extract_lane 0 (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
                      (v128.const i64x2 0x0706050403020100 0x0f0e0d0c0b0a0908) (v128.const i64x2 0 0))))
                  (func (export "fmin") (result f32)
                    (f32x4.extract_lane 2 (f32x4.min (v128.const f32x4 1 2 -0 4) (v128.const f32x4 0 3 0 1))))
                  (func (export "mem") (result i32)
                    (v128.store (i32.const 16) (i8x16.splat (i32.const 0xAB)))
                    (i32.load (i32.const 28)))
                  (func (export "narrow") (result i32)
                    (i8x16.extract_lane_u 0 (i8x16.narrow_i16x8_u (v128.const i16x8 300 0 0 0 0 0 0 0)
                                                                  (v128.const i16x8 0 0 0 0 0 0 0 0))))
                )""");
        V128 sum = (V128) w.call1("add", V128.ofI32(1, 2, 3, -1), V128.ofI32(10, 20, 30, 1));
        assertEquals(V128.ofI32(11, 22, 33, 0), sum);
        assertEquals(7, w.call1("dot"));
        assertEquals(0x08090a0b0c0d0e0fL, w.call1("shuffle"));
        assertEquals(-0.0f, w.call1("fmin"));
        assertEquals(0xABABABAB, w.call1("mem"));
        assertEquals(255, w.call1("narrow"));
    }
}
