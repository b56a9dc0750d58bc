package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.spi.TrapCode;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * How this backend applies {@code CompileContext.maxWasmStack()} (docs/adr/0027).
 *
 * <p>A limit below {@link #COUNTED_BELOW} (the engine's default, 512 KiB) is turned into a frame count as
 * the interpreter does, {@code max(256, bytes / 160)}, and compiled into every function: the entry reads
 * the store's {@link io.wasm4j.spi.StoreContext#callDepth} into a local, traps with {@code call stack
 * exhausted} when it has reached the limit, and stores it plus one; every return and the unwinding block
 * every function already has (see {@link CodeSites}) store the saved value back. So the count is right
 * after normal returns, at every wasm exception handler (the frames between the thrower and the handler
 * restored it while unwinding) and at the host when a trap leaves wasm code. A tail call to another
 * function returns first (see {@link Calls}), and a tail call to the function itself jumps past the entry
 * count, so tail calls do not grow it.
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

    private CallDepth() {}

    /** Returns the frame limit to compile into function entries, or 0 when frames are not counted. */
    static int limit(long maxWasmStack) {
        if (maxWasmStack >= COUNTED_BELOW) {
            return 0;
        }
        return (int) Math.max(MIN_DEPTH, maxWasmStack / BYTES_PER_FRAME);
    }

    /**
     * Emits a function entry's count: {@code store = inst.store; depth = store.callDepth; if (depth >= limit)
     * throw trap; store.callDepth = depth + 1}, with the store and the saved count in locals {@code
     * storeSlot} and {@code depthSlot}.
     */
    static void enter(MethodVisitor mv, int limit, int instSlot, int storeSlot, int depthSlot) {
        mv.visitVarInsn(ALOAD, instSlot);
        mv.visitFieldInsn(GETFIELD, Kinds.INST, "store", "L" + STORE + ";");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, storeSlot);
        mv.visitFieldInsn(GETFIELD, STORE, "callDepth", "I");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, depthSlot);
        mv.visitLdcInsn(limit);
        Label ok = new Label();
        mv.visitJumpInsn(IF_ICMPLT, ok);
        mv.visitLdcInsn(TrapCode.STACK_EXHAUSTED.ordinal());
        mv.visitMethodInsn(
                INVOKESTATIC, "io/wasm4j/backend/bytecode/internal/Rt", "trap", "(I)Lio/wasm4j/spi/Trap;", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        mv.visitVarInsn(ALOAD, storeSlot);
        mv.visitVarInsn(ILOAD, depthSlot);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
        mv.visitFieldInsn(PUTFIELD, STORE, "callDepth", "I");
    }

    /** Emits {@code store.callDepth = depth}: before a return, or when an exception leaves the frame. */
    static void leave(MethodVisitor mv, int storeSlot, int depthSlot) {
        mv.visitVarInsn(ALOAD, storeSlot);
        mv.visitVarInsn(ILOAD, depthSlot);
        mv.visitFieldInsn(PUTFIELD, STORE, "callDepth", "I");
    }
}
