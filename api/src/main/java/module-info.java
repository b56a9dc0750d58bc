/**
 * The wasm4j embedding API. Exports only {@code io.wasm4j}; implementation lives in unexported {@code
 * io.wasm4j.internal.*} packages.
 *
 * <p>Plugins are found with {@link java.util.ServiceLoader}: backends ({@link
 * io.wasm4j.spi.CompilerProvider}), memory creators ({@link io.wasm4j.spi.MemoryCreator}) and the text
 * format ({@link io.wasm4j.spi.TextFormat}). When no text format is provided but the optional {@code
 * io.wasm4j.wat} module is present ({@code requires static}), its {@code Wat.parse} is used.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.wasm4j {
    requires transitive io.wasm4j.spi;
    requires static io.wasm4j.wat;
    requires dagger;
    requires static jakarta.inject;

    exports io.wasm4j;

    uses io.wasm4j.spi.CompilerProvider;
    uses io.wasm4j.spi.MemoryCreator;
    uses io.wasm4j.spi.TextFormat;
}
