/**
 * The default feature set of wasm4j, like a crate's default features: the embedding API ({@code
 * io.wasm4j}), the text format ({@code io.wasm4j.wat}), WASI over {@code java.nio.file} ({@code
 * io.wasm4j.wasi}) and both backends. {@link io.wasm4j.Strategy#AUTO} picks the bytecode backend; the
 * interpreter stays for platforms that forbid defining classes at run time.
 *
 * <p>Contains no classes. It {@code requires} the backends (which export nothing) so that a module graph
 * rooted here, a {@code jlink} image included, holds them without {@code --bind-services}.
 */
module io.wasm4j.defaults {
    requires transitive io.wasm4j;
    requires transitive io.wasm4j.wat;
    requires transitive io.wasm4j.wasi;
    requires io.wasm4j.backend.interp;
    requires io.wasm4j.backend.bytecode;
}
