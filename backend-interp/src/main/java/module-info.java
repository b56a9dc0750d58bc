/**
 * The portable interpreter backend of wasm4j (id {@code "interp"}): translates each function into a
 * compact pre-decoded form and executes it over a primitive value stack. It defines no classes at run
 * time, so it works wherever the JVM runs.
 *
 * <p>Exports nothing; {@code provides} the {@link io.wasm4j.spi.CompilerProvider}.
 */
module io.wasm4j.backend.interp {
    requires io.wasm4j.spi;

    provides io.wasm4j.spi.CompilerProvider with
            io.wasm4j.backend.interp.InterpCompilerProvider;
}
