package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Tag;
import io.wasm4j.UninstantiableException;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
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

    /**
     * {@code down} recurses until it traps, counting its frames in {@code n}; {@code depth(k)} takes k + 1
     * frames and returns k; {@code thrower(k, how)} throws from k + 1 frames down (a wasm {@code throw} for
     * 0, the host for 1, a trap for 2); {@code viaHost(k)} calls {@code depth(k)} back through the host;
     * {@code even}/{@code odd} and {@code count} are chains of tail calls.
     */
    private static final String RECURSE = """
            (module
              (import "host" "tag" (tag $t))
              (import "host" "raise" (func $raise))
              (import "host" "reenter" (func $reenter (param i32) (result i32)))
              (global $n (export "n") (mut i32) (i32.const 0))
              (func $depth (export "depth") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get 0) (i32.const 1)))))))
              (func $down (export "down")
                (global.set $n (i32.add (global.get $n) (i32.const 1)))
                (call $down))
              (func $thrower (param i32 i32)
                (if (i32.eqz (local.get 0))
                  (then
                    (if (i32.eqz (local.get 1)) (then (throw $t)))
                    (if (i32.eq (local.get 1) (i32.const 1)) (then (call $raise)))
                    (unreachable)))
                (call $thrower (i32.sub (local.get 0) (i32.const 1)) (local.get 1)))
              (func (export "catchThenRecurse") (param $k i32) (param $how i32) (param $then i32) (result i32)
                (block $h (try_table (catch_all $h) (call $thrower (local.get $k) (local.get $how))))
                (call $depth (local.get $then)))
              (func (export "viaHost") (param i32) (result i32) (call $reenter (local.get 0)))
              (func $even (export "even") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
                  (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
              (func $odd (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (return_call $even (i32.sub (local.get 0) (i32.const 1))))))
              (func $count (export "count") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 7))
                  (else (return_call $count (i32.sub (local.get 0) (i32.const 1)))))))
            """;

    /** {@code outer(k, m)} takes k + 1 frames, then calls the imported {@code depth(m)} of another instance. */
    private static final String OUTER = """
            (module
              (import "a" "depth" (func $depth (param i32) (result i32)))
              (func $outer (export "outer") (param i32 i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (call $depth (local.get 1)))
                  (else (call $outer (i32.sub (local.get 0) (i32.const 1)) (local.get 1))))))
            """;

    /** {@link #RECURSE} in a fresh store of an engine with {@code maxWasmStack} bytes. */
    private record Recurse(Store<Void> store, Instance instance) {
        static Recurse create(Strategy backend, long maxWasmStack) {
            Engine engine = Engine.create(Config.builder()
                    .strategy(backend)
                    .maxWasmStack(maxWasmStack)
                    .build());
            Store<Void> store = Store.create(engine, null);
            Tag tag = Tag.create(store, new FuncType(List.of(), List.of()));
            Instance[] self = new Instance[1];
            Linker<Void> linker = new Linker<Void>(engine)
                    .define("host", "tag", tag)
                    .func("host", "raise", new FuncType(List.of(), List.of()), (c, a) -> {
                        throw tag.newException();
                    })
                    .func(
                            "host",
                            "reenter",
                            new FuncType(List.of(ValType.I32), List.of(ValType.I32)),
                            (c, a) -> self[0].getFunc("depth").orElseThrow().call(a[0]));
            self[0] = linker.instantiate(store, Module.fromText(engine, RECURSE));
            return new Recurse(store, self[0]);
        }

        int call(String name, int... args) {
            Val[] vals = new Val[args.length];
            for (int i = 0; i < args.length; i++) {
                vals[i] = Val.i32(args[i]);
            }
            return instance.getFunc(name).orElseThrow().call(vals)[0].i32();
        }

        TrapCode trap(String name, int... args) {
            return assertThrows(Trap.class, () -> call(name, args)).code();
        }

        /** Recurses until the limit stops it; returns the number of frames it reached. */
        int framesUntilExhausted() {
            var n = instance.getGlobal("n").orElseThrow();
            n.set(Val.i32(0));
            Trap trap = assertThrows(
                    Trap.class, () -> instance.getFunc("down").orElseThrow().call());
            assertEquals(TrapCode.STACK_EXHAUSTED, trap.code());
            return n.get().i32();
        }
    }

    @OnEveryBackend
    void maxWasmStack_runawayRecursion_reachesFramesProportionalToTheLimit(Strategy backend) {
        int small = Recurse.create(backend, 64 * 1024).framesUntilExhausted();
        int larger = Recurse.create(backend, 256 * 1024).framesUntilExhausted();
        // both backends assume 160 bytes a frame (docs/backend-contract.md); allow a factor of two either way
        assertTrue(small >= 64 * 1024 / 320 && small <= 64 * 1024 / 80, "frames at 64 KiB: " + small);
        double ratio = (double) larger / small;
        assertTrue(ratio > 3.5 && ratio < 4.5, "frames at 256 KiB / at 64 KiB: " + larger + " / " + small);
    }

    @OnEveryBackend
    void maxWasmStack_afterTheTrap_theSameInstanceRecursesAsDeepAgain(Strategy backend) {
        Recurse r = Recurse.create(backend, 64 * 1024);
        int frames = r.framesUntilExhausted();
        for (int round = 0; round < 3; round++) {
            assertEquals(frames, r.framesUntilExhausted(), "round " + round);
            assertEquals(TrapCode.STACK_EXHAUSTED, r.trap("depth", frames));
            assertEquals(frames - 1, r.call("depth", frames - 1));
        }
    }

    @OnEveryBackend
    void maxWasmStack_exceptionThrownDeepInsideAndCaught_catcherRecursesToTheFullDepth(Strategy backend) {
        Recurse r = Recurse.create(backend, 64 * 1024);
        int frames = r.framesUntilExhausted();
        for (int how = 0; how <= 1; how++) {
            for (int i = 0; i < 3; i++) {
                // the catcher's own frame plus frames - 1 frames of depth: exactly the limit
                assertEquals(
                        frames - 2,
                        r.call("catchThenRecurse", frames - 10, how, frames - 2),
                        "thrown by " + (how == 0 ? "wasm" : "the host"));
            }
        }
        assertEquals(TrapCode.UNREACHABLE, r.trap("catchThenRecurse", frames - 10, 2, 0));
        assertEquals(frames, r.framesUntilExhausted());
    }

    @OnEveryBackend
    void maxWasmStack_reentryThroughTheHost_countsTheFramesOnBothSides(Strategy backend) {
        Recurse r = Recurse.create(backend, 64 * 1024);
        int frames = r.framesUntilExhausted();
        // viaHost's frame, then depth(k)'s k + 1 frames
        assertEquals(frames - 2, r.call("viaHost", frames - 2));
        assertEquals(TrapCode.STACK_EXHAUSTED, r.trap("viaHost", frames - 1));
        assertEquals(frames, r.framesUntilExhausted());
    }

    @OnEveryBackend
    void maxWasmStack_callsBetweenInstancesOfAStore_countTogether(Strategy backend) {
        Recurse r = Recurse.create(backend, 64 * 1024);
        int frames = r.framesUntilExhausted();
        Engine engine = r.store().engine();
        Instance outer = new Linker<Void>(engine)
                .instance("a", r.instance())
                .instantiate(r.store(), Module.fromText(engine, OUTER));
        Func f = outer.getFunc("outer").orElseThrow();
        int half = frames / 2;
        assertEquals(half - 2, f.call(Val.i32(half - 2), Val.i32(half - 2))[0].i32());
        Trap trap = assertThrows(Trap.class, () -> f.call(Val.i32(half), Val.i32(half)));
        assertEquals(TrapCode.STACK_EXHAUSTED, trap.code());
        assertEquals(frames, r.framesUntilExhausted());
    }

    @OnEveryBackend
    void maxWasmStack_tailCallChains_doNotGrowTheDepth(Strategy backend) {
        Recurse r = Recurse.create(backend, 4096);
        assertTrue(r.framesUntilExhausted() < 1_000);
        assertEquals(1, r.call("even", 100_000));
        assertEquals(0, r.call("even", 100_001));
        assertEquals(7, r.call("count", 100_000));
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
