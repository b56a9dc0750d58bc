package io.wasm4j.internal.engine;

import io.wasm4j.spi.CompilerProvider;
import io.wasm4j.spi.MemoryCreator;
import io.wasm4j.spi.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The plugins an engine can choose from. Production engines use {@link #serviceLoader()}; tests pass
 * their own lists.
 *
 * @param compilers the backends found
 * @param memoryCreators the memory creators found
 * @param textFormats the text-format translators found
 * @param broken one line per provider that failed to load, for error messages
 */
public record PluginSource(
        List<CompilerProvider> compilers,
        List<MemoryCreator> memoryCreators,
        List<TextFormat> textFormats,
        List<String> broken) {

    /** Creates a source; the lists are copied. */
    public PluginSource {
        compilers = List.copyOf(compilers);
        memoryCreators = List.copyOf(memoryCreators);
        textFormats = List.copyOf(textFormats);
        broken = List.copyOf(broken);
    }

    /**
     * Loads every plugin visible to this module, isolating providers that fail to load. Without a {@link
     * TextFormat} provider, the optional {@code io.wasm4j.wat} module serves as one when present.
     */
    public static PluginSource serviceLoader() {
        List<String> broken = new ArrayList<>();
        List<TextFormat> text = load(ServiceLoader.load(TextFormat.class), broken);
        if (text.isEmpty() && BuiltInTextFormat.isAvailable()) {
            text = List.of(new BuiltInTextFormat());
        }
        return new PluginSource(
                load(ServiceLoader.load(CompilerProvider.class), broken),
                load(ServiceLoader.load(MemoryCreator.class), broken),
                text,
                broken);
    }

    private static <S> List<S> load(ServiceLoader<S> loader, List<String> broken) {
        List<S> out = new ArrayList<>();
        var it = loader.stream().iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                var provider = it.next();
                try {
                    out.add(provider.get());
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    broken.add(provider.type().getName() + ": " + e);
                }
            } catch (ServiceConfigurationError e) {
                broken.add(e.getMessage());
            }
        }
        return out;
    }
}
