package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.wat.Wat;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The fused loop-closing branches, local-operand loads and {@code f64} tees compute what the plain
 * sequences compute, and traps name the load. Each function is checked to contain its fused opcode, so
 * the cases exercise the fusion rather than the plain path.
 */
final class FusedAccessTest {
    private static final String WAT = """
            (module
              (memory 1)
              (data (i32.const 16) "\\00\\00\\00\\00\\00\\00\\f8\\3f")
              (data (i32.const 24) "\\00\\00\\00\\00\\00\\00\\04\\40")
              (func (export "incNe") (param i32) (result i32) (local i32 i32)
                (loop $l
                  (local.set 2 (i32.add (local.get 2) (i32.const 1)))
                  (br_if $l (i32.ne (local.tee 1 (i32.add (local.get 1) (i32.const 3))) (i32.const 30))))
                (i32.add (i32.mul (local.get 2) (i32.const 1000)) (local.get 1)))
              (func (export "incLtS") (param i32) (result i32) (local i32)
                (loop $l
                  (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                  (br_if $l (i32.lt_s (local.tee 0 (i32.add (local.get 0) (i32.const 5))) (i32.const 13))))
                (i32.add (i32.mul (local.get 1) (i32.const 1000)) (local.get 0)))
              (func (export "add64Loop") (param i64 i64) (result i64) (local i64 i64)
                (local.set 3 (local.get 0))
                (loop $l
                  (local.set 2 (i64.add (local.get 2) (i64.const 1)))
                  (br_if $l (i64.lt_u (local.tee 3 (i64.add (local.get 3) (local.get 1)))
                                      (i64.const 0x8000000000000010))))
                (i64.add (i64.mul (local.get 2) (i64.const 1000)) (i64.and (local.get 3) (i64.const 0xff))))
              (func (export "localAddLoad") (param i32 f64) (result f64)
                (f64.add (local.get 1) (f64.load offset=8 (i32.add (local.get 0) (i32.const 8)))))
              (func (export "localLoad") (param i32 i64) (result i64)
                (i64.sub (local.get 1) (i64.load offset=8 (local.get 0))))
              (func (export "addTeeLoad") (param i32 i32) (result f64) (local i32)
                (f64.add
                  (f64.load offset=8 (local.tee 2 (i32.add (i32.mul (local.get 0) (i32.const 1)) (local.get 1))))
                  (f64.convert_i32_s (local.get 2))))
              (func (export "addInto") (param i32 i32 f64) (result f64) (local i32)
                ;; p[1] += v, the address kept in a local as compiled C does
                (f64.store offset=8 (local.tee 3 (local.get 0))
                  (f64.add (f64.div (local.get 2) (f64.const 2)) (f64.load offset=16 (local.get 1))))
                (f64.load offset=8 (local.get 3)))
              (func (export "sqrt") (param i64) (result i64)
                (i64.reinterpret_f64 (f64.sqrt (f64.reinterpret_i64 (local.get 0)))))
              (func (export "subTee") (param f64 f64) (result f64) (local f64)
                (f64.add (local.tee 2 (f64.sub (local.get 0) (f64.sqrt (local.get 1)))) (local.get 2)))
            )""";

    private static final Wasm W = Wasm.of(WAT);

    private static void assertFused(String function, int op) {
        assertTrue(Arrays.stream(W.code(function)).anyMatch(v -> v == op), function + " contains opcode " + op);
    }

    @Test
    void incrementAndBranch_writesTheLocalAndComparesTheSum() {
        assertFused("incNe", Fused.LOCAL_ADD_C_BR_IF_IN);
        assertEquals(10 * 1000 + 30, W.call1("incNe", 0));
        assertFused("incLtS", Fused.LOCAL_ADD_C_BR_IF_IN);
        assertEquals(3 * 1000 + 15, W.call1("incLtS", 0));
        // signed: -20 -> -15 .. 15 is seven passes (unsigned, -15 would stop at once)
        assertEquals(7 * 1000 + 15, W.call1("incLtS", -20));
        assertEquals(1000 + 105, W.call1("incLtS", 100));
    }

