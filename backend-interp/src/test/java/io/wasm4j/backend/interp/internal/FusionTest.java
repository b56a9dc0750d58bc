package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.wat.Wat;
import org.junit.jupiter.api.Test;

/** The translator's fused instructions compute what the plain sequences compute, and traps name the right one. */
final class FusionTest {
    private static final String WAT = """
            (module
              (memory 1)
              (data (i32.const 16) "\\01\\02\\03\\04\\05\\06\\07\\08")
              (func (export "addLoad") (param i32) (result i32)
                (i32.load offset=4 (i32.add (local.get 0) (i32.const 12))))
              (func (export "stackAddLoad") (param i32) (result i64)
                (i64.load (i32.add (i32.mul (local.get 0) (i32.const 1)) (i32.const 16))))
              (func (export "teeLoad") (param i32) (result i32) (local i32)
                (i32.add (i32.load (local.tee 1 (local.get 0))) (local.get 1)))
              (func (export "storeConst") (param i32) (result i32)
                (i32.store8 (local.get 0) (i32.const 0x1ff))
                (i32.store offset=4 (local.get 0) (i32.const -2))
                (i32.add (i32.load8_u (local.get 0)) (i32.load offset=4 (local.get 0))))
              (func (export "copies") (param i32 i32) (result i32) (local i32 i32)
                (local.set 2 (local.get 0))
                (local.set 3 (local.get 1))
                (i32.sub (local.get 2) (local.get 3)))
              (func (export "xorRotl") (param i32 i32) (result i32)
                (i32.xor (local.get 1) (i32.rotl (local.get 0) (i32.const 7))))
              (func (export "loop64") (param i64) (result i64) (local i64)
                (loop $l
                  (local.set 1 (i64.add (local.get 1) (i64.const 1)))
                  (br_if $l (i64.lt_u (local.get 1) (i64.const 10))))
                (i64.add (local.get 1) (local.get 0)))
              (func (export "loop32") (param i32) (result i32) (local i32)
                (loop $l
                  (local.set 1 (i32.add (local.get 1) (i32.const 3)))
                  (br_if $l (i32.lt_s (local.get 1) (local.get 0))))
                (local.get 1))
              (func (export "loopTee") (param i32) (result i32) (local i32)
                (loop $l
                  (br_if $l (i32.lt_u (local.tee 1 (i32.add (local.get 1) (i32.const 2))) (local.get 0))))
                (local.get 1))
              (func (export "f64AddStore") (param i32 f64 f64) (result f64)
                (f64.store offset=8 (local.get 0) (f64.add (local.get 1) (local.get 2)))
                (f64.store offset=16 (local.get 0) (f64.sub (local.get 1) (local.get 2)))
                (f64.mul (f64.load offset=8 (local.get 0)) (f64.load offset=16 (local.get 0))))
              (func (export "addToLocal") (param i32 i32 i64 i64) (result i64) (local i32 i64)
                (local.set 4 (i32.add (local.get 0) (local.get 1)))
                (local.set 5 (i64.add (local.get 2) (local.get 3)))
                (i64.add
                  (i64.add (i64.extend_i32_s (local.get 4)) (local.get 5))
                  (i64.add (i64.extend_i32_u (local.tee 4 (i32.add (local.get 4) (local.get 0))))
                           (local.tee 5 (i64.add (local.get 5) (local.get 2))))))
              (func (export "mulAddStore") (param i32 i32 f64) (result f64)
                (f64.store offset=8 (local.get 0)
                  (f64.add (f64.mul (local.get 2) (f64.const 2.5)) (f64.load offset=16 (local.get 1))))
                (f64.load offset=8 (local.get 0)))
              (func (export "mul3") (param f64 f64 f64) (result f64)
                (f64.mul (f64.mul (local.get 0) (local.get 1)) (local.get 2)))
              (func (export "tableLoad") (param i32) (result i32)
                (i32.load offset=4 (i32.add (i32.shl (local.get 0) (i32.const 2)) (i32.const 8))))
            )""";

    private static final Wasm W = Wasm.of(WAT);

