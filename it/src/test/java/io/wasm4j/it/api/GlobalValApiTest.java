package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Global;
import io.wasm4j.Instance;
import io.wasm4j.LinkException;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.V128;

/** {@link Global} mutability and types, and {@link Val}s of every type through guest code. */
final class GlobalValApiTest {
    private static final String GUEST = """
            (module
              (global $c (export "const") i64 (i64.const -5))
              (global $m (export "counter") (mut i32) (i32.const 10))
              (func (export "bump") (result i32)
                (global.set $m (i32.add (global.get $m) (i32.const 1))) (global.get $m))
              (func (export "id_i64") (param i64) (result i64) (local.get 0))
              (func (export "id_f32") (param f32) (result f32) (local.get 0))
              (func (export "id_f64") (param f64) (result f64) (local.get 0))
              (func (export "id_v128") (param v128) (result v128) (local.get 0))
              (func (export "id_funcref") (param funcref) (result funcref) (local.get 0))
              (func (export "id_externref") (param externref) (result externref) (local.get 0))
              (func (export "swap") (param i32 f64) (result f64 i32) (local.get 1) (local.get 0)))
            """;

    @OnEveryBackend
    void exportedGlobals_mutableSharedWithGuest_immutableRejectsSet(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Global counter = instance.getGlobal("counter").orElseThrow();
        Global constant = instance.getGlobal("const").orElseThrow();
        Func bump = instance.getFunc("bump").orElseThrow();

        assertEquals(-5, constant.get().i64());
        assertEquals(new GlobalType(ValType.I64, false), constant.type());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> constant.set(Val.i64(1)));
        assertTrue(e.getMessage().contains("immutable"), e.getMessage());
        assertEquals(-5, constant.get().i64());

        assertEquals(11, bump.call()[0].i32());
        assertEquals(11, counter.get().i32());
        counter.set(Val.i32(100));
        assertEquals(101, bump.call()[0].i32());
        assertThrows(IllegalArgumentException.class, () -> counter.set(Val.i64(1)));
        assertThrows(IllegalArgumentException.class, () -> counter.set(Val.f32(1)));
        assertEquals(101, counter.get().i32());
    }

    @OnEveryBackend
    void hostGlobals_importMustMatchMutabilityAndType(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> store = Store.create(engine, null);
        Module importsMutable = Module.fromText(engine, """
                (module (import "env" "g" (global $g (mut i32)))
                  (func (export "get") (result i32) (global.get $g))
                  (func (export "set") (param i32) (global.set $g (local.get 0))))
                """);
        Global mutable = Global.create(store, new GlobalType(ValType.I32, true), Val.i32(3));
        Instance instance = new Linker<Void>(engine).define("env", "g", mutable).instantiate(store, importsMutable);
        assertEquals(3, instance.getFunc("get").orElseThrow().call()[0].i32());
        instance.getFunc("set").orElseThrow().call(Val.i32(9));
        assertEquals(9, mutable.get().i32());

        Global immutable = Global.create(store, new GlobalType(ValType.I32, false), Val.i32(3));
        LinkException e = assertThrows(
                LinkException.class,
                () -> new Linker<Void>(engine).define("env", "g", immutable).instantiate(store, importsMutable));
        assertTrue(e.getMessage().contains("incompatible import type"), e.getMessage());
        Global wrongType = Global.create(store, new GlobalType(ValType.I64, true), Val.i64(3));
        assertThrows(
                LinkException.class,
                () -> new Linker<Void>(engine).define("env", "g", wrongType).instantiate(store, importsMutable));
        assertThrows(
                IllegalArgumentException.class,
                () -> Global.create(store, new GlobalType(ValType.I32, true), Val.i64(3)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Global.create(
                        store,
                        new GlobalType(new RefType(false, RefType.FUNCREF.heapType()), false),
                        Val.funcref(null)));
    }

    @OnEveryBackend
    void vals_roundTripThroughGuestBitForBit(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        assertEquals(
                Long.MIN_VALUE,
                call(instance, "id_i64", Val.i64(Long.MIN_VALUE)).i64());
        float nan = Float.intBitsToFloat(0x7FA0_0001);
        assertEquals(
                0x7FA0_0001,
                Float.floatToRawIntBits(call(instance, "id_f32", Val.f32(nan)).f32()));
        assertEquals(Val.f64(-0.0), call(instance, "id_f64", Val.f64(-0.0)));
        assertTrue(!Val.f64(-0.0).equals(Val.f64(0.0)));
        V128 v = new V128(0x0123_4567_89AB_CDEFL, -1L);
        assertEquals(v, call(instance, "id_v128", Val.v128(v)).v128());
        Func bump = instance.getFunc("bump").orElseThrow();
        assertEquals(bump, call(instance, "id_funcref", Val.funcref(bump)).funcref());
        assertNull(call(instance, "id_funcref", Val.funcref(null)).funcref());
        Object token = new Object();
        assertSame(token, call(instance, "id_externref", Val.externref(token)).ref());
        assertNull(call(instance, "id_externref", Val.externref(null)).ref());

        Val[] swapped = instance.getFunc("swap").orElseThrow().call(Val.i32(7), Val.f64(2.5));
        assertEquals(2, swapped.length);
        assertEquals(2.5, swapped[0].f64());
        assertEquals(7, swapped[1].i32());
        assertEquals(7, swapped[1].boxed());
        assertEquals(2.5, swapped[0].boxed());
    }

    @OnEveryBackend
    void vals_ofTheWrongTypeOrCount_rejectedBeforeTheCall(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Func idI64 = instance.getFunc("id_i64").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> idI64.call(Val.i32(1)));
        assertThrows(IllegalArgumentException.class, () -> idI64.call());
        assertThrows(IllegalArgumentException.class, () -> idI64.call(Val.i64(1), Val.i64(2)));
        assertThrows(
                IllegalArgumentException.class,
                () -> instance.getFunc("id_funcref").orElseThrow().call(Val.externref("not a function")));
        Val result = idI64.call(Val.i64(1))[0];
        assertThrows(IllegalStateException.class, result::i32);
        assertThrows(IllegalStateException.class, result::ref);
    }

    private static Val call(Instance instance, String name, Val arg) {
        return instance.getFunc(name).orElseThrow().call(arg)[0];
    }
}
