package io.wasm4j;

import io.wasm4j.internal.engine.EngineComponent;
import io.wasm4j.internal.engine.EngineCore;
import io.wasm4j.internal.engine.PluginSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared, thread-safe root of wasm4j: a {@link Config}, the plugins chosen for it (backend, memory
 * creator, text format) and the type registry its modules share. Create one per application and reuse it.
 *
 * <p>Plugins are found with {@link java.util.ServiceLoader} when the engine is created. A strategy other
 * than {@link Strategy#AUTO} whose backend is missing fails here, naming the artifact to add; with {@code
 * AUTO} and no backend, the engine can still validate modules, and compiling fails with that message.
 */
public final class Engine {
    private final EngineCore core;

    private Engine(EngineCore core) {
        this.core = core;
    }

    /**
     * Creates an engine with the default configuration.
     *
     * @throws IllegalStateException if a plugin cannot be chosen
     */
    public static Engine create() {
        return create(Config.defaults());
    }

    /**
     * Creates an engine.
     *
     * @throws IllegalStateException if the configured backend or memory creator is absent, unsupported or
     *     ambiguous (the message names the artifact to add)
     * @throws IllegalArgumentException if the backend rejects a backend setting
     */
    public static Engine create(Config config) {
        return create(config, PluginSource.serviceLoader());
    }

    static Engine create(Config config, PluginSource plugins) {
        return new Engine(EngineComponent.build(Objects.requireNonNull(config, "config"), plugins));
    }

    /** Returns the configuration. */
    public Config config() {
        return core.config();
    }

    /** Returns the id of the backend that compiles modules (e.g. {@code "interp"}), if there is one. */
    public Optional<String> backend() {
        return Optional.ofNullable(core.backend().provider()).map(p -> p.id());
    }

    EngineCore core() {
        return core;
    }

    @Override
    public String toString() {
        return "Engine[backend=" + backend().orElse("none") + ", " + core.config() + "]";
    }
}
