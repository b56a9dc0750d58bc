package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.code.FunctionCode;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

/**
 * Decides whether a function is compiled as one method or split into region methods ({@link Split}), so
 * that every generated method stays at most the module's method limit ({@link ModuleFacts#methodLimit}).
 *
 * <p>A function whose body is small enough that its method cannot reach the limit is compiled directly.
 * Otherwise it is first compiled alone into a scratch class to measure its method (not when its body
 * alone is larger than the limit: such a method is practically always over it); if that is over the
 * limit, it is split with a plan budget below the limit, measured again, and re-planned with a smaller
 * budget (at most {@value #ATTEMPTS} times) while some method is still over it. The best split is kept if
 * it is smaller than the single method; a function that no split brings under the JVM's 64 KiB limit
 * stays one method, and so in the interpreter fallback (docs/adr/0022).
 *
 * <p>A limit below {@value #FORCED_BELOW} is a test setting: every function is split with that budget, no
 * measuring, which cuts nearly every instruction into its own region.
 */
final class MethodSplitter {
    /** The default limit: well below HotSpot's 8,000-byte {@code DontCompileHugeMethods} limit. */
    static final int DEFAULT_LIMIT = 6000;

    /** Limits below this force splitting of every function (for tests). */
    static final int FORCED_BELOW = 1000;

    /** The most bytecode one byte of function body is assumed to compile to (memory accesses come close). */
    private static final int BYTES_PER_BODY_BYTE = 12;

    private static final int ATTEMPTS = 4;

    private MethodSplitter() {}

    /**
     * The default limit: the system property {@code wasm4j.bytecode.methodLimit} if set (so that test runs
     * of other modules can force splitting), else {@link #DEFAULT_LIMIT}.
     */
    static int defaultLimit() {
        return Integer.getInteger("wasm4j.bytecode.methodLimit", DEFAULT_LIMIT);
    }

    /** Compiles function {@code f} into {@code mv}, adding region methods to {@code cw} if it is split. */
    static void compile(ChunkCompiler chunk, ClassVisitor cw, MethodVisitor mv, int f) {
        int limit = chunk.facts.methodLimit;
        FunctionCode fc = chunk.validated.functionCode(f);
        if (limit <= 0) {
            new FuncCompiler(chunk, mv, f).compile();
            return;
        }
        if (limit < FORCED_BELOW) {
            RegionPlan plan = RegionPlan.of(chunk.wasm.bytes(), fc, limit);
            if (plan.isEmpty()) {
                new FuncCompiler(chunk, mv, f).compile();
            } else {
                new Split(chunk, cw, f, plan).compile(mv);
            }
            return;
        }
        if ((long) (fc.bodyEnd() - fc.bodyStart()) * BYTES_PER_BODY_BYTE <= limit) {
            new FuncCompiler(chunk, mv, f).compile();
            return;
        }
        // a body larger than the limit compiles to more bytecode than that (practically always): don't measure
        int single = fc.bodyEnd() - fc.bodyStart() > limit ? Integer.MAX_VALUE : measure(chunk, f, null);
        if (single <= limit) {
            new FuncCompiler(chunk, mv, f).compile();
            return;
        }
        RegionPlan best = null;
        int bestSize = single;
        int budget = limit * 3 / 4;
        for (int i = 0; i < ATTEMPTS && budget >= RegionPlan.CALL_COST; i++) {
            RegionPlan plan = RegionPlan.of(chunk.wasm.bytes(), fc, budget);
            if (plan.isEmpty()) {
                break;
            }
            int size = measure(chunk, f, plan);
            if (size < bestSize) {
                best = plan;
                bestSize = size;
            }
            if (size <= limit) {
                break;
            }
            budget = (int) (budget * Math.min(0.8, 0.9 * limit / (double) size));
        }
        if (best == null) {
            new FuncCompiler(chunk, mv, f).compile();
        } else {
            new Split(chunk, cw, f, best).compile(mv);
        }
    }

    /**
     * Compiles function {@code f} alone (as one method, or split by {@code plan}) into a scratch class and
     * returns its largest method's bytecode size, or {@link Integer#MAX_VALUE} if one exceeds 64 KiB (or the
     * class its constant pool).
     */
    private static int measure(ChunkCompiler chunk, int f, RegionPlan plan) {
        ClassWriter cw = ChunkCompiler.classWriter();
        cw.visit(V25, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, chunk.className, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(
                ACC_STATIC | ACC_SYNTHETIC,
                ChunkCompiler.methodName(f),
                Kinds.staticDesc(chunk.wasm.funcTypeOf(f), chunk.facts.depthLimit > 0),
                null,
                null);
        if (plan == null) {
            new FuncCompiler(chunk, mv, f).compile();
        } else {
            new Split(chunk, cw, f, plan).compile(mv);
        }
        cw.visitEnd();
        try {
            int max = 0;
            for (int size : MethodSizes.of(cw.toByteArray())) {
                max = Math.max(max, size);
            }
            return max;
        } catch (MethodTooLargeException | ClassTooLargeException e) {
            // too large either way: the caller keeps the single method, and with it the fallback
            return Integer.MAX_VALUE;
        }
    }
}
