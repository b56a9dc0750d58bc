package io.wasm4j.internal.engine;

import dagger.BindsInstance;
import dagger.Component;
import io.wasm4j.Config;
import jakarta.inject.Singleton;

/** The engine's Dagger component: one per {@code Engine}. */
@Singleton
@Component(modules = EngineModule.class)
public interface EngineComponent {
    /** Returns the engine's object graph. */
    EngineCore core();

    /** Creates components. */
    @Component.Factory
    interface Factory {
        /** Creates a component for {@code config}, choosing among {@code plugins}. */
        EngineComponent create(@BindsInstance Config config, @BindsInstance PluginSource plugins);
    }

    /** Builds an engine's graph for {@code config} from {@code plugins}. */
    static EngineCore build(Config config, PluginSource plugins) {
        return DaggerEngineComponent.factory().create(config, plugins).core();
    }
}
