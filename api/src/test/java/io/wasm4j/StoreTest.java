package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.wasm4j.core.FuncType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StoreTest {
    @Test
    void manyInstances_ofHostOnlyModules_independentState() {
        Engine engine = HostOnlyBackend.engine();
        Store<int[]> store = Store.create(engine, new int[1]);
        WasmBuilder b = new WasmBuilder();
        int t = b.type(new int[] {}, new int[] {});
        Module module = Module.fromBinary(
                engine,
                b.importFunc("host", "tick", t)
                        .memory(1, -1)
                        .globalI32(true, 0)
                        .export("tick", 0, 0)
                        .export("memory", 2, 0)
                        .export("counter", 3, 0)
                        .build());
        InstancePre<int[]> pre = new Linker<int[]>(engine)
                .func("host", "tick", new FuncType(List.of(), List.of()), (c, a) -> {
                    c.data()[0]++;
                    return Val.NONE;
                })
                .instantiatePre(module);
        int n = 1000;
        Instance[] instances = new Instance[n];
        for (int i = 0; i < n; i++) {
            instances[i] = pre.instantiate(store);
            instances[i].getMemory("memory").orElseThrow().writeInt(0, i);
            instances[i].getGlobal("counter").orElseThrow().set(Val.i32(i));
            instances[i].getFunc("tick").orElseThrow().typed(Runnable.class).run();
        }
        assertEquals(n, store.instanceCount());
        assertEquals(n, store.data()[0]);
        for (int i = 0; i < n; i += 97) {
            assertEquals(i, instances[i].getMemory("memory").orElseThrow().readInt(0));
            assertEquals(
                    Val.i32(i), instances[i].getGlobal("counter").orElseThrow().get());
        }
        assertEquals(
                instances[0].getFunc("tick").orElseThrow(),
                instances[1].getFunc("tick").orElseThrow(),
                "one host function instance per store");
        assertNotEquals(
                instances[0].getMemory("memory").orElseThrow(),
                instances[1].getMemory("memory").orElseThrow());
    }

    @Test
    void data_replaceable() {
        Store<String> s = Store.create(HostOnlyBackend.engine(), "a");
        s.setData("b");
        assertEquals("b", s.data());
    }
}
