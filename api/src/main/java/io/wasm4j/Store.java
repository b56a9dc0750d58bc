package io.wasm4j;

import io.wasm4j.spi.WasmFunction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Owns instances and everything they create (memories, tables, globals, host function instances) and
 * the host's data of type {@code T}. Cheap to create; dropping the store frees it all.
 *
 * <p>Thread safety: a store and its contents are used by one thread at a time.
 *
 * @param <T> the type of the host data reachable from host functions through {@link Caller#data()}
 */
public final class Store<T> {
    private final Engine engine;
    private T data;
    private final List<Instance> instances = new ArrayList<>();
    private final Map<HostDefinition<T>, WasmFunction> hostFunctions = new IdentityHashMap<>();

    private Store(Engine engine, T data) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.data = data;
    }

    /** Creates a store holding {@code data} (which may be null). */
    public static <T> Store<T> create(Engine engine, T data) {
        return new Store<>(engine, data);
    }

    /** Returns the engine. */
    public Engine engine() {
        return engine;
    }

    /** Returns the host data. */
    public T data() {
        return data;
    }

    /** Replaces the host data. */
    public void setData(T data) {
        this.data = data;
    }

    /** Returns the number of instances this store owns. */
    public int instanceCount() {
        return instances.size();
    }

    void add(Instance instance) {
        instances.add(instance);
    }

    /** Returns this store's instance of a linker's host function, creating it on first use. */
    WasmFunction hostFunction(HostDefinition<T> definition) {
        return hostFunctions.computeIfAbsent(definition, d -> d.instantiate(this));
    }

    void checkOwns(Store<?> owner, Object what) {
        if (owner != this) {
            throw new IllegalArgumentException(what + " belongs to another store");
        }
    }

    @Override
    public String toString() {
        return "Store[" + instances.size() + " instances, data=" + data + "]";
    }
}
