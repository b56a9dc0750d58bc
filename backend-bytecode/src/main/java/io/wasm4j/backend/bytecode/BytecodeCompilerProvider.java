package io.wasm4j.backend.bytecode;

import io.wasm4j.backend.bytecode.internal.BcModule;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;
import java.util.Set;
import java.util.TreeSet;

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
        Set<String> unknown = new TreeSet<>(context.settings().keySet());
        unknown.removeAll(settingNames());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown bytecode settings " + unknown + "; valid settings: " + new TreeSet<>(settingNames()));
        }
        return BcModule.compile(module, context);
    }
}
