package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.spi.TrapCode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * How this backend applies {@code CompileContext.maxWasmStack()} (docs/adr/0027).
 *
 * <p>A limit below {@link #COUNTED_BELOW} (the engine's default, 512 KiB) is turned into a frame limit as
 * the interpreter does, {@code max(256, bytes / 160)}, and compiled into every function. The depth travels
 * in a register: each compiled method takes one more parameter after the instance, {@code int depth}, the
 * number of wasm frames below it; its entry traps with {@code call stack exhausted} when {@code depth} has
 * reached the limit, and its direct calls pass {@code depth + 1}. Only where a call leaves compiled code
 * (imports, {@code call_indirect}, {@code call_ref}, fallback functions, and a pending tail call) does the
 * code write the depth to the store's {@link io.wasm4j.spi.StoreContext#callDepth}, which the callee's
 * typed entry ({@link BcFunction#handle()}) reads as its base and restores when it returns or throws. So
 * re-entry through the host and calls between instances of a store count together, a wasm exception
 * handler needs nothing (its frame's depth is its parameter), and a trap leaves the store as the host saw
 * it.
 *
 * <p>From {@link #COUNTED_BELOW} up nothing is compiled in, and the JVM thread stack bounds the depth (its
 * {@code StackOverflowError} becomes the same trap): the default configuration pays nothing.
 */
final class CallDepth {
    /** Limits from here up are left to the JVM thread stack: the engine's default maximum wasm stack. */
    static final long COUNTED_BELOW = 512 * 1024;

    /** The stack one frame is assumed to take, as in the interpreter. */
    static final int BYTES_PER_FRAME = 160;

    /** The smallest frame limit, as in the interpreter. */
    static final int MIN_DEPTH = 256;

    private static final String STORE = "io/wasm4j/spi/StoreContext";
    private static final MethodHandle READ;
    private static final MethodHandle RESTORE;
    private static final MethodHandle RESTORE_VOID;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            READ = l.findStatic(CallDepth.class, "read", MethodType.methodType(int.class, BcInstance.class));
            RESTORE = l.findStatic(
                    CallDepth.class,
                    "restore",
                    MethodType.methodType(Object.class, BcInstance.class, Throwable.class, Object.class, int.class));
            RESTORE_VOID = l.findStatic(
                    CallDepth.class,
                    "restore",
                    MethodType.methodType(void.class, BcInstance.class, Throwable.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CallDepth() {}

    /** Returns the frame limit to compile into function entries, or 0 when frames are not counted. */
    static int limit(long maxWasmStack) {
        if (maxWasmStack >= COUNTED_BELOW) {
            return 0;
        }
        return (int) Math.max(MIN_DEPTH, maxWasmStack / BYTES_PER_FRAME);
    }

    /** Emits a function entry's check: {@code if (depth >= limit) throw trap}. */
    static void check(MethodVisitor mv, int limit, int depthSlot) {
        mv.visitVarInsn(ILOAD, depthSlot);
        mv.visitLdcInsn(limit);
        Label ok = new Label();
        mv.visitJumpInsn(IF_ICMPLT, ok);
        mv.visitLdcInsn(TrapCode.STACK_EXHAUSTED.ordinal());
        mv.visitMethodInsn(
                INVOKESTATIC, "io/wasm4j/backend/bytecode/internal/Rt", "trap", "(I)Lio/wasm4j/spi/Trap;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    /**
     * When frames are counted, writes this frame's depth plus {@code plus} to the store, for code that does
     * not get it as a parameter (see {@link CallDepth}).
     */
    static void publishDepth(FuncCompiler c, int plus) {
        if (c.depthSlot >= 0) {
            publish(c.mv, c.instSlot, c.depthSlot, plus);
        }
    }

    /** When frames are counted, pushes the depth a direct callee gets: this frame's plus one. */
    static void pushCalleeDepth(FuncCompiler c) {
        if (c.depthSlot >= 0) {
            c.mv.visitVarInsn(ILOAD, c.depthSlot);
            c.mv.visitInsn(ICONST_1);
            c.mv.visitInsn(IADD);
        }
    }

    /** Emits {@code inst.store.callDepth = depth + plus}: before a call that leaves compiled code. */
    static void publish(MethodVisitor mv, int instSlot, int depthSlot, int plus) {
        mv.visitVarInsn(ALOAD, instSlot);
        mv.visitFieldInsn(GETFIELD, Kinds.INST, "store", "L" + STORE + ";");
        mv.visitVarInsn(ILOAD, depthSlot);
        if (plus != 0) {
            mv.visitInsn(ICONST_0 + plus);
            mv.visitInsn(IADD);
        }
        mv.visitFieldInsn(PUTFIELD, STORE, "callDepth", "I");
    }

    /**
     * Adapts {@code target}, {@code (params..., int depth) → r} with the instance bound, into the typed entry
     * {@code (params...) → r}: it passes the store's depth and restores it however the call ends.
     */
    static MethodHandle entry(MethodHandle target, BcInstance inst) {
        MethodType type = target.type();
        int n = type.parameterCount() - 1;
        Class<?> r = type.returnType();
        // (int depth, params...) → r
        int[] order = new int[n + 1];
        for (int i = 0; i < n; i++) {
            order[i] = i + 1;
        }
        MethodType front = type.dropParameterTypes(n, n + 1).insertParameterTypes(0, int.class);
        MethodHandle t = MethodHandles.permuteArguments(target, front, order);
        MethodHandle cleanup = r == void.class
                ? RESTORE_VOID.bindTo(inst)
                : MethodHandles.insertArguments(RESTORE, 0, inst)
                        .asType(MethodType.methodType(r, Throwable.class, r, int.class));
        t = MethodHandles.tryFinally(t, cleanup);
        return MethodHandles.foldArguments(t, 0, READ.bindTo(inst));
    }

    /** The store's depth where a call enters compiled code. */
    static int read(BcInstance inst) {
        return inst.store.callDepth;
    }

    private static Object restore(BcInstance inst, Throwable t, Object result, int depth) {
        inst.store.callDepth = depth;
        return result;
    }

    private static void restore(BcInstance inst, Throwable t, int depth) {
        inst.store.callDepth = depth;
    }
}
