/**
 * The bytecode backend of wasm4j (id {@code "bytecode"}): compiles each WebAssembly function into a
 * static JVM method with ASM, so the JVM's JIT compiles WebAssembly code like Java code.
 *
 * <p>Exports nothing; {@code provides} the {@link io.wasm4j.spi.CompilerProvider}.
 */
module io.wasm4j.backend.bytecode {
    requires io.wasm4j.spi;
    requires org.objectweb.asm;

    uses io.wasm4j.spi.CompilerProvider;

    provides io.wasm4j.spi.CompilerProvider with
            io.wasm4j.backend.bytecode.BytecodeCompilerProvider;
}
