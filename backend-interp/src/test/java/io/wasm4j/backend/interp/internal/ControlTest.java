package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import org.junit.jupiter.api.Test;

final class ControlTest {
    private static final Wasm W = Wasm.of("""
            (module
              (type $ii (func (param i32) (result i32)))
              (table 4 funcref)
              (elem (i32.const 0) $fac $even $id)
              (func $fac (export "fac") (type $ii)
                (if (result i32) (i32.le_s (local.get 0) (i32.const 1))
                  (then (i32.const 1))
                  (else (i32.mul (local.get 0) (call $fac (i32.sub (local.get 0) (i32.const 1)))))))
              (func $even (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
                  (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
              (func $odd (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (return_call $even (i32.sub (local.get 0) (i32.const 1))))))
              (func $id (param i64) (result i64) (local.get 0))
              (func (export "even") (param i32) (result i32) (call $even (local.get 0)))
              (func (export "sum") (param i32) (result i32) (local i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.eqz (local.get 0)))
                    (local.set 1 (i32.add (local.get 1) (local.get 0)))
                    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                    (br $l)))
                (local.get 1))
              (func (export "switch") (param i32) (result i32)
                (block $c (block $b (block $a
                  (br_table $a $b $c (local.get 0)))
                  (return (i32.const 10)))
                  (return (i32.const 20)))
                (i32.const 30))
              (func (export "blockval") (param i32) (result i32)
                (i32.add (i32.const 100)
                  (block (result i32) (drop (br_if 0 (i32.const 7) (local.get 0))) (i32.const 9))))
              (func (export "indirect") (param i32 i32) (result i32)
                (call_indirect (type $ii) (local.get 1) (local.get 0)))
              (func (export "multi") (result i32 i64 f32) (i32.const 1) (i64.const 2) (f32.const 3))
              (func $rec (export "rec") (param i32) (result i32) (call $rec (local.get 0)))
              (func (export "select") (param i32) (result i64) (select (i64.const 5) (i64.const 6) (local.get 0)))
              (func (export "unreachable") unreachable)
              (func $down (export "down") (param i32) (result i32)
                (if (result i32) (local.get 0)
                  (then (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1)))))
                  (else (i32.div_u (i32.const 1) (local.get 0)))))
            )""");

    @Test
    void recursion_andLoops() {
        assertEquals(3628800, W.call1("fac", 10));
        assertEquals(5050, W.call1("sum", 100));
        assertEquals(5L, W.call1("select", 1));
        assertEquals(6L, W.call1("select", 0));
    }

    @Test
    void branches_tableAndValues() {
        assertEquals(10, W.call1("switch", 0));
        assertEquals(20, W.call1("switch", 1));
        assertEquals(30, W.call1("switch", 2));
        assertEquals(30, W.call1("switch", 99));
        assertEquals(107, W.call1("blockval", 1));
        assertEquals(109, W.call1("blockval", 0));
        Object[] m = W.call("multi");
        assertEquals(1, m[0]);
        assertEquals(2L, m[1]);
        assertEquals(3.0f, m[2]);
    }

    @Test
    void tailCalls_millionDeep_constantStack() {
        assertEquals(1, W.call1("even", 1_000_000));
        assertEquals(0, W.call1("even", 1_000_001));
    }

    @Test
    void callIndirect_checksAndTraps() {
        assertEquals(120, W.call1("indirect", 0, 5));
        assertEquals(
                TrapCode.INDIRECT_CALL_TYPE_MISMATCH,
                assertThrows(Trap.class, () -> W.call("indirect", 2, 5)).code());
        assertEquals(
                TrapCode.UNINITIALIZED_ELEMENT,
                assertThrows(Trap.class, () -> W.call("indirect", 3, 5)).code());
        assertEquals(
                TrapCode.UNDEFINED_ELEMENT,
                assertThrows(Trap.class, () -> W.call("indirect", 4, 5)).code());
    }

    @Test
    void deepRecursion_usesNoJavaStack_andTrapsCarryEveryFrame() {
        Trap trap = assertThrows(Trap.class, () -> W.call("down", 5));
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, trap.code());
        assertEquals(6, trap.backtrace().frames().size());
        Object[] result = new Object[1];
        Thread small = new Thread(
                null,
                () -> {
                    try {
                        result[0] = W.call("down", 3000)[0];
                    } catch (Trap e) {
                        result[0] = e;
                    }
                },
                "small-stack",
                256 * 1024);
        small.start();
        try {
            small.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, ((Trap) result[0]).code());
    }

    @Test
    void traps_unreachableAndExhaustion() {
        Trap t = assertThrows(Trap.class, () -> W.call("unreachable"));
        assertEquals(TrapCode.UNREACHABLE, t.code());
        assertEquals(1, t.backtrace().frames().size());
        assertEquals(
                TrapCode.STACK_EXHAUSTED,
                assertThrows(Trap.class, () -> W.call("rec", 1)).code());
        assertEquals(3628800, W.call1("fac", 10));
    }
}
