package io.wasm4j;

import io.wasm4j.core.Export;
import io.wasm4j.spi.ModuleInstance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An instance of a {@link Module} in a {@link Store}: its exports by name. */
public final class Instance {
    private final Store<?> store;
    private final Module module;
    private final ModuleInstance raw;
    private final Extern[] exports;

    Instance(Store<?> store, Module module, ModuleInstance raw) {
        this.store = store;
        this.module = module;
        this.raw = raw;
        this.exports = new Extern[module.wasm().exports().size()];
    }

    /** Returns the module this is an instance of. */
    public Module module() {
        return module;
    }

    /** Returns the export named {@code name}, if there is one. */
    public Optional<Extern> getExport(String name) {
        List<Export> list = module.wasm().exports();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return Optional.of(export(i));
            }
        }
        return Optional.empty();
    }

    /** Returns all exports by name, in export order. */
    public Map<String, Extern> exports() {
        Map<String, Extern> out = new LinkedHashMap<>();
        List<Export> list = module.wasm().exports();
        for (int i = 0; i < list.size(); i++) {
            out.put(list.get(i).name(), export(i));
        }
        return out;
    }

    /** Returns the function export {@code name}, if there is one. */
    public Optional<Func> getFunc(String name) {
        return get(name, Func.class);
    }

    /**
     * Returns the function export {@code name} with a fixed Java signature ({@link Func#typed(Class,
     * Class...)}).
     *
     * @throws IllegalArgumentException if there is no such function or its signature differs
     */
    public TypedFunc getTypedFunc(String name, Class<?> result, Class<?>... params) {
        return getFunc(name)
                .orElseThrow(() -> new IllegalArgumentException("no function export named '" + name + "'"))
                .typed(result, params);
    }

    /** Returns the memory export {@code name}, if there is one. */
    public Optional<Memory> getMemory(String name) {
        return get(name, Memory.class);
    }

    /** Returns the table export {@code name}, if there is one. */
    public Optional<Table> getTable(String name) {
        return get(name, Table.class);
    }

    /** Returns the global export {@code name}, if there is one. */
    public Optional<Global> getGlobal(String name) {
        return get(name, Global.class);
    }

    /** Returns the tag export {@code name}, if there is one. */
    public Optional<Tag> getTag(String name) {
        return get(name, Tag.class);
    }

    private <E extends Extern> Optional<E> get(String name, Class<E> kind) {
        return getExport(name).filter(kind::isInstance).map(kind::cast);
    }

    private Extern export(int i) {
        Extern e = exports[i];
        if (e == null) {
            Export x = module.wasm().exports().get(i);
            e = switch (x.kind()) {
                case FUNC -> new Func(store, raw.function(x.index()));
                case TABLE -> new Table(store, raw.table(x.index()));
                case MEMORY -> new Memory(store, raw.memory(x.index()));
                case GLOBAL -> new Global(store, raw.global(x.index()));
                case TAG -> new Tag(store, raw.tag(x.index()));
            };
            exports[i] = e;
        }
        return e;
    }

    Store<?> store() {
        return store;
    }

    @Override
    public String toString() {
        return "Instance[" + module + "]";
    }
}
