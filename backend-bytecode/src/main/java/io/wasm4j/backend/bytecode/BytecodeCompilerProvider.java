package io.wasm4j.backend.bytecode;

import io.wasm4j.backend.bytecode.internal.BcModule;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.CompilerProvider;
import java.util.Locale;
import java.util.Set;

/**
 * The bytecode backend ({@code "bytecode"}): compiles every WebAssembly function into a static JVM method
 * with ASM and defines the classes as hidden classes, so the JIT optimises WebAssembly like Java.
 *
 * <p>Setting {@code lazy}: {@code true} compiles each group of functions when one of them is first called,
 * {@code false} compiles all functions before {@code compile} returns; by default ({@code auto}), modules
 * with at least {@value #LAZY_CODE_BYTES} bytes of function bodies are compiled lazily.
 *
 * <p>Setting {@code methodLimit}: the largest JVM method, in bytes of bytecode, the backend aims for; a
 * function whose method would be larger is split into several methods (default {@code 6000}, below
 * HotSpot's 8,000-byte limit for JIT compilation; {@code 0} never splits).
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

    /** The size of function bodies from which {@code lazy=auto} compiles lazily. */
    public static final int LAZY_CODE_BYTES = 256 * 1024;

    @Override
    public Set<String> settingNames() {
        return Set.of("lazy", "methodLimit");
    }

    @Override
    public CompiledModule compile(ValidatedModule module, CompileContext context) {
        checkSettings(context.settings());
        String lazy = context.settings().getOrDefault("lazy", "auto").toLowerCase(Locale.ROOT);
        boolean isLazy = switch (lazy) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> codeBytes(module) >= LAZY_CODE_BYTES;
            default ->
                throw new IllegalArgumentException(
                        "bytecode setting lazy must be true, false or auto, not '" + lazy + "'");
        };
        return BcModule.compile(module, context, isLazy);
    }

    private static long codeBytes(ValidatedModule module) {
        var w = module.module();
        if (w.funcCount() == w.importedFuncCount()) {
            return 0;
        }
        return module.functionCode(w.funcCount() - 1).bodyEnd()
                - module.functionCode(w.importedFuncCount()).bodyStart();
    }
}
