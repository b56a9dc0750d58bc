package io.wasm4j.spi;

import java.util.Objects;

/**
 * What a backend gets from the store when instantiating: the services to allocate the instance's own
 * entities. New components may be added in later versions; backends should ignore those they do not use.
 *
 * @param memoryCreator creates the module's own (non-imported) memories
 * @param store the store's execution state (epochs, fuel) that the instance's code polls
 */
public record InstanceContext(MemoryCreator memoryCreator, StoreContext store) {
    /** Creates the context. */
    public InstanceContext {
        Objects.requireNonNull(memoryCreator);
        Objects.requireNonNull(store);
    }
}
