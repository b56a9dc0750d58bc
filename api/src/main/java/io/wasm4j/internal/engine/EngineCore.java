package io.wasm4j.internal.engine;

import io.wasm4j.Config;
import io.wasm4j.spi.MemoryCreator;
import io.wasm4j.spi.TextFormat;
import io.wasm4j.spi.TypeRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The engine's object graph, built by {@link EngineComponent}: the configuration and the plugins chosen
 * for it. Thread-safe.
 */
@Singleton
public final class EngineCore {
    private final Config config;
    private final BackendChoice backend;
    private final MemoryCreator memoryCreator;
    private final TextFormat textFormat;
    private final TypeRegistry types;

    @Inject
    EngineCore(
            Config config,
            BackendChoice backend,
            MemoryCreator memoryCreator,
            @Nullable TextFormat textFormat,
            TypeRegistry types) {
        this.config = config;
        this.backend = backend;
        this.memoryCreator = memoryCreator;
        this.textFormat = textFormat;
        this.types = types;
    }

    /** Returns the configuration. */
    public Config config() {
        return config;
    }

    /** Returns the chosen backend or why there is none. */
    public BackendChoice backend() {
        return backend;
    }

    /** Returns the memory creator for this engine's stores. */
    public MemoryCreator memoryCreator() {
        return memoryCreator;
    }

    /** Returns the text-format translator, or {@code null} when {@code io.wasm4j.wat} is absent. */
    public TextFormat textFormat() {
        return textFormat;
    }

    /** Returns the engine's type registry. */
    public TypeRegistry types() {
        return types;
    }
}
