package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The generated classes of a {@link BcModule}: its defined functions in ranges of a fixed number of
 * functions, each range compiled to one hidden class (or several, when its constant pool overflows; see
 * {@link ChunkCompiler#compileSplitting}) that carries the module as class data.
 *
 * <p>Eagerly, every range is compiled at once, in parallel on the common pool (sized to the machine).
 * Lazily, a range is compiled the first time one of its functions is linked (an export or table entry is
 * called, or an {@code invokedynamic} call from another class runs), so a large program that runs a small
 * part of its code compiles only that part; ranges are then of one function. Either way a range's functions too large for one JVM method get their fallback (see {@link
 * FallbackModule}) when the range is compiled.
 *
 * <p>Thread safety: a range is compiled at most once, under its own lock; its classes are published
 * through an atomic array.
 */
final class CodeClasses {
    /** The number of functions per generated class when compiling eagerly. */
    static final int CHUNK = 200;

    /**
     * The number of functions per generated class when compiling lazily: one, so that exactly the functions
     * that run are compiled (a large program's start-up runs a few functions spread over the whole module).
     */
    static final int LAZY_CHUNK = 1;

    private final BcModule module;
    private final ValidatedModule validated;
    /** The context fallback functions are compiled with. */
    private final CompileContext context;

    private final int imported;
    private final int chunkSize;
    private final boolean lazy;
    /** Per range: its compiled classes, null until compiled. */
    private final AtomicReferenceArray<Compiled> compiled;

    private final Object[] locks;

    /** The classes of one range: the results they came from and their lookups, in the same order. */
    private record Compiled(List<ChunkCompiler.Result> results, MethodHandles.Lookup[] lookups) {}

    CodeClasses(BcModule module, CompileContext context, boolean lazy) {
        this.module = module;
        this.validated = module.validated;
        // the fallback backend gets the engine's context without this backend's settings, which it would reject
        this.context = new CompileContext(
                context.types(),
                context.maxWasmStack(),
                java.util.Map.of(),
                context.epochInterruption(),
                context.consumeFuel());
        this.lazy = lazy;
        WasmModule wasm = validated.module();
        this.imported = wasm.importedFuncCount();
        this.chunkSize = lazy ? LAZY_CHUNK : CHUNK;
        int ranges = (wasm.funcCount() - imported + chunkSize - 1) / chunkSize;
        this.compiled = new AtomicReferenceArray<>(ranges);
        this.locks = new Object[ranges];
        for (int i = 0; i < ranges; i++) {
            locks[i] = new Object();
        }
        if (!lazy) {
            compileAll();
        }
    }

    /** Returns whether ranges are compiled on first use. */
    boolean lazy() {
        return lazy;
    }

    private ChunkCompiler chunk(int range) {
        int first = imported + range * chunkSize;
        int end = Math.min(validated.module().funcCount(), first + chunkSize);
        return new ChunkCompiler(validated, first, end, module.facts);
    }

    private void compileAll() {
        int n = compiled.length();
        if (n == 1) {
            define(0, chunk(0).compileSplitting());
            return;
        }
        var parts = new AtomicReferenceArray<List<ChunkCompiler.Result>>(n);
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = i;
            tasks.add(ForkJoinPool.commonPool().submit(() -> parts.set(c, chunk(c).compileSplitting())));
        }
        try {
            for (ForkJoinTask<?> t : tasks) {
                t.join();
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        for (int i = 0; i < n; i++) {
            define(i, parts.get(i));
        }
    }

    /** Returns the lookup of the class that holds defined function {@code funcIndex}, compiling it if needed. */
    MethodHandles.Lookup lookupOf(int funcIndex) {
        Compiled c = compiled(funcIndex);
        for (int i = 0; i < c.results.size(); i++) {
            if (c.results.get(i).chunk().contains(funcIndex)) {
                return c.lookups[i];
            }
        }
        throw new IllegalStateException("no class holds function " + funcIndex);
    }

    /** Returns whether {@code funcIndex} runs in the fallback backend, compiling its range if needed. */
    boolean isFallback(int funcIndex) {
        for (ChunkCompiler.Result r : compiled(funcIndex).results) {
            if (r.fallbacks().contains(funcIndex)) {
                return true;
            }
        }
        return false;
    }

    private Compiled compiled(int funcIndex) {
        int range = (funcIndex - imported) / chunkSize;
        Compiled c = compiled.get(range);
        if (c == null) {
            synchronized (locks[range]) {
                c = compiled.get(range);
                if (c == null) {
                    c = define(range, chunk(range).compileSplitting());
                }
            }
        }
        return c;
    }

    /** Defines the classes of range {@code range}, after compiling the fallbacks of its functions. */
    private Compiled define(int range, List<ChunkCompiler.Result> results) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandles.Lookup[] lookups = new MethodHandles.Lookup[results.size()];
        for (int i = 0; i < lookups.length; i++) {
            ChunkCompiler.Result res = results.get(i);
            for (int f : res.fallbacks()) {
                CompiledModule fb = FallbackModule.compile(validated, f, context);
                module.fallbacks[f] = fb;
            }
            module.noteClass(res.classFile());
            ClassDump.write(res.classFile());
            try {
                lookups[i] = lookup.defineHiddenClassWithClassData(res.classFile(), module, true);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot define generated code", e);
            }
        }
        Compiled c = new Compiled(results, lookups);
        compiled.set(range, c);
        return c;
    }
}
