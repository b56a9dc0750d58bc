package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import org.junit.jupiter.api.Test;

final class MemoryTest {
    private static final Wasm W = Wasm.of("""
            (module
              (memory 1 3)
              (memory $m64 i64 1)
              (data (i32.const 8) "\\01\\02\\03\\04\\05\\06\\07\\08")
              (data $p "hello")
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "load8s") (param i32) (result i32) (i32.load8_s offset=1 (local.get 0)))
              (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
              (func (export "store") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "size") (result i32) (memory.size))
              (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
              (func (export "init") (param i32) (memory.init $p (local.get 0) (i32.const 0) (i32.const 5)))
              (func (export "drop") (data.drop $p))
              (func (export "store64") (param i64 i64) (i64.store $m64 (local.get 0) (local.get 1)))
              (func (export "load64m") (param i64) (result i64) (i64.load $m64 (local.get 0)))
              (func (export "f32") (param i32) (result f32) (f32.load (local.get 0)))
              (func (export "atomic") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
            )""");

    @Test
    void loads_littleEndian() {
        assertEquals(0x04030201, W.call1("load", 8));
        assertEquals(0x0807060504030201L, W.call1("load64", 8));
        assertEquals(2, W.call1("load8s", 8));
    }

    @Test
    void outOfBounds_traps() {
        Trap t = assertThrows(Trap.class, () -> W.call("load", 65533));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> W.call("load", -1)).code());
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> W.call("load64m", -8L)).code());
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> W.call("fill", 65530, 0, 7)).code());
    }

    @Test
    void grow_andBulk() {
        W.call("store", 100, 0xBEEF);
        assertEquals(0xBEEF, W.call1("load", 100));
        W.call("copy", 200, 100, 4);
        assertEquals(0xBEEF, W.call1("load", 200));
        W.call("fill", 300, 0x41, 4);
        assertEquals(0x41414141, W.call1("load", 300));
        W.call("init", 400);
        assertEquals(0x6c6c6568, W.call1("load", 400));
        W.call("drop");
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> W.call("init", 400)).code());
        W.call("store64", 65528L, -2L);
        assertEquals(-2L, W.call1("load64m", 65528L));
        assertEquals(5, W.call1("atomic", 300, 5) instanceof Integer i ? i - 0x41414141 + 5 : -1);
    }

    @Test
    void grow_returnsOldSizeOrMinusOne() {
        Wasm w = Wasm.of(
                "(module (memory 1 2) (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0)))"
                        + " (func (export \"size\") (result i32) (memory.size)))");
        assertEquals(1, w.call1("grow", 1));
        assertEquals(2, w.call1("size"));
        assertEquals(-1, w.call1("grow", 1));
    }
}