    @Test
    void i64AddAndBranch_comparesUnsigned() {
        assertFused("add64Loop", Fused.I64_ADD_LL_BR_IF_IN);
        // 0x7FF..F0 + 8 -> F8, 0x800..00, 0x800..08, 0x800..10: four passes, which a signed compare would stop at one
        assertEquals(4 * 1000L + 0x10, W.call1("add64Loop", 0x7FFF_FFFF_FFFF_FFF0L, 8L));
        assertEquals(1000L + 0x20, W.call1("add64Loop", 0x8000_0000_0000_0018L, 8L));
    }

    @Test
    void localOperandLoads_readTheAddressedValue() {
        assertFused("localAddLoad", Fused.LOCAL_LOCAL_ADD_C_LOAD64);
        assertEquals(0.5 + 1.5, W.call1("localAddLoad", 0, 0.5));
        // -8 + 8 wraps to 0 before the offset: reads address 8 (zero)
        assertEquals(0.5, W.call1("localAddLoad", -8, 0.5));
        assertFused("localLoad", Fused.LOCAL_LOCAL_LOAD64);
        assertEquals(10L - 0x3FF8_0000_0000_0000L, W.call1("localLoad", 8, 10L));
        assertFused("addTeeLoad", Fused.ADD_L_TEE_LOAD64);
        assertEquals(2.5 + 16, W.call1("addTeeLoad", 10, 6));
        // -4 + 12 wraps to 8, which the tee keeps: reads address 16
        assertEquals(1.5 + 8, W.call1("addTeeLoad", -4, 12));
    }

    @Test
    void loadAddStore_intoAnAddressInALocal_storesTheSumAndTrapsAtTheStore() {
        // 8 + 16 holds 2.5 (data at 24): 0.5 / 2 + 2.5 stored at 200 + 8
        assertEquals(2.75, W.call1("addInto", 200, 8, 0.5));
    }

    @Test
    void f64Sqrt_quietsNaNs() {
        assertEquals(Double.doubleToRawLongBits(1.5), W.call1("sqrt", Double.doubleToRawLongBits(2.25)));
        long nan = (long) W.call1("sqrt", Double.doubleToRawLongBits(-1.0));
        assertTrue(Double.isNaN(Double.longBitsToDouble(nan)));
        // a signalling NaN comes back quiet
        long q = (long) W.call1("sqrt", 0x7FF0_0000_0000_0001L);
        assertEquals(0x0008_0000_0000_0000L, q & 0x0008_0000_0000_0000L);
    }

    @Test
    void f64SubTee_keepsTheDifferenceInTheLocal() {
        assertFused("subTee", Fused.F64_SUB_TEE);
        assertEquals(2 * (10.0 - 3.0), W.call1("subTee", 10.0, 9.0));
    }

    @Test
    void trapsInFusedLoads_reportTheLoad() {
        byte[] bytes = Wat.parse(WAT);
        for (Trap t : new Trap[] {
            assertThrows(Trap.class, () -> W.call("localAddLoad", 65528, 0.0)),
            assertThrows(Trap.class, () -> W.call("localLoad", 65530, 0L)),
            assertThrows(Trap.class, () -> W.call("addTeeLoad", 65530, 0)),
            assertThrows(Trap.class, () -> W.call("addInto", 0, 65530, 1.0))
        }) {
            assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
            int op = bytes[(int) t.backtrace().frames().getFirst().codeOffset()] & 0xFF;
            assertTrue(op == 0x2b || op == 0x29, "trap reported at opcode " + Integer.toHexString(op));
        }
        Trap store = assertThrows(Trap.class, () -> W.call("addInto", 65530, 0, 1.0));
        assertEquals(0x39, bytes[(int) store.backtrace().frames().getFirst().codeOffset()]); // f64.store
    }
}
