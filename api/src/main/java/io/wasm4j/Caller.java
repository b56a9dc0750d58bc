package io.wasm4j;

import io.wasm4j.spi.ModuleInstance;
import java.util.Optional;

/**
 * What a host function sees of its caller: the store's data and the calling instance's exports.
 *
 * <p>Valid only during the host call; do not keep it.
 *
 * @param <T> the store's data type
 */
public final class Caller<T> {
    private final Store<T> store;
    private final ModuleInstance caller;

    Caller(Store<T> store, ModuleInstance caller) {
        this.store = store;
        this.caller = caller;
    }

    /** Returns the store's host data. */
    public T data() {
        return store.data();
    }

    /** Returns the store. */
    public Store<T> store() {
        return store;
    }

    /** Returns the engine. */
    public Engine engine() {
        return store.engine();
    }

    /**
     * Returns the calling instance's export {@code name}; empty when there is none, or when the host (not
     * an instance) made the call.
     */
    public Optional<Extern> getExport(String name) {
        if (caller == null || !(caller.attachment() instanceof Instance instance)) {
            return Optional.empty();
        }
        return instance.getExport(name);
    }

    /** Returns the calling instance's memory export {@code name}, if it has one. */
    public Optional<Memory> getMemory(String name) {
        return getExport(name).filter(Memory.class::isInstance).map(Memory.class::cast);
    }
}
