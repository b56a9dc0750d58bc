package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Caller;
import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.HostFunction;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.LongBinaryOperator;

/** Host functions of every flavour ({@link HostFunction}, method handles, lambdas) called by guest code. */
final class HostFuncApiTest {
    private static final String GUEST = """
            (module
              (import "host" "untyped" (func $untyped (param i32 i64) (result i64)))
              (import "host" "handle" (func $handle (param i32) (result i32)))
              (import "host" "lambda" (func $lambda (param i64 i64) (result i64)))
              (import "host" "store" (func $store (param i32) (result i32)))
              (memory (export "mem") 1)
              (func (export "run") (result i64)
                (i64.add
                  (call $untyped (i32.const 2) (i64.const 40))
                  (call $lambda (i64.extend_i32_u (call $handle (i32.const 5))) (i64.const 100))))
              (func (export "viaStore") (param i32) (result i32) (call $store (local.get 0))))
            """;

    /** A method-handle host function: reads the caller's memory and adds the argument. */
    static int readPlus(Caller<StringBuilder> caller, int x) {
        caller.data().append("handle;");
        return caller.getMemory("mem").orElseThrow().readInt(0) + x;
    }

    @OnEveryBackend
    void everyFlavour_isCalledByTheGuestWithStoreData(Strategy backend) throws ReflectiveOperationException {
        Engine engine = Guests.engine(backend);
        Linker<StringBuilder> linker = new Linker<>(engine);
        HostFunction<StringBuilder> untyped = (caller, args) -> {
            caller.data().append("untyped;");
            return new Val[] {Val.i64(args[0].i32() + args[1].i64())};
        };
        linker.func("host", "untyped", new FuncType(List.of(ValType.I32, ValType.I64), List.of(ValType.I64)), untyped);
        linker.func(
                "host",
                "handle",
                MethodHandles.lookup()
                        .findStatic(
                                HostFuncApiTest.class,
                                "readPlus",
                                MethodType.methodType(int.class, Caller.class, int.class)));
        linker.func("host", "lambda", LongBinaryOperator.class, (LongBinaryOperator) (a, b) -> a * b);
        Store<StringBuilder> store = Store.create(engine, new StringBuilder());
        Func storeFunc = Func.create(store, new FuncType(List.of(ValType.I32), List.of(ValType.I32)), (c, a) -> {
            c.data().append("store;");
            return new Val[] {Val.i32(-a[0].i32())};
        });
        linker.define("host", "store", storeFunc);
        Instance instance = linker.instantiate(store, Module.fromText(engine, GUEST));
        instance.getMemory("mem").orElseThrow().writeInt(0, 1);

        // untyped(2, 40) = 42; handle(5) = mem[0] + 5 = 6; lambda(6, 100) = 600
        assertEquals(642, instance.getFunc("run").orElseThrow().call()[0].i64());
        assertEquals("untyped;handle;", store.data().toString());
        assertEquals(
                -9,
                instance.getFunc("viaStore").orElseThrow().call(Val.i32(9))[0].i32());
        assertEquals(storeFunc, linker.get(store, "host", "store").orElseThrow());
    }

    @OnEveryBackend
    void hostReturningTheWrongResults_failsTheGuestCallClearly(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Linker<StringBuilder> linker = new Linker<>(engine);
        linker.func("host", "untyped", new FuncType(List.of(ValType.I32, ValType.I64), List.of(ValType.I64)), (c, a) ->
                new Val[] {Val.i32(1)});
        linker.func("host", "handle", new FuncType(List.of(ValType.I32), List.of(ValType.I32)), (c, a) -> Val.NONE);
        linker.func("host", "lambda", LongBinaryOperator.class, (LongBinaryOperator) (a, b) -> a);
        linker.func("host", "store", new FuncType(List.of(ValType.I32), List.of(ValType.I32)), (c, a) -> a);
        Instance instance =
                linker.instantiate(Store.create(engine, new StringBuilder()), Module.fromText(engine, GUEST));
        RuntimeException e = assertThrows(
                RuntimeException.class,
                () -> instance.getFunc("run").orElseThrow().call());
        assertTrue(e instanceof IllegalArgumentException || e instanceof IllegalStateException, e.toString());
        assertEquals(
                3,
                instance.getFunc("viaStore").orElseThrow().call(Val.i32(3))[0].i32());
    }
}
