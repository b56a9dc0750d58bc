package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmBacktrace;
import java.util.List;

/**
 * The embedding API over real guest code, on every backend: traps with wasm backtraces, host exceptions
 * passing through guest frames, and re-entrant host → wasm → host calls.
 */
final class ExecutionApiTest {
    private static final String GUEST = """
            (module $guest
              (import "host" "callback" (func $callback (param i32) (result i32)))
              (func $inner (param i32) (result i32)
                (i32.div_s (i32.const 100) (local.get 0)))
              (func $middle (param i32) (result i32) (call $inner (local.get 0)))
              (func $outer (export "outer") (param i32) (result i32) (call $middle (local.get 0)))
              (func (export "viaHost") (param i32) (result i32)
                (call $callback (local.get 0)))
              (func (export "double") (param i32) (result i32)
                (i32.mul (local.get 0) (i32.const 2))))
            """;

    private static final FuncType I32_TO_I32 = new FuncType(List.of(ValType.I32), List.of(ValType.I32));

    /** Thrown by the host callback to check that host exceptions keep their type. */
    private static final class HostFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HostFailure(String message) {
            super(message);
        }
    }

    private static Instance instantiate(Store<int[]> store, Linker<int[]> linker) {
        return linker.instantiate(store, Module.fromText(store.engine(), GUEST));
    }

    private static Linker<int[]> linker(Engine engine) {
        Linker<int[]> linker = new Linker<>(engine);
        linker.func("host", "callback", I32_TO_I32, (caller, args) -> {
            int n = args[0].i32();
            caller.data()[0]++;
            if (n < 0) {
                throw new HostFailure("negative " + n);
            }
            if (n == 0) {
                return new Val[] {Val.i32(0)};
            }
            // Re-enter the calling instance: host -> wasm -> host -> ...
            Func again = (Func) caller.getExport("viaHost").orElseThrow();
            Func twice = (Func) caller.getExport("double").orElseThrow();
            int inner = again.call(Val.i32(n - 1))[0].i32();
            return new Val[] {Val.i32(twice.call(Val.i32(inner))[0].i32() + 1)};
        });
        return linker;
    }

    @OnEveryBackend
    void call_divideByZeroThreeFramesDeep_trapsWithBacktraceInnermostFirst(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<int[]> store = Store.create(engine, new int[1]);
        Instance instance = instantiate(store, linker(engine));
        Func outer = instance.getFunc("outer").orElseThrow();

        assertEquals(25, outer.call(Val.i32(4))[0].i32());
        Trap trap = assertThrows(Trap.class, () -> outer.call(Val.i32(0)));

        assertEquals(TrapCode.INTEGER_DIVIDE_BY_ZERO, trap.code());
        List<String> names =
                trap.backtrace().frames().stream().map(FrameInfo::funcName).toList();
        assertEquals(List.of("inner", "middle", "outer"), names.subList(0, 3));
    }

    @OnEveryBackend
    void call_hostThrows_exceptionKeepsItsTypeAndGainsWasmFrames(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<int[]> store = Store.create(engine, new int[1]);
        Instance instance = instantiate(store, linker(engine));

        HostFailure failure = assertThrows(
                HostFailure.class,
                () -> instance.getFunc("viaHost").orElseThrow().call(Val.i32(-3)));

        assertEquals("negative -3", failure.getMessage());
        assertEquals(
                List.of(4),
                WasmBacktrace.of(failure).frames().stream()
                        .map(FrameInfo::funcIndex)
                        .toList(),
                "viaHost (function 4: the import, inner, middle and outer come first) is the only wasm frame");
    }

    @OnEveryBackend
    void call_reentrantHostWasmHost_nestsAndSeesStoreData(Strategy backend) {
        Engine engine = Guests.engine(backend);
        int[] calls = new int[1];
        Store<int[]> store = Store.create(engine, calls);
        Instance instance = instantiate(store, linker(engine));

        // f(0) = 0; f(n) = 2 * f(n - 1) + 1, one host call per level: f(10) = 1023.
        assertEquals(
                1023,
                instance.getFunc("viaHost").orElseThrow().call(Val.i32(10))[0].i32());
        assertEquals(11, calls[0]);
        assertSame(calls, store.data());
    }
}
