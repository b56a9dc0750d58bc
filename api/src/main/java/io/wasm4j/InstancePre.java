package io.wasm4j;

import io.wasm4j.core.Import;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.util.List;

/**
 * A module whose imports a {@link Linker} has resolved and type-checked: instantiate it in many stores
 * without repeating that work. Thread-safe.
 *
 * @param <T> the stores' data type
 */
public final class InstancePre<T> {
    private final Module module;
    private final Object[] definitions;

    InstancePre(Module module, Object[] definitions) {
        this.module = module;
        this.definitions = definitions;
    }

    /** Returns the module. */
    public Module module() {
        return module;
    }

    /**
     * Creates an instance in {@code store} and runs its start function.
     *
     * @throws IllegalArgumentException if {@code store} is of another engine, or an import definition
     *     belongs to another store
     * @throws UninstantiableException if a memory or table cannot be allocated
     * @throws io.wasm4j.spi.Trap if a segment initialiser or the start function traps
     */
    public Instance instantiate(Store<T> store) {
        if (store.engine() != module.engine()) {
            throw new IllegalArgumentException("the store belongs to another engine than the module");
        }
        var m = module.wasm();
        WasmFunction[] funcs = new WasmFunction[m.importedFuncCount()];
        WasmTable[] tables = new WasmTable[m.importedTableCount()];
        LinearMemory[] memories = new LinearMemory[m.importedMemoryCount()];
        WasmGlobal[] globals = new WasmGlobal[m.importedGlobalCount()];
        WasmTag[] tags = new WasmTag[m.importedTagCount()];
        List<Import> imports = m.imports();
        for (int i = 0; i < definitions.length; i++) {
            Import imp = imports.get(i);
            Extern e = Linker.materialize(store, definitions[i]);
            switch (e) {
                case Func f -> {
                    store.checkOwns(f.store(), imp.name());
                    funcs[imp.index()] = f.raw();
                }
                case Table t -> {
                    store.checkOwns(t.store(), imp.name());
                    tables[imp.index()] = t.raw();
                }
                case Memory x -> {
                    store.checkOwns(x.store(), imp.name());
                    memories[imp.index()] = x.raw();
                }
                case Global g -> {
                    store.checkOwns(g.store(), imp.name());
                    globals[imp.index()] = g.raw();
                }
                case Tag g -> {
                    store.checkOwns(g.store(), imp.name());
                    tags[imp.index()] = g.raw();
                }
            }
        }
        ModuleInstance raw;
        try {
            raw = module.compiled()
                    .instantiate(
                            new Imports(funcs, tables, memories, globals, tags),
                            new InstanceContext(store.engine().core().memoryCreator()));
        } catch (IllegalArgumentException e) {
            throw new UninstantiableException(e.getMessage(), e);
        }
        Instance instance = new Instance(store, module, raw);
        raw.attach(instance);
        store.add(instance);
        raw.start();
        return instance;
    }

    @Override
    public String toString() {
        return "InstancePre[" + module + "]";
    }
}
