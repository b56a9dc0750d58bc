package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LinkerTest {
    private static final FuncType I32_TO_I32 = new FuncType(List.of(ValType.I32), List.of(ValType.I32));

    private final Engine engine = HostOnlyBackend.engine();
    private final Store<String> store = Store.create(engine, "data");

    /** A module importing host::f (i32)->i32 and re-exporting it as "f". */
    private Module reexporting() {
        WasmBuilder b = new WasmBuilder();
        int t = b.type(new int[] {WasmBuilder.I32}, new int[] {WasmBuilder.I32});
        return Module.fromBinary(
                engine, b.importFunc("host", "f", t).export("f", 0, 0).build());
    }

    @Test
    void instantiate_undefinedImport_unknownImport() {
        LinkException e =
                assertThrows(LinkException.class, () -> new Linker<String>(engine).instantiate(store, reexporting()));
        assertTrue(e.getMessage().startsWith("unknown import"), e.getMessage());
        assertTrue(e.getMessage().contains("`host::f`"), e.getMessage());
    }

    @Test
    void instantiate_wrongFunctionType_incompatibleImportType() {
        Linker<String> linker = new Linker<String>(engine)
                .func("host", "f", new FuncType(List.of(ValType.I64), List.of(ValType.I32)), (c, a) ->
                        new Val[] {Val.i32(0)});
        LinkException e = assertThrows(LinkException.class, () -> linker.instantiate(store, reexporting()));
        assertTrue(e.getMessage().startsWith("incompatible import type"), e.getMessage());
    }

    @Test
    void instantiate_wrongKind_incompatibleImportType() {
        Linker<String> linker = new Linker<String>(engine)
                .define("host", "f", Global.create(store, new GlobalType(ValType.I32, false), Val.i32(1)));
        LinkException e = assertThrows(LinkException.class, () -> linker.instantiate(store, reexporting()));
        assertTrue(e.getMessage().startsWith("incompatible import type"), e.getMessage());
    }

    @Test
    void define_twiceWithoutShadowing_rejected() {
        Linker<String> linker = new Linker<String>(engine).func("host", "f", I32_TO_I32, (c, a) -> a);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> linker.func("host", "f", I32_TO_I32, (c, a) -> a));
        assertTrue(e.getMessage().contains("allowShadowing"), e.getMessage());
    }

    @Test
    void define_twiceWithShadowing_laterDefinitionWins() {
        Linker<String> linker = new Linker<String>(engine)
                .allowShadowing(true)
                .func("host", "f", I32_TO_I32, (c, a) -> new Val[] {Val.i32(1)})
                .func("host", "f", I32_TO_I32, (c, a) -> new Val[] {Val.i32(2)});
        Instance i = linker.instantiate(store, reexporting());
        assertEquals(Val.i32(2), i.getFunc("f").orElseThrow().call(Val.i32(0))[0]);
    }

    @Test
    void instance_definesAllExportsUnderModuleName() {
        Linker<String> linker = new Linker<String>(engine).func("host", "f", I32_TO_I32, (c, a) -> a);
        Instance first = linker.instantiate(store, reexporting());
        Linker<String> second = new Linker<String>(engine).instance("host", first);
        Instance again = second.instantiate(store, reexporting());
        assertEquals(Val.i32(7), again.getFunc("f").orElseThrow().call(Val.i32(7))[0]);
        assertSame(
                first.getFunc("f").orElseThrow().type(),
                second.get(store, "host", "f").map(x -> ((Func) x).type()).orElseThrow());
    }

    @Test
    void instantiate_memoryTooSmallOrMaxTooLarge_incompatible() {
        WasmBuilder b = new WasmBuilder().importMemory("env", "mem", 2, 4);
        Module m = Module.fromBinary(engine, b.build());
        Memory small = Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, 4), false, 16));
        Memory unbounded = Memory.create(store, new MemoryType(AddressType.I32, new Limits(2, -1), false, 16));
        Memory ok = Memory.create(store, new MemoryType(AddressType.I32, new Limits(3, 4), false, 16));
        assertThrows(
                LinkException.class,
                () -> new Linker<String>(engine).define("env", "mem", small).instantiate(store, m));
        assertThrows(
                LinkException.class,
                () -> new Linker<String>(engine).define("env", "mem", unbounded).instantiate(store, m));
        new Linker<String>(engine).define("env", "mem", ok).instantiate(store, m);
        small.grow(1);
        new Linker<String>(engine).define("env", "mem", small).instantiate(store, m);
    }

    @Test
    void instantiate_mutableGlobalMismatch_incompatible() {
        Module m = Module.fromBinary(
                engine,
                new WasmBuilder()
                        .importGlobal("env", "g", WasmBuilder.I32, true)
                        .build());
        Global immutable = Global.create(store, new GlobalType(ValType.I32, false), Val.i32(1));
        assertThrows(
                LinkException.class,
                () -> new Linker<String>(engine).define("env", "g", immutable).instantiate(store, m));
        Global mutable = Global.create(store, new GlobalType(ValType.I32, true), Val.i32(1));
        new Linker<String>(engine).define("env", "g", mutable).instantiate(store, m);
    }

    @Test
    void instantiatePre_reusedAcrossStores_hostFunctionsPerStore() {
        Linker<String> linker = new Linker<String>(engine).func("host", "f", I32_TO_I32, (c, a) ->
                new Val[] {Val.i32(c.data().length())});
        InstancePre<String> pre = linker.instantiatePre(reexporting());
        Store<String> other = Store.create(engine, "longer data");
        assertEquals(
                Val.i32(4), pre.instantiate(store).getFunc("f").orElseThrow().call(Val.i32(0))[0]);
        assertEquals(
                Val.i32(11), pre.instantiate(other).getFunc("f").orElseThrow().call(Val.i32(0))[0]);
    }

    @Test
    void instantiate_entityOfAnotherStore_rejected() {
        Module m = Module.fromBinary(
                engine,
                new WasmBuilder()
                        .importGlobal("env", "g", WasmBuilder.I32, false)
                        .build());
        Store<String> other = Store.create(engine, "other");
        Global foreign = Global.create(other, new GlobalType(ValType.I32, false), Val.i32(1));
        Linker<String> linker = new Linker<String>(engine).define("env", "g", foreign);
        assertThrows(IllegalArgumentException.class, () -> linker.instantiate(store, m));
    }

    @Test
    void instantiate_moduleOfAnotherEngine_rejected() {
        Module m = reexporting();
        Engine other = HostOnlyBackend.engine();
        assertThrows(IllegalArgumentException.class, () -> new Linker<String>(other).instantiatePre(m));
    }
}
