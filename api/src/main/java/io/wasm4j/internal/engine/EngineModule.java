package io.wasm4j.internal.engine;

import dagger.Module;
import dagger.Provides;
import io.wasm4j.Config;
import io.wasm4j.spi.MemoryCreator;
import io.wasm4j.spi.TextFormat;
import io.wasm4j.spi.TypeRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Dagger bindings: plugin choices made from the {@link Config} and the {@link PluginSource}. */
@Module
interface EngineModule {
    @Provides
    @Singleton
    static BackendChoice backend(Config config, PluginSource plugins) {
        BackendChoice choice = BackendChoice.choose(config.strategy(), plugins.compilers(), plugins.broken());
        if (choice.provider() != null) {
            Set<String> valid = choice.provider().settingNames();
            for (String name : config.backendSettings().keySet()) {
                if (!valid.contains(name)) {
                    throw new IllegalArgumentException("unknown setting '" + name + "' for backend '"
                            + choice.provider().id() + "'; valid settings: " + new TreeSet<>(valid));
                }
            }
        }
        return choice;
    }

    @Provides
    @Singleton
    static MemoryCreator memoryCreator(Config config, PluginSource plugins) {
        List<MemoryCreator> matching = plugins.memoryCreators().stream()
                .filter(m -> m.id().equals(config.memoryCreator()))
                .toList();
        if (matching.isEmpty() && config.memoryCreator().equals("heap")) {
            return new io.wasm4j.spi.HeapMemoryCreator();
        }
        if (matching.isEmpty()) {
            throw new IllegalStateException("memory creator '" + config.memoryCreator() + "' not found"
                    + ("mmap".equals(config.memoryCreator()) ? ": add the artifact io.wasm4j:wasm4j-memory-mmap" : "")
                    + "; present: "
                    + plugins.memoryCreators().stream()
                            .map(MemoryCreator::id)
                            .collect(Collectors.joining(", ", "[", "]")));
        }
        if (matching.size() > 1) {
            throw new IllegalStateException("ambiguous memory creator '" + config.memoryCreator() + "': "
                    + matching.stream().map(m -> m.getClass().getName()).collect(Collectors.joining(", ")));
        }
        MemoryCreator m = matching.getFirst();
        if (!m.isSupported()) {
            throw new IllegalStateException("memory creator '" + m.id() + "' is not supported on this platform");
        }
        return m;
    }

    @Provides
    @Nullable
    static TextFormat textFormat(PluginSource plugins) {
        return plugins.textFormats().isEmpty() ? null : plugins.textFormats().getFirst();
    }

    @Provides
    @Singleton
    static TypeRegistry types() {
        return new TypeRegistry();
    }
}
