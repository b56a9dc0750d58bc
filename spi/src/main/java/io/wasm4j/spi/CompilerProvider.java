package io.wasm4j.spi;

import io.wasm4j.core.ValidatedModule;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A backend: turns validated modules into {@link CompiledModule}s. Found with {@link
 * java.util.ServiceLoader} ({@code provides io.wasm4j.spi.CompilerProvider with ...}); the facade picks
 * one by {@link #id()} or, for {@code Strategy.AUTO}, the supported provider of highest {@link
 * #priority()}.
 *
 * <p>Implementations must:
 *
 * <ul>
 *   <li>have a public no-argument constructor, be cheap to construct and safe for concurrent use;
 *   <li>have a unique, stable {@link #id()} ({@code "interp"}, {@code "bytecode"}, {@code "native"});
 *   <li>answer {@link #isSupported()} without side effects (e.g. {@code false} on a platform whose
 *       machine code they cannot emit, or where defining classes at run time is forbidden);
 *   <li>reject, in {@link #compile}, setting names not in {@link #settingNames()} with an {@link
 *       IllegalArgumentException} that lists the valid ones;
 *   <li>never import the facade ({@code io.wasm4j}) or its internals;
 *   <li>implement the whole module contract: {@link CompiledModule}, {@link ModuleInstance}, {@link
 *       WasmFunction}, traps as {@link Trap}, wasm exceptions as {@link ThrownException}.
 * </ul>
 */
public interface CompilerProvider {
    /** Returns the backend's id, used in {@code Config} and in messages. */
    String id();

    /** Returns the preference for {@code Strategy.AUTO}: the highest supported wins. */
    int priority();

    /** Returns whether this backend works on this JVM and platform. */
    boolean isSupported();

    /** Returns the names of the settings this backend accepts in {@link CompileContext#settings()}. */
    default Set<String> settingNames() {
        return Set.of();
    }

    /**
     * Rejects setting names this backend does not know; call it first in {@link #compile}.
     *
     * @param settings the settings given to this backend
     * @throws IllegalArgumentException naming the unknown settings and the valid ones
     */
    default void checkSettings(Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(settingNames());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown " + id() + " settings " + unknown + "; valid settings: " + new TreeSet<>(settingNames()));
        }
    }

    /**
     * Compiles a validated module.
     *
     * @param module the module, already decoded and validated
     * @param context the engine's type registry, limits and this backend's settings
     * @return the compiled module
     * @throws IllegalArgumentException for an unknown setting, naming the valid ones
     * @throws UnsupportedOperationException if the module uses a feature this backend does not support
     */
    CompiledModule compile(ValidatedModule module, CompileContext context);
}
