package io.wasm4j.it.spec;

import io.wasm4j.Global;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Store;
import io.wasm4j.Table;
import io.wasm4j.Val;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import java.util.List;

/** The {@code spectest} host module the suite's scripts import from. */
final class SpecTestHost {

    private SpecTestHost() {}

    /** Defines {@code spectest} in {@code linker} with items owned by {@code store}. */
    static <T> void define(Linker<T> linker, Store<T> store) {
        print(linker, "print");
        print(linker, "print_i32", NumType.I32);
        print(linker, "print_i64", NumType.I64);
        print(linker, "print_f32", NumType.F32);
        print(linker, "print_f64", NumType.F64);
        print(linker, "print_i32_f32", NumType.I32, NumType.F32);
        print(linker, "print_f64_f64", NumType.F64, NumType.F64);
        global(linker, store, "global_i32", NumType.I32, Val.i32(666));
        global(linker, store, "global_i64", NumType.I64, Val.i64(666));
        global(linker, store, "global_f32", NumType.F32, Val.f32(666.6f));
        global(linker, store, "global_f64", NumType.F64, Val.f64(666.6));
        Val nullFunc = Val.funcref(null);
        linker.define(
                "spectest",
                "table",
                Table.create(store, new TableType(AddressType.I32, new Limits(10, 20), RefType.FUNCREF), nullFunc));
        linker.define(
                "spectest",
                "table64",
                Table.create(store, new TableType(AddressType.I64, new Limits(10, 20), RefType.FUNCREF), nullFunc));
        linker.define(
                "spectest",
                "memory",
                Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, 2), false, 16)));
        try {
            linker.define(
                    "spectest",
                    "shared_memory",
                    Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, 2), true, 16)));
        } catch (RuntimeException e) {
            // Shared memories need the threads plugin; scripts importing it then fail to link, visibly.
        }
    }

    private static <T> void print(Linker<T> linker, String name, ValType... params) {
        linker.func("spectest", name, new FuncType(List.of(params), List.of()), (caller, args) -> Val.NONE);
    }

    private static <T> void global(Linker<T> linker, Store<T> store, String name, NumType type, Val value) {
        linker.define("spectest", name, Global.create(store, new GlobalType(type, false), value));
    }
}
