package io.wasm4j.spi;

import java.util.Objects;

/**
 * What a backend gets from the store when instantiating: the services to allocate the instance's own
 * entities. New components may be added in later versions; backends should ignore those they do not use.
 *
 * @param memoryCreator creates the module's own (non-imported) memories
 */
public record InstanceContext(MemoryCreator memoryCreator) {
    /** Creates the context. */
    public InstanceContext {
        Objects.requireNonNull(memoryCreator);
    }
}
