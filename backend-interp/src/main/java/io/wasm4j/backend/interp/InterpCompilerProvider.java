package io.wasm4j.backend.interp;

import io.wasm4j.backend.interp.internal.InterpModule;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;

/**
 * The interpreter backend ({@code "interp"}): portable, instant start, no code generation. Each function
 * is translated on compile into pre-decoded code that an interpreter loop executes.
 *
 * <p>Thread safety: stateless, safe for concurrent use.
 */
public final class InterpCompilerProvider implements CompilerProvider {
    /** Creates the provider (ServiceLoader calls this). */
    public InterpCompilerProvider() {}

    @Override
    public String id() {
        return "interp";
    }

    /** Returns 10: lower than code-generating backends, which win {@code AUTO} when present. */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public CompiledModule compile(ValidatedModule module, CompileContext context) {
        checkSettings(context.settings());
        return InterpModule.compile(module, context);
    }
}
