package io.wasm4j.spi;

import java.util.Map;
import java.util.Objects;

/**
 * What a backend gets from the engine when compiling. New components may be added in later versions.
 *
 * @param types the engine's type registry: backends canonicalise the module's types here ({@code
 *     types.register(module.module().recGroups())}, which returns the same objects each time)
 * @param maxWasmStack the most stack, in bytes, that guest code may use before trapping with {@link
 *     TrapCode#STACK_EXHAUSTED}; backends approximate it (e.g. by a frame count)
 * @param settings backend-specific settings, only names from {@link CompilerProvider#settingNames()}
 */
public record CompileContext(TypeRegistry types, long maxWasmStack, Map<String, String> settings) {
    /** Creates the context; the map is copied. */
    public CompileContext {
        Objects.requireNonNull(types);
        settings = Map.copyOf(settings);
        if (maxWasmStack <= 0) {
            throw new IllegalArgumentException("maxWasmStack must be positive: " + maxWasmStack);
        }
    }
}
