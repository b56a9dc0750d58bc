package io.wasm4j.backend.bytecode.internal;

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

/** Test support: compiles text modules with the bytecode backend and calls their exports. */
final class Wasm {
    static final TypeRegistry TYPES = new TypeRegistry();

    final BcModule module;
    final ModuleInstance instance;

    private Wasm(BcModule module, ModuleInstance instance) {
        this.module = module;
        this.instance = instance;
    }

    static BcModule compile(String wat) {
        return compile(wat, 512 * 1024);
    }

    /** Compiles {@code wat} with the engine's {@code maxWasmStack} set to {@code maxWasmStack} bytes. */
    static BcModule compile(String wat, long maxWasmStack) {
        ValidatedModule vm = ValidatedModule.of(Wat.parse(wat));
        return BcModule.compile(vm, new CompileContext(TYPES, maxWasmStack, Map.of(), false, false));
    }

    /** Instantiates {@code module} in {@code store} and runs its start function. */
    static Wasm instantiate(BcModule module, Imports imports, io.wasm4j.spi.StoreContext store) {
        ModuleInstance inst = module.instantiate(imports, new InstanceContext(new HeapMemoryCreator(), store));
        inst.start();
        return new Wasm(module, inst);
    }

    static Wasm of(String wat) {
        return of(wat, Imports.NONE);
    }

    static Wasm of(String wat, Imports imports) {
        BcModule m = compile(wat);
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
}
