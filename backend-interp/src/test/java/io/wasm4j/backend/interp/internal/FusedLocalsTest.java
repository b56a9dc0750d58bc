package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The fused local copies, rotations, constant sets and tees compute what the plain sequences compute.
 * Each function is checked to contain its fused opcode, so the cases exercise the fusion.
 */
final class FusedLocalsTest {
    private static final String WAT = """
            (module
              (func (export "rotate") (param i32 i32 i32 i32) (result i32) (local i32 i32 i32 i32)
                ;; a chain of copies in order: each reads what the one before it wrote
                (local.set 4 (local.get 0))
                (local.set 0 (local.get 1))
                (local.set 1 (local.get 2))
                (local.set 2 (local.get 4))
                (local.set 5 (local.get 3))
                (i32.add
                  (i32.add (i32.mul (local.get 0) (i32.const 1000)) (i32.mul (local.get 1) (i32.const 100)))
                  (i32.add (i32.mul (local.get 2) (i32.const 10)) (local.get 5))))
              (func (export "copy3") (param i64 i64 i64) (result i64) (local i64 i64 i64)
                (local.set 3 (local.get 2))
                (local.set 4 (local.get 1))
                (local.set 5 (local.get 0))
                (i64.sub (i64.mul (local.get 3) (local.get 4)) (local.get 5)))
              (func (export "sigma") (param i32 i32) (result i32)
                (i32.xor
                  (i32.xor (i32.xor (local.get 1) (i32.rotl (local.get 0) (i32.const 30)))
                           (i32.rotl (local.get 0) (i32.const 19)))
                  (i32.rotl (local.get 1) (i32.const 10))))
              (func (export "setConst") (param i32) (result i32) (local i32)
                (local.set 1 (i32.const -7))
                (i32.add (local.get 0) (local.get 1)))
              (func (export "addTee") (param i32) (result i32) (local i32)
                (i32.mul (local.tee 1 (i32.add (i32.mul (local.get 0) (local.get 0)) (i32.const 5))) (local.get 1)))
              (func (export "getTee") (param i64) (result i64) (local i64)
                (i64.add (i64.mul (local.tee 1 (local.get 0)) (i64.const 3)) (local.get 1)))
            )""";

    private static final Wasm W = Wasm.of(WAT);

    private static void assertFused(String function, int op) {
        assertTrue(Arrays.stream(W.code(function)).anyMatch(v -> v == op), function + " contains opcode " + op);
    }

    @Test
    void copyChains_runInOrder() {
        assertFused("rotate", Fused.LOCAL_COPYN);
        // (a, b, c, d) -> (b, c, a, d)
        assertEquals(2 * 1000 + 3 * 100 + 10 + 4, W.call1("rotate", 1, 2, 3, 4));
        assertFused("copy3", Fused.LOCAL_COPYN);
        assertEquals(7L * 5 - 3, W.call1("copy3", 3L, 5L, 7L));
        assertEquals(Long.MIN_VALUE * 2 - 1, W.call1("copy3", 1L, 2L, Long.MIN_VALUE));
    }

    @Test
    void twoXorRotations_xorBothIntoTheTop() {
        assertFused("sigma", Fused.XOR2_LOCAL_ROTL_C);
        int a = 0x9E3779B9;
        int b = 0x7F4A7C15;
        int expected = b ^ Integer.rotateLeft(a, 30) ^ Integer.rotateLeft(a, 19) ^ Integer.rotateLeft(b, 10);
        assertEquals(expected, W.call1("sigma", a, b));
    }

    @Test
    void constantSetsAndTees_writeTheLocal() {
        assertFused("setConst", Fused.LOCAL_SET_C);
        assertEquals(3, W.call1("setConst", 10));
        assertFused("addTee", Fused.I32_ADD_C_TEE);
        assertEquals(41 * 41, W.call1("addTee", 6));
        // the i32 sum wraps before the tee
        int v = 0x10000 * 0x10000 + 5;
        assertEquals(v * v, W.call1("addTee", 0x10000));
        assertFused("getTee", Fused.LOCAL_GET_TEE);
        assertEquals(-5L * 3 - 5, W.call1("getTee", -5L));
    }
}
