package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host function called by an instance (simulated: the backend passes its instance as caller). */
final class CallerTest {
    private final Engine engine = HostOnlyBackend.engine();
    private final Store<List<String>> store = Store.create(engine, new java.util.ArrayList<>());

    @Test
    void getExport_calledFromAnInstance_seesItsMemoryAndCallsBackIn() {
        WasmBuilder b = new WasmBuilder();
        int t = b.type(new int[] {WasmBuilder.I32}, new int[] {WasmBuilder.I32});
        byte[] module = b.importFunc("host", "peek", t)
                .importFunc("host", "inc", t)
                .memory(1, -1)
                .data(8, new byte[] {5})
                .export("memory", 2, 0)
                .export("peek", 0, 0)
                .export("inc", 0, 1)
                .build();
        FuncType i32ToI32 = new FuncType(List.of(ValType.I32), List.of(ValType.I32));
        Linker<List<String>> linker = new Linker<List<String>>(engine)
                .func("host", "inc", i32ToI32, (c, a) -> new Val[] {Val.i32(a[0].i32() + 1)})
                .func("host", "peek", i32ToI32, (c, a) -> {
                    int v = c.getMemory("memory").orElseThrow().readByte(a[0].i32());
                    Func inc = (Func) c.getExport("inc").orElseThrow();
                    c.data().add("peeked " + v);
                    return inc.call(Val.i32(v));
                });
        Instance instance = linker.instantiate(store, Module.fromBinary(engine, module));
        Func peek = instance.getFunc("peek").orElseThrow();
        Object[] r = peek.raw().invoke(instance.raw(), 8);
        assertArrayEquals(new Object[] {6}, r);
        assertEquals(List.of("peeked 5"), store.data());
    }
}
