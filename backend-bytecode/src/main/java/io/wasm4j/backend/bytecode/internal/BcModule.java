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

/**
 * A module compiled to JVM classes: its defined functions in groups, one hidden class per group (see
 * {@link CodeClasses}: all compiled at once in parallel, or each on first use), each carrying this module
 * as class data for cross-class call linking. A group whose constant pool overflows is split into halves; a
 * function too large for one JVM method runs in the interpreter through a stub (see {@link FallbackModule}
 * and docs/adr/0022).
 */
public final class BcModule implements CompiledModule {
    /** Test hook: receives every generated class file before it is defined (null in production). */
    static volatile java.util.function.Consumer<byte[]> classListener;

    final ValidatedModule validated;
    final WasmModule wasm;
    final DefinedType[] types;
    /** Whether any function makes a tail call other than to itself: then calls check for pending ones. */
    final boolean hasTailCalls;
    /** What the compiler needs to know about the whole module (memory use, growth, tail calls). */
    final ModuleFacts facts;

    /** The switch the interruption checks of this module's code link to. */
    final Interrupts interrupts = new Interrupts();

    private final MethodHandle[] handles;
    private final CodeClasses classes;
    /** Per function index: the fallback module of a function too large for one JVM method, else null. */
    final CompiledModule[] fallbacks;
    /** Generated so far: classes, the largest method's bytecode size, methods over HotSpot's JIT limit. */
    private int classCount;

    private int maxMethodSize;
    private int hugeMethodCount;

    private BcModule(ValidatedModule validated, CompileContext context, boolean lazy) {
        this.validated = validated;
        this.wasm = validated.module();
        this.types = context.types().register(wasm.recGroups());
        this.handles = new MethodHandle[wasm.funcCount()];
        this.fallbacks = new CompiledModule[wasm.funcCount()];
        this.facts = ModuleFacts.of(validated)
                .withLimits(context.epochInterruption(), context.consumeFuel(), CallDepth.limit(context.maxWasmStack()))
                .withMethodLimit(methodLimit(context));
        this.hasTailCalls = facts.hasTailCalls;
        this.classes = new CodeClasses(this, context, lazy);
    }

    /** The setting {@code methodLimit} (see {@link MethodSplitter}), or its default. */
    private static int methodLimit(CompileContext context) {
        String s = context.settings().get("methodLimit");
        if (s == null) {
            return MethodSplitter.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(s.strip());
            if (limit >= 0 && limit <= 65535) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "bytecode setting methodLimit must be a number of bytes from 0 (no splitting) to 65535, not '" + s
                        + "'");
    }

    /** Counts a generated class before it is defined, and passes it to the test hook. */
    synchronized void noteClass(byte[] classFile) {
        classCount++;
        for (int size : MethodSizes.of(classFile)) {
            maxMethodSize = Math.max(maxMethodSize, size);
            if (size > MethodSizes.JIT_LIMIT) {
                hugeMethodCount++;
            }
        }
        var listener = classListener;
        if (listener != null) {
            listener.accept(classFile);
        }
    }

    /** Compiles every function of {@code module} now. */
    public static BcModule compile(ValidatedModule module, CompileContext context) {
        return new BcModule(module, context, false);
    }

    /**
     * Compiles the functions of {@code module} now ({@code lazy} false) or each group of them when one is first
     * linked ({@code lazy} true; see {@link CodeClasses}).
     */
    public static BcModule compile(ValidatedModule module, CompileContext context, boolean lazy) {
        return new BcModule(module, context, lazy);
    }

    /** Returns whether functions are compiled on first use. */
    public boolean isLazy() {
        return classes.lazy();
    }

    /** Returns the number of classes generated so far. */
    public synchronized int classCount() {
        return classCount;
    }

    /**
     * Returns whether function {@code funcIndex} runs in the fallback backend (too large for one method);
     * compiles it if it was not yet.
     */
    public boolean isFallback(int funcIndex) {
        return classes.isFallback(funcIndex);
    }

    /** Returns the bytecode size of the largest method generated so far. */
    public synchronized int maxMethodSize() {
        return maxMethodSize;
    }

    /**
     * Returns how many methods generated so far exceed HotSpot's 8,000-byte JIT limit ({@link
     * MethodSizes#JIT_LIMIT}).
     */
    public synchronized int hugeMethodCount() {
        return hugeMethodCount;
    }

    /** Returns the static method of defined function {@code funcIndex} (looked up on first use). */
    MethodHandle staticHandle(int funcIndex) {
        MethodHandle h = handles[funcIndex];
        if (h == null) {
            MethodHandles.Lookup chunk = classes.lookupOf(funcIndex);
            try {
                h = chunk.findStatic(
                        chunk.lookupClass(),
                        ChunkCompiler.methodName(funcIndex),
                        MethodType.fromMethodDescriptorString(
                                Kinds.staticDesc(wasm.funcTypeOf(funcIndex), facts.depthLimit > 0),
                                BcModule.class.getClassLoader()));
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
