package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TableGlobalTest {
    private final Engine engine = HostOnlyBackend.engine();
    private final Store<Void> store = Store.create(engine, null);

    @Test
    void table_funcrefs_setGetGrowAndBounds() {
        Table t = Table.create(
                store, new TableType(AddressType.I32, new Limits(2, 4), RefType.FUNCREF), Val.funcref(null));
        Func f = Func.create(store, new FuncType(List.of(), List.of()), (c, a) -> Val.NONE);
        t.set(1, Val.funcref(f));
        assertEquals(f, t.get(1).funcref());
        assertNull(t.get(0).funcref());
        assertEquals(2, t.grow(2, Val.funcref(f)));
        assertEquals(f, t.get(3).funcref());
        assertThrows(IllegalStateException.class, () -> t.grow(1, Val.funcref(null)));
        assertThrows(IndexOutOfBoundsException.class, () -> t.get(4));
        assertThrows(IllegalArgumentException.class, () -> t.set(0, Val.externref("x")));
    }

    @Test
    void table_exportedFromModule_hostSeesSameTable() {
        byte[] module = new WasmBuilder()
                .table(WasmBuilder.EXTERNREF, 3, -1)
                .export("t", 1, 0)
                .build();
        Instance i = new Linker<Void>(engine).instantiate(store, Module.fromBinary(engine, module));
        Table t = i.getTable("t").orElseThrow();
        assertEquals(3, t.size());
        t.set(2, Val.externref("hi"));
        assertEquals("hi", i.getTable("t").orElseThrow().get(2).ref());
    }

    @Test
    void global_moduleInitialisers_readAndMutability() {
        byte[] module = new WasmBuilder()
                .globalI32(false, -7)
                .globalI64(true, 1L << 40)
                .globalF64(false, 2.5)
                .export("c", 3, 0)
                .export("v", 3, 1)
                .export("d", 3, 2)
                .build();
        Instance i = new Linker<Void>(engine).instantiate(store, Module.fromBinary(engine, module));
        assertEquals(Val.i32(-7), i.getGlobal("c").orElseThrow().get());
        assertEquals(Val.f64(2.5), i.getGlobal("d").orElseThrow().get());
        Global v = i.getGlobal("v").orElseThrow();
        assertEquals(Val.i64(1L << 40), v.get());
        v.set(Val.i64(3));
        assertEquals(Val.i64(3), v.get());
        assertThrows(
                IllegalStateException.class,
                () -> i.getGlobal("c").orElseThrow().set(Val.i32(1)));
        assertThrows(IllegalArgumentException.class, () -> v.set(Val.i32(1)));
    }

    @Test
    void global_importedByModule_initialisesAnother() {
        Global g = Global.create(store, new GlobalType(ValType.I32, false), Val.i32(99));
        byte[] module = new WasmBuilder()
                .importGlobal("env", "g", WasmBuilder.I32, false)
                .export("g2", 3, 0)
                .build();
        Instance i =
                new Linker<Void>(engine).define("env", "g", g).instantiate(store, Module.fromBinary(engine, module));
        assertEquals(g, i.getGlobal("g2").orElseThrow());
    }

    @Test
    void nullOfAnotherHierarchy_rejected_nullOfASubtypeAccepted() {
        Table funcs = Table.create(
                store, new TableType(AddressType.I32, new Limits(1, -1), RefType.FUNCREF), Val.funcref(null));
        assertThrows(IllegalArgumentException.class, () -> funcs.set(0, Val.externref(null)));
        assertThrows(IllegalArgumentException.class, () -> funcs.grow(1, Val.anyref(null)));
        funcs.set(0, Val.ref(RefType.NULLFUNCREF, null));
        assertEquals(1, funcs.size());
        GlobalType anyref = new GlobalType(RefType.ANYREF, true);
        assertThrows(IllegalArgumentException.class, () -> Global.create(store, anyref, Val.externref(null)));
        Global g = Global.create(store, anyref, Val.ref(RefType.EQREF, null));
        assertNull(g.get().ref());
        assertThrows(IllegalArgumentException.class, () -> g.set(Val.funcref(null)));
    }

    @Test
    void global_nonNullableRefWithNull_rejected() {
        GlobalType t = new GlobalType(new RefType(false, io.wasm4j.core.AbsHeapType.EXTERN), false);
        assertThrows(IllegalArgumentException.class, () -> Global.create(store, t, Val.externref(null)));
    }

    @Test
    void tag_hostThrowsWasmException_payloadReadBackByTag() {
        Tag tag = Tag.create(store, new FuncType(List.of(ValType.I32, ValType.F64), List.of()));
        Tag other = Tag.create(store, new FuncType(List.of(ValType.I32, ValType.F64), List.of()));
        Func thrower = Func.create(store, new FuncType(List.of(), List.of()), (c, a) -> {
            throw tag.newException(Val.i32(7), Val.f64(0.5));
        });
        io.wasm4j.spi.ThrownException e = assertThrows(io.wasm4j.spi.ThrownException.class, thrower::call);
        assertEquals(true, tag.isTagOf(e));
        assertEquals(false, other.isTagOf(e));
        assertEquals(List.of(Val.i32(7), Val.f64(0.5)), List.of(tag.payload(e)));
        assertThrows(IllegalArgumentException.class, () -> other.payload(e));
        assertThrows(IllegalArgumentException.class, () -> tag.newException(Val.i32(1)));
    }

    @Test
    void tag_createdAndExportedTypes() {
        Tag a = Tag.create(store, new FuncType(List.of(ValType.I32), List.of()));
        Tag b = Tag.create(store, new FuncType(List.of(ValType.I32), List.of()));
        assertEquals(a.type(), b.type());
        assertEquals(false, a.equals(b));
        assertThrows(
                IllegalArgumentException.class, () -> Tag.create(store, new FuncType(List.of(), List.of(ValType.I32))));
    }
}
