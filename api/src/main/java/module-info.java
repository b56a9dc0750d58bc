/**
 * The wasm4j embedding API. Exports only {@code io.wasm4j}; implementation lives in unexported {@code
 * io.wasm4j.internal.*} packages.
 *
 * <p>Plugins are found with {@link java.util.ServiceLoader}: backends ({@link
 * io.wasm4j.spi.CompilerProvider}), memory creators ({@link io.wasm4j.spi.MemoryCreator}) and the text
 * format ({@link io.wasm4j.spi.TextFormat}, provided by {@code io.wasm4j.wat}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.wasm4j {
    requires transitive io.wasm4j.spi;
    requires dagger;
    requires static jakarta.inject;

    exports io.wasm4j;

    uses io.wasm4j.spi.CompilerProvider;
    uses io.wasm4j.spi.MemoryCreator;
    uses io.wasm4j.spi.TextFormat;
}
