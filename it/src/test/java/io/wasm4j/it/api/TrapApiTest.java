package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.WasmException;
import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmBacktrace;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;

/** {@link Trap}, {@link TrapCode} and {@link WasmBacktrace} as an embedder sees them from guest code. */
final class TrapApiTest {
    private static final String GUEST = """
            (module $traps
              (type $v (func))
              (import "host" "fail" (func $fail))
              (table 1 funcref)
              (memory 1)
              (func $unreachable (export "unreachable") unreachable)
              (func (export "divide") (drop (i32.div_u (i32.const 1) (i32.const 0))))
              (func (export "overflow") (drop (i32.div_s (i32.const 0x80000000) (i32.const -1))))
              (func (export "convert") (drop (i32.trunc_f32_s (f32.const nan))))
              (func (export "memory") (drop (i32.load (i32.const 65535))))
              (func (export "undefined") (call_indirect (type $v) (i32.const 5)))
              (func (export "uninitialized") (call_indirect (type $v) (i32.const 0)))
              (func (export "nullref") (call_ref $v (ref.null $v)))
              (func $recurse (export "recurse") (call $recurse))
              (func $viaHost (export "viaHost") (call $fail))
              (func $outer (export "outer") (call $viaHost)))
            """;

    private static final Map<String, TrapCode> CODES = Map.of(
            "unreachable", TrapCode.UNREACHABLE,
            "divide", TrapCode.INTEGER_DIVIDE_BY_ZERO,
            "overflow", TrapCode.INTEGER_OVERFLOW,
            "convert", TrapCode.INVALID_CONVERSION_TO_INTEGER,
            "memory", TrapCode.MEMORY_OUT_OF_BOUNDS,
            "undefined", TrapCode.UNDEFINED_ELEMENT,
            "uninitialized", TrapCode.UNINITIALIZED_ELEMENT,
            "nullref", TrapCode.NULL_FUNCTION_REFERENCE,
            "recurse", TrapCode.STACK_EXHAUSTED);

    private static Instance instantiate(Engine engine, RuntimeException hostFailure) {
        Linker<Void> linker = new Linker<Void>(engine)
                .func("host", "fail", new FuncType(List.of(), List.of()), (c, a) -> {
                    throw hostFailure;
                });
        return linker.instantiate(Store.create(engine, null), Module.fromText(engine, GUEST));
    }

    @OnEveryBackend
    void everyTrap_hasItsCodeAndTheSpecsMessage_onBothCallPaths(Strategy backend) throws Throwable {
        Instance instance = instantiate(Guests.engine(backend), new IllegalStateException());
        for (var entry : CODES.entrySet()) {
            Func f = instance.getFunc(entry.getKey()).orElseThrow();
            Trap untyped = assertThrows(Trap.class, f::call, entry.getKey());
            assertEquals(entry.getValue(), untyped.code(), entry.getKey());
            assertTrue(untyped.getMessage().startsWith(entry.getValue().message()), untyped.getMessage());
            assertInstanceOf(WasmException.class, untyped);
            MethodHandle handle = f.typed(void.class, new Class<?>[0]).handle();
            Trap typed = assertThrows(
                    Trap.class,
                    () -> {
                        handle.invokeExact();
                    },
                    entry.getKey());
            assertEquals(entry.getValue(), typed.code(), entry.getKey());
        }
    }

    @OnEveryBackend
    void trap_backtraceNamesTheGuestFunctionInnermostFirst(Strategy backend) {
        Instance instance = instantiate(Guests.engine(backend), new IllegalStateException());
        Trap trap = assertThrows(
                Trap.class, () -> instance.getFunc("unreachable").orElseThrow().call());
        FrameInfo top = trap.backtrace().frames().getFirst();
        assertEquals("unreachable", top.funcName());
        assertEquals(1, top.funcIndex());
        assertEquals("traps", top.moduleName());
        assertSame(trap.backtrace(), WasmBacktrace.find(trap));
    }

    @OnEveryBackend
    void hostTrap_passesThroughGuestFrames_keepingItsCodeAndGainingFrames(Strategy backend) {
        Trap thrown = new Trap(TrapCode.UNREACHABLE, "from the host");
        Instance instance = instantiate(Guests.engine(backend), thrown);
        Trap caught = assertThrows(
                Trap.class, () -> instance.getFunc("outer").orElseThrow().call());
        assertSame(thrown, caught);
        assertEquals("unreachable: from the host", caught.getMessage());
        List<String> names =
                caught.backtrace().frames().stream().map(FrameInfo::funcName).toList();
        assertEquals(List.of("viaHost", "outer"), names);
    }

    @OnEveryBackend
    void hostException_keepsItsIdentity_onBothCallPaths(Strategy backend) {
        UnsupportedOperationException untyped = new UnsupportedOperationException("host says no");
        Func outer =
                instantiate(Guests.engine(backend), untyped).getFunc("outer").orElseThrow();
        assertSame(untyped, assertThrows(UnsupportedOperationException.class, outer::call));
        assertEquals(List.of("viaHost", "outer"), names(WasmBacktrace.of(untyped)));

        UnsupportedOperationException typed = new UnsupportedOperationException("host says no again");
        Runnable run = instantiate(Guests.engine(backend), typed)
                .getFunc("outer")
                .orElseThrow()
                .typed(Runnable.class);
        assertSame(typed, assertThrows(UnsupportedOperationException.class, run::run));
        assertEquals(List.of("viaHost", "outer"), names(WasmBacktrace.of(typed)));
    }

    private static List<String> names(WasmBacktrace backtrace) {
        return backtrace.frames().stream().map(FrameInfo::funcName).toList();
    }

    @OnEveryBackend
    void instance_staysUsableAfterATrap(Strategy backend) {
        Instance instance = Guests.instantiate(backend, """
                (module
                  (global $n (mut i32) (i32.const 0))
                  (func (export "count") (param i32) (result i32)
                    (global.set $n (i32.add (global.get $n) (i32.const 1)))
                    (if (local.get 0) (then unreachable))
                    (global.get $n)))
                """);
        Func count = instance.getFunc("count").orElseThrow();
        assertEquals(1, count.call(Val.i32(0))[0].i32());
        assertThrows(Trap.class, () -> count.call(Val.i32(1)));
        assertEquals(3, count.call(Val.i32(0))[0].i32());
    }
}
