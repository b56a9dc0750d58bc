package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Caller;
import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.InstancePre;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.util.ArrayList;
import java.util.List;

/** {@link Store} with many instances, its data, and what a {@link Caller} sees of it. */
final class StoreApiTest {
    private static final int INSTANCES = 1_000;

    /** The store's data: a log the host function appends to. */
    record Log(List<String> lines) {}

    private static final String GUEST = """
            (module
              (import "host" "log" (func $log (param i32 i32)))
              (memory (export "mem") 1)
              (global $id (export "id") (mut i32) (i32.const 0))
              (func (export "init") (param i32)
                (global.set $id (local.get 0))
                (i32.store (i32.const 0) (i32.mul (local.get 0) (i32.const 3))))
              (func (export "report") (call $log (global.get $id) (i32.load (i32.const 0)))))
            """;

    @OnEveryBackend
    void store_withAThousandInstances_keepsEachOnesState(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Linker<Log> linker = new Linker<>(engine);
        linker.func("host", "log", new FuncType(List.of(ValType.I32, ValType.I32), List.of()), (caller, args) -> {
            Memory mem = caller.getMemory("mem").orElseThrow();
            caller.data().lines().add(args[0].i32() + ":" + args[1].i32() + ":" + mem.readInt(0));
            return Val.NONE;
        });
        InstancePre<Log> pre = linker.instantiatePre(Module.fromText(engine, GUEST));
        Store<Log> store = Store.create(engine, new Log(new ArrayList<>()));
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            Instance instance = pre.instantiate(store);
            instance.getFunc("init").orElseThrow().call(Val.i32(i));
            instances.add(instance);
        }
        assertEquals(INSTANCES, store.instanceCount());
        for (int i = INSTANCES - 1; i >= 0; i--) {
            instances.get(i).getFunc("report").orElseThrow().call();
        }
        List<String> lines = store.data().lines();
        assertEquals(INSTANCES, lines.size());
        for (int i = 0; i < INSTANCES; i++) {
            int id = INSTANCES - 1 - i;
            assertEquals(id + ":" + 3 * id + ":" + 3 * id, lines.get(i));
        }
        assertEquals(3 * 500, instances.get(500).getMemory("mem").orElseThrow().readInt(0));
        assertEquals(999, instances.get(999).getGlobal("id").orElseThrow().get().i32());
    }

    @OnEveryBackend
    void caller_seesStoreEngineDataAndTheCallingInstancesExports(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<StringBuilder> store = Store.create(engine, new StringBuilder("first"));
        List<Object> seen = new ArrayList<>();
        Linker<StringBuilder> linker = new Linker<>(engine);
        linker.func("host", "log", new FuncType(List.of(ValType.I32, ValType.I32), List.of()), (caller, args) -> {
            seen.add(caller.store());
            seen.add(caller.engine());
            seen.add(caller.data());
            seen.add(caller.getExport("init").isPresent());
            seen.add(caller.getExport("nope").isPresent());
            seen.add(caller.getMemory("init").isPresent());
            return Val.NONE;
        });
        Instance instance = linker.instantiate(store, Module.fromText(engine, GUEST));
        StringBuilder replaced = new StringBuilder("second");
        store.setData(replaced);
        assertSame(replaced, store.data());
        instance.getFunc("report").orElseThrow().call();
        assertEquals(List.of(store, engine, replaced, true, false, false), seen);

        // Called by the host, not by an instance: no caller exports.
        seen.clear();
        Func log = linker.get(store, "host", "log").map(Func.class::cast).orElseThrow();
        log.call(Val.i32(0), Val.i32(0));
        assertEquals(false, seen.get(3));
        assertTrue(store.toString().contains("1 instances"), store.toString());
    }
}
