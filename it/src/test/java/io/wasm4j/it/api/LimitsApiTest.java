package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.UninstantiableException;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.util.List;

/** Fuel, epoch interruption, stack depth and allocation limits stopping real guest code. */
final class LimitsApiTest {
    private static final String SPIN = """
            (module
              (import "host" "tick" (func $tick))
              (func (export "spin") (loop $l (call $tick) (br $l)))
              (func (export "count") (param i32) (result i32)
                (local $n i32)
                (loop $l
                  (local.set $n (i32.add (local.get $n) (i32.const 1)))
                  (br_if $l (i32.lt_u (local.get $n) (local.get 0))))
                (local.get $n)))
            """;

    private static Func export(Engine engine, Store<Void> store, String name, Runnable tick) {
        Linker<Void> linker = new Linker<Void>(engine)
                .func("host", "tick", new FuncType(List.of(), List.of()), (c, a) -> {
                    tick.run();
                    return Val.NONE;
                });
        return linker.instantiate(store, Module.fromText(engine, SPIN))
                .getFunc(name)
                .orElseThrow();
    }

    @OnEveryBackend
    void fuel_runsOutInAnEndlessLoop_andRefuelledStoreRunsAgain(Strategy backend) {
        assumePolls(backend);
        Engine engine = Engine.create(
                Config.builder().strategy(backend).consumeFuel(true).build());
        Store<Void> store = Store.create(engine, null);
        Func spin = export(engine, store, "spin", () -> {});
        store.setFuel(10_000);
        Trap trap = assertThrows(Trap.class, spin::call);
        assertEquals(TrapCode.OUT_OF_FUEL, trap.code());
        assertEquals(0, store.getFuel());

        Func count = export(engine, store, "count", () -> {});
        store.setFuel(1_000_000);
        assertEquals(100, count.call(Val.i32(100))[0].i32());
        long left = store.getFuel();
        assertTrue(left < 1_000_000 && left > 0, "fuel left " + left);
    }

    @OnEveryBackend
    void epoch_hostIncrementsPastTheDeadline_guestLoopInterrupted(Strategy backend) {
        assumePolls(backend);
        Engine engine = Engine.create(
                Config.builder().strategy(backend).epochInterruption(true).build());
        Store<Void> store = Store.create(engine, null);
        int[] ticks = new int[1];
        Func spin = export(engine, store, "spin", () -> {
            ticks[0]++;
            engine.incrementEpoch();
        });
        store.setEpochDeadline(5);
        Trap trap = assertThrows(Trap.class, spin::call);
        assertEquals(TrapCode.INTERRUPT, trap.code());
        assertTrue(ticks[0] >= 5 && ticks[0] <= 6, "interrupted after " + ticks[0] + " ticks");
    }

    /**
     * The bytecode backend does not poll fuel or the epoch yet (docs/backend-contract.md section 7 asks
     * every backend to): its loops never stop. Remove this once it does.
     */
    private static void assumePolls(Strategy backend) {
        assumeTrue(backend != Strategy.BYTECODE, "backend-bytecode does not poll fuel and epoch deadlines yet");
    }

    @OnEveryBackend
    void limits_offByDefault_storeRefusesToSetThem(Strategy backend) {
        Store<Void> store = Store.create(Guests.engine(backend), null);
        assertThrows(IllegalStateException.class, () -> store.setFuel(1));
        assertThrows(IllegalStateException.class, store::getFuel);
        assertThrows(IllegalStateException.class, () -> store.setEpochDeadline(1));
    }

    @OnEveryBackend
    void maxWasmStack_smallStack_exhaustsSoonerThanTheDefault(Strategy backend) {
        // docs/backend-contract.md asks backends to turn maxWasmStack into their own depth limit
        assumeTrue(backend != Strategy.BYTECODE, "backend-bytecode does not apply maxWasmStack yet");
        String recurse = """
                (module (func $r (export "depth") (param i32) (result i32)
                  (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                    (else (i32.add (i32.const 1) (call $r (i32.sub (local.get 0) (i32.const 1))))))))
                """;
        Engine small = Engine.create(
                Config.builder().strategy(backend).maxWasmStack(16 * 1024).build());
        Engine normal = Guests.engine(backend);
        Func shallow = new Linker<Void>(small)
                .instantiate(Store.create(small, null), Module.fromText(small, recurse))
                .getFunc("depth")
                .orElseThrow();
        Func deep = new Linker<Void>(normal)
                .instantiate(Store.create(normal, null), Module.fromText(normal, recurse))
                .getFunc("depth")
                .orElseThrow();
        Trap trap = assertThrows(Trap.class, () -> shallow.call(Val.i32(1_000)));
        assertEquals(TrapCode.STACK_EXHAUSTED, trap.code());
        assertEquals(1_000, deep.call(Val.i32(1_000))[0].i32());
        assertEquals(10, shallow.call(Val.i32(10))[0].i32());
    }

    @OnEveryBackend
    void memoryBeyondTheHeap_uninstantiableNamingTheMmapArtifact(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Module module = Module.fromText(engine, "(module (memory i64 1073741824))");
        UninstantiableException e = assertThrows(
                UninstantiableException.class,
                () -> new Linker<Void>(engine).instantiate(Store.create(engine, null), module));
        assertTrue(e.getMessage().contains("wasm4j-memory-mmap"), e.getMessage());
    }
}
