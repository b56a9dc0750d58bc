/**
 * The wasm4j embedding API, shaped after wasmtime's: an {@link io.wasm4j.Engine} compiles {@link
 * io.wasm4j.Module}s, a {@link io.wasm4j.Linker} resolves their imports, a {@link io.wasm4j.Store} owns
 * the resulting {@link io.wasm4j.Instance}s and the host's data.
 *
 * <p>Traps are {@link io.wasm4j.spi.Trap}s and WebAssembly types are the records of {@code
 * io.wasm4j.core} ({@link io.wasm4j.core.FuncType}, {@link io.wasm4j.core.ValType}, ...): both modules are
 * read transitively by this one.
 *
 * <p>Thread safety: an {@code Engine}, {@code Module} and {@code Linker} (once defined) may be shared
 * between threads; a {@code Store} and everything it owns is used by one thread at a time.
 */
package io.wasm4j;
