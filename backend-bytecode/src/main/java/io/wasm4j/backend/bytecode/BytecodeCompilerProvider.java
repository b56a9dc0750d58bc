package io.wasm4j.backend.bytecode;

import io.wasm4j.backend.bytecode.internal.BcModule;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;

/**
 * The bytecode backend ({@code "bytecode"}): compiles every WebAssembly function into a static JVM method
 * with ASM and defines the classes as hidden classes, so the JIT optimises WebAssembly like Java.
 *
 * <p>Thread safety: stateless, safe for concurrent use.
 */
public final class BytecodeCompilerProvider implements CompilerProvider {
    /** Creates the provider (ServiceLoader calls this). */
    public BytecodeCompilerProvider() {}

    @Override
    public String id() {
        return "bytecode";
    }

    /** Returns 50: above the interpreter, so {@code AUTO} picks this backend when it is present. */
    @Override
    public int priority() {
        return 50;
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public CompiledModule compile(ValidatedModule module, CompileContext context) {
        checkSettings(context.settings());
        return BcModule.compile(module, context);
    }
}
