package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.Export;
import io.wasm4j.core.ExternKind;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.wat.Wat;
import java.util.Map;

/** Test support: compiles text modules with the interpreter and calls their exports. */
final class Wasm {
    static final TypeRegistry TYPES = new TypeRegistry();

    final InterpModule module;
    final ModuleInstance instance;

    private Wasm(InterpModule module, ModuleInstance instance) {
        this.module = module;
        this.instance = instance;
    }

    static InterpModule compile(String wat) {
        ValidatedModule vm = ValidatedModule.of(Wat.parse(wat));
        return InterpModule.compile(vm, new CompileContext(TYPES, 512 * 1024, Map.of(), false, false));
    }

    static Wasm of(String wat) {
        return of(wat, Imports.NONE);
    }

    static Wasm of(String wat, Imports imports) {
        InterpModule m = compile(wat);
        ModuleInstance inst = m.instantiate(
                imports,
                new InstanceContext(
                        new HeapMemoryCreator(),
                        new io.wasm4j.spi.StoreContext(new java.util.concurrent.atomic.AtomicLong())));
        inst.start();
        return new Wasm(m, inst);
    }

    Object[] call(String name, Object... args) {
        Export e = module.module().module().export(name);
        if (e == null || e.kind() != ExternKind.FUNC) {
            throw new IllegalArgumentException("no function export " + name);
        }
        return instance.function(e.index()).invoke(null, args);
    }

    Object call1(String name, Object... args) {
        return call(name, args)[0];
    }

    /** Returns the translated code of the exported function {@code name}. */
    int[] code(String name) {
        Export e = module.module().module().export(name);
        return ((InterpFunction) instance.function(e.index())).code().code;
    }
}
