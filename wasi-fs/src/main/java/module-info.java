/**
 * WASI preview 1 ({@code wasi_snapshot_preview1} and the legacy {@code wasi_unstable}) over {@code
 * java.nio.file}. Exports the builder API {@code io.wasm4j.wasi}; the implementation lives in the
 * unexported {@code io.wasm4j.wasi.internal}.
 *
 * <p>{@code provides} {@link io.wasm4j.spi.WasiProvider} so that the command line and embedders can find WASI
 * with {@link java.util.ServiceLoader} without naming this module.
 */
module io.wasm4j.wasi {
    requires transitive io.wasm4j;
    requires java.management;

    exports io.wasm4j.wasi;

    provides io.wasm4j.spi.WasiProvider with
            io.wasm4j.wasi.internal.FsWasiProvider;
}
