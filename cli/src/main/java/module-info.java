/**
 * The {@code wasm4j} command line: {@code run}, {@code wast} and {@code settings}. Exports nothing; start it
 * with {@code java --module-path ... -m io.wasm4j.cli/io.wasm4j.cli.Main} (the {@code ./wasm4j} launcher
 * does).
 *
 * <p>{@code uses} the plugin contracts only so that {@code wasm4j settings} can list every provider found,
 * broken ones included; running modules goes through the facade, which chooses the plugins.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.wasm4j.cli {
    requires io.wasm4j;
    requires io.wasm4j.wat;
    requires io.wasm4j.wasi;
    // Read by no code: keeps the mmap memory creator (run --memory=mmap) in images linked without --bind-services.
    requires io.wasm4j.memory.mmap;
    requires info.picocli;

    opens io.wasm4j.cli to
            info.picocli;

    uses io.wasm4j.spi.CompilerProvider;
    uses io.wasm4j.spi.MemoryCreator;
    uses io.wasm4j.spi.TextFormat;
    uses io.wasm4j.spi.WasiProvider;
}
