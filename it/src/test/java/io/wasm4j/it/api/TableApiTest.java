package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Table;
import io.wasm4j.Val;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.util.function.IntUnaryOperator;

/** {@link Table} shared between host and guest: get, set, grow, bounds and element types. */
final class TableApiTest {
    private static final String GUEST = """
            (module
              (type $ii (func (param i32) (result i32)))
              (table $t (export "funcs") 2 4 funcref)
              (table $e (export "externs") 1 externref)
              (func $inc (export "inc") (type $ii) (i32.add (local.get 0) (i32.const 1)))
              (func $dbl (export "dbl") (type $ii) (i32.mul (local.get 0) (i32.const 2)))
              (func (export "noop"))
              (elem (table $t) (i32.const 0) func $inc)
              (func (export "apply") (param i32 i32) (result i32)
                (call_indirect $t (type $ii) (local.get 1) (local.get 0)))
              (func (export "size") (result i32) (table.size $t))
              (func (export "getExtern") (param i32) (result externref) (table.get $e (local.get 0)))
              (func (export "setExtern") (param i32 externref) (table.set $e (local.get 0) (local.get 1))))
            """;

    @OnEveryBackend
    void funcrefs_hostGetsCallsAndSetsEntriesTheGuestCalls(Strategy backend) throws Throwable {
        Instance instance = Guests.instantiate(backend, GUEST);
        Table table = instance.getTable("funcs").orElseThrow();
        Func apply = instance.getFunc("apply").orElseThrow();

        Func inc = table.get(0).funcref();
        assertEquals(instance.getFunc("inc").orElseThrow(), inc);
        assertEquals(8, inc.call(Val.i32(7))[0].i32());
        assertNull(table.get(1).funcref());
        Trap trap = assertThrows(Trap.class, () -> apply.call(Val.i32(1), Val.i32(5)));
        assertEquals(TrapCode.UNINITIALIZED_ELEMENT, trap.code());

        table.set(1, Val.funcref(instance.getFunc("dbl").orElseThrow()));
        assertEquals(10, apply.call(Val.i32(1), Val.i32(5))[0].i32());
        table.set(1, Val.funcref(instance.getFunc("noop").orElseThrow()));
        trap = assertThrows(Trap.class, () -> apply.call(Val.i32(1), Val.i32(5)));
        assertEquals(TrapCode.INDIRECT_CALL_TYPE_MISMATCH, trap.code());
    }

    @OnEveryBackend
    void grow_guestSeesNewSize_maximumHolds_newEntriesHoldInit(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Table table = instance.getTable("funcs").orElseThrow();
        Func dbl = instance.getFunc("dbl").orElseThrow();
        assertEquals(2, table.grow(2, Val.funcref(dbl)));
        assertEquals(4, table.size());
        assertEquals(4, instance.getFunc("size").orElseThrow().call()[0].i32());
        assertEquals(
                12,
                instance.getFunc("apply")
                        .orElseThrow()
                        .call(Val.i32(3), Val.i32(6))[0]
                        .i32());
        assertEquals(new Limits(4, 4), table.type().limits());
        assertThrows(IllegalStateException.class, () -> table.grow(1, Val.funcref(null)));
        assertEquals(4, table.size());
        Trap trap = assertThrows(
                Trap.class, () -> instance.getFunc("apply").orElseThrow().call(Val.i32(4), Val.i32(0)));
        assertEquals(TrapCode.UNDEFINED_ELEMENT, trap.code());
    }

    @OnEveryBackend
    void bounds_andElementType_checkedOnHostAccess(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Table table = instance.getTable("funcs").orElseThrow();
        assertThrows(IndexOutOfBoundsException.class, () -> table.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> table.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> table.set(2, Val.funcref(null)));
        assertThrows(IllegalArgumentException.class, () -> table.set(0, Val.externref("x")));
        assertThrows(IllegalArgumentException.class, () -> table.set(0, Val.i32(0)));
        assertThrows(IllegalArgumentException.class, () -> table.grow(1, Val.externref(null)));
        assertEquals(2, table.size());
    }

    @OnEveryBackend
    void externrefs_keepJavaObjectIdentityThroughTheGuest(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Table externs = instance.getTable("externs").orElseThrow();
        Object token = new Object();
        externs.set(0, Val.externref(token));
        assertSame(
                token,
                instance.getFunc("getExtern").orElseThrow().call(Val.i32(0))[0].ref());
        StringBuilder other = new StringBuilder("from guest");
        instance.getFunc("setExtern").orElseThrow().call(Val.i32(0), Val.externref(other));
        assertSame(other, externs.get(0).ref());
        Trap trap = assertThrows(
                Trap.class, () -> instance.getFunc("getExtern").orElseThrow().call(Val.i32(1)));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, trap.code());
    }

    @OnEveryBackend
    void hostCreatedTable_importedByGuest_holdsHostFunctions(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> store = Store.create(engine, null);
        Func triple = Func.create(store, IntUnaryOperator.class, (IntUnaryOperator) x -> 3 * x);
        Table table = Table.create(
                store, new TableType(AddressType.I32, new Limits(1, -1), RefType.FUNCREF), Val.funcref(triple));
        Module module = Module.fromText(engine, """
                (module
                  (type $ii (func (param i32) (result i32)))
                  (import "env" "t" (table 1 funcref))
                  (func (export "call0") (param i32) (result i32)
                    (call_indirect (type $ii) (local.get 0) (i32.const 0))))
                """);
        Instance instance = new Linker<Void>(engine).define("env", "t", table).instantiate(store, module);
        assertEquals(
                21, instance.getFunc("call0").orElseThrow().call(Val.i32(7))[0].i32());
    }
}
