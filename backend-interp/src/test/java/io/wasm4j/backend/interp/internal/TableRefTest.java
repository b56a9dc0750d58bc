package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import org.junit.jupiter.api.Test;

final class TableRefTest {
    private static final Wasm W = Wasm.of("""
            (module
              (type $f (func (result i32)))
              (table $t 2 10 funcref)
              (table $e 1 externref)
              (elem $seg func $a $b)
              (func $a (result i32) (i32.const 1))
              (func $b (result i32) (i32.const 2))
              (func (export "init") (table.init $t $seg (i32.const 0) (i32.const 0) (i32.const 2)))
              (func (export "call") (param i32) (result i32) (call_indirect (type $f) (local.get 0)))
              (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
              (func (export "size") (result i32) (table.size $t))
              (func (export "setext") (param externref) (table.set $e (i32.const 0) (local.get 0)))
              (func (export "getext") (result externref) (table.get $e (i32.const 0)))
              (func (export "isnull") (param externref) (result i32) (ref.is_null (local.get 0)))
              (func (export "callref") (result i32) (call_ref $f (ref.func $b)))
              (func (export "get") (param i32) (result funcref) (table.get $t (local.get 0)))
              (elem declare func $b)
            )""");

    @Test
    void tables_initGrowGetSet() {
        W.call("init");
        assertEquals(1, W.call1("call", 0));
        assertEquals(2, W.call1("call", 1));
        assertEquals(2, W.call1("grow", 3));
        assertEquals(5, W.call1("size"));
        assertEquals(-1, W.call1("grow", 6));
        assertEquals(
                TrapCode.TABLE_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> W.call("get", 5)).code());
        Object host = new Object();
        W.call("setext", host);
        assertEquals(host, W.call1("getext"));
        assertEquals(1, W.call1("isnull", (Object) null));
        assertEquals(2, W.call1("callref"));
        assertNull(W.call1("get", 4));
    }
}