    @Test
    void addedConstant_wrapsBeforeTheOffset() {
        assertEquals(0x04030201, W.call1("addLoad", 0));
        // 0xFFFFFFF4 + 12 wraps to 0, then offset 4 reads address 4 (zero), no trap
        assertEquals(0, W.call1("addLoad", -12));
        assertEquals(0x0807060504030201L, W.call1("stackAddLoad", 0));
        assertEquals(0x04030201 + 16, W.call1("teeLoad", 16));
        assertEquals(0x08070605, W.call1("tableLoad", 2)); // 2 << 2 + 8 + 4 = 20
        // (0x40000000 << 2) + 8 wraps to 8, then offset 4 reads 12 (zero)
        assertEquals(0, W.call1("tableLoad", 0x40000000));
    }

    @Test
    void constantStores_storeTheirConstant() {
        assertEquals(0xff + -2, W.call1("storeConst", 100));
    }

    @Test
    void copiesRotationsAndBranches_matchThePlainSequences() {
        assertEquals(7 - 12, W.call1("copies", 7, 12));
        assertEquals(5 ^ Integer.rotateLeft(0x12345678, 7), W.call1("xorRotl", 0x12345678, 5));
        assertEquals(10L + 5, W.call1("loop64", 5L));
        assertEquals(12, W.call1("loop32", 10));
        assertEquals(10, W.call1("loopTee", 9));
        assertEquals(2, W.call1("loopTee", 0));
        assertEquals((3.5 + 1.25) * (3.5 - 1.25), W.call1("f64AddStore", 200, 3.5, 1.25));
        // a = -1 + 3 = 2, b = 10 + 20 = 30; a + b = 32; then a' = 2 + -1 = 1, b' = 30 + 10 = 40
        assertEquals(32L + 1 + 40, W.call1("addToLocal", -1, 3, 10L, 20L));
        W.call("f64AddStore", 300, 3.0, 1.0); // stores 4.0 at 308
        assertEquals(1.5 * 2.5 + 4.0, W.call1("mulAddStore", 400, 292, 1.5));
        assertEquals(0.1 * 0.2 * 0.3, W.call1("mul3", 0.1, 0.2, 0.3));
        // a = -2 (sign-extended), b = 11; a' = -3 (zero-extended), b' = 16
        assertEquals(-2L + 11 + 0xFFFFFFFDL + 16, W.call1("addToLocal", -1, -1, 5L, 6L));
        // the i32 sum wraps
        assertEquals((long) Integer.MIN_VALUE + 1 + 1 + 0 + 2, W.call1("addToLocal", Integer.MAX_VALUE, 2, 1L, 0L));
    }

    @Test
    void trapsInFusedInstructions_reportTheAccessingInstruction() {
        byte[] bytes = Wat.parse(WAT);
        Trap load = assertThrows(Trap.class, () -> W.call("addLoad", 65536));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, load.code());
        assertEquals(0x28, bytes[(int) load.backtrace().frames().getFirst().codeOffset()]); // i32.load
        Trap table = assertThrows(Trap.class, () -> W.call("tableLoad", 16383));
        assertEquals(0x28, bytes[(int) table.backtrace().frames().getFirst().codeOffset()]); // i32.load
        Trap tee = assertThrows(Trap.class, () -> W.call("teeLoad", 65535));
        assertEquals(0x28, bytes[(int) tee.backtrace().frames().getFirst().codeOffset()]);
        Trap store = assertThrows(Trap.class, () -> W.call("storeConst", 65536));
        assertEquals(0x3a, bytes[(int) store.backtrace().frames().getFirst().codeOffset()]); // i32.store8
        Trap macLoad = assertThrows(Trap.class, () -> W.call("mulAddStore", 0, 65530, 1.0));
        assertEquals(0x2b, bytes[(int) macLoad.backtrace().frames().getFirst().codeOffset()]); // f64.load
        Trap macStore = assertThrows(Trap.class, () -> W.call("mulAddStore", 65530, 0, 1.0));
        assertEquals(0x39, bytes[(int) macStore.backtrace().frames().getFirst().codeOffset()]); // f64.store
        Trap f64 = assertThrows(Trap.class, () -> W.call("f64AddStore", 65530, 1.0, 2.0));
        assertEquals(0x39, bytes[(int) f64.backtrace().frames().getFirst().codeOffset()]); // f64.store
    }
}
