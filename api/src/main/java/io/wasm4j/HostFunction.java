package io.wasm4j;

/**
 * A host function on the untyped path: receives the arguments as {@link Val}s and returns the results.
 * For an allocation-free path define the function with a {@link java.lang.invoke.MethodHandle} instead
 * ({@link Linker#func(String, String, java.lang.invoke.MethodHandle)}).
 *
 * <p>Exceptions thrown here reach the embedder with their own type, with the WebAssembly frames they
 * passed attached ({@link io.wasm4j.spi.WasmBacktrace#find(Throwable)}); a {@link io.wasm4j.spi.Trap}
 * thrown here is a trap of the calling code.
 *
 * @param <T> the store's data type
 */
@FunctionalInterface
public interface HostFunction<T> {
    /**
     * Runs the function.
     *
     * @param caller the store's data and the calling instance's exports
     * @param args the arguments, typed as the function's parameters
     * @return the results, typed as the function's results ({@link Val#NONE} or {@code null} for none)
     */
    Val[] call(Caller<T> caller, Val[] args);
}
