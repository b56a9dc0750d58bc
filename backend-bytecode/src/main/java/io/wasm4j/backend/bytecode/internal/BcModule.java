package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * A module compiled to JVM classes: its defined functions in chunks of {@link #CHUNK} functions, one
 * hidden class per chunk (compiled in parallel on the common pool, which is sized to the machine), each
 * carrying this module as class data for cross-chunk call linking. A chunk whose constant pool overflows
 * is split into halves; a function too large for one JVM method runs in the interpreter through a stub
 * (see {@link FallbackModule} and docs/adr/0022).
 */
public final class BcModule implements CompiledModule {
    /** The number of functions per generated class. */
    static final int CHUNK = 200;

    /** Test hook: receives every generated class file before it is defined (null in production). */
    static volatile java.util.function.Consumer<byte[]> classListener;

    final ValidatedModule validated;
    final WasmModule wasm;
    final DefinedType[] types;
    /** Whether any function makes a tail call other than to itself: then calls check for pending ones. */
    final boolean hasTailCalls;

    private final MethodHandle[] handles;
    private final MethodHandles.Lookup[] chunkLookups;
    /** Per function index: the index of its class in {@link #chunkLookups}. */
    private final int[] chunkOf;
    /** Per function index: the fallback module of a function too large for one JVM method, else null. */
    final CompiledModule[] fallbacks;
    /** The largest bytecode size of a generated method, and how many exceed HotSpot's JIT limit. */
    private int maxMethodSize;

    private int hugeMethodCount;

    private BcModule(ValidatedModule validated, CompileContext context) {
        this.validated = validated;
        this.wasm = validated.module();
        this.types = context.types().register(wasm.recGroups());
        this.handles = new MethodHandle[wasm.funcCount()];
        int imported = wasm.importedFuncCount();
        ModuleFacts facts = ModuleFacts.of(validated);
        this.hasTailCalls = facts.hasTailCalls;
        List<ChunkCompiler> chunks = new ArrayList<>();
        for (int f = imported; f < wasm.funcCount(); f += CHUNK) {
            chunks.add(new ChunkCompiler(validated, f, Math.min(wasm.funcCount(), f + CHUNK), facts));
        }
        var parts = new java.util.concurrent.atomic.AtomicReferenceArray<List<ChunkCompiler.Result>>(chunks.size());
        if (chunks.size() == 1) {
            parts.set(0, chunks.getFirst().compileSplitting());
        } else {
            List<ForkJoinTask<?>> tasks = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                int c = i;
                tasks.add(ForkJoinPool.commonPool()
                        .submit(() -> parts.set(c, chunks.get(c).compileSplitting())));
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
        }
        List<ChunkCompiler.Result> results = new ArrayList<>();
        for (int i = 0; i < parts.length(); i++) {
            results.addAll(parts.get(i));
        }
        byte[][] classes = new byte[results.size()][];
        this.chunkOf = new int[wasm.funcCount()];
        List<Set<Integer>> chunkFallbacks = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ChunkCompiler.Result res = results.get(i);
            classes[i] = res.classFile();
            chunkFallbacks.add(res.fallbacks());
            java.util.Arrays.fill(chunkOf, res.chunk().first, res.chunk().end, i);
        }
        this.fallbacks = new CompiledModule[wasm.funcCount()];
        for (Set<Integer> set : chunkFallbacks) {
            for (int f : set) {
                fallbacks[f] = FallbackModule.compile(validated, f, context);
            }
        }
        for (byte[] c : classes) {
            for (int size : MethodSizes.of(c)) {
                maxMethodSize = Math.max(maxMethodSize, size);
                if (size > MethodSizes.JIT_LIMIT) {
                    hugeMethodCount++;
                }
            }
        }
        var listener = classListener;
        if (listener != null) {
            for (byte[] c : classes) {
                listener.accept(c);
            }
        }
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        this.chunkLookups = new MethodHandles.Lookup[classes.length];
        for (int i = 0; i < classes.length; i++) {
            try {
                chunkLookups[i] = lookup.defineHiddenClassWithClassData(classes[i], this, true);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot define generated code", e);
            }
        }
    }

    /** Compiles every function of {@code module}. */
    public static BcModule compile(ValidatedModule module, CompileContext context) {
        return new BcModule(module, context);
    }

    /** Returns the number of generated classes. */
    public int classCount() {
        return chunkLookups.length;
    }

    /** Returns whether function {@code funcIndex} runs in the fallback backend (too large for one method). */
    public boolean isFallback(int funcIndex) {
        return fallbacks[funcIndex] != null;
    }

    /** Returns the bytecode size of the largest generated method. */
    public int maxMethodSize() {
        return maxMethodSize;
    }

    /** Returns how many generated methods exceed HotSpot's 8,000-byte JIT limit ({@link MethodSizes#JIT_LIMIT}). */
    public int hugeMethodCount() {
        return hugeMethodCount;
    }

    /** Returns the static method of defined function {@code funcIndex} (looked up on first use). */
    MethodHandle staticHandle(int funcIndex) {
        MethodHandle h = handles[funcIndex];
        if (h == null) {
            MethodHandles.Lookup chunk = chunkLookups[chunkOf[funcIndex]];
            try {
                h = chunk.findStatic(
                        chunk.lookupClass(),
                        ChunkCompiler.methodName(funcIndex),
                        MethodType.fromMethodDescriptorString(
                                Kinds.staticDesc(wasm.funcTypeOf(funcIndex)), BcModule.class.getClassLoader()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("generated method missing: " + funcIndex, e);
            }
            handles[funcIndex] = h;
        }
        return h;
    }

    @Override
    public ValidatedModule module() {
        return validated;
    }

    @Override
    public ModuleInstance instantiate(Imports imports, InstanceContext context) {
        BcInstance inst = new BcInstance(this, context);
        inst.initialize(imports, context);
        for (int f = 0; f < wasm.importedFuncCount(); f++) {
            inst.importHandles[f] = inst.functions[f].handle();
        }
        return inst;
    }
}
