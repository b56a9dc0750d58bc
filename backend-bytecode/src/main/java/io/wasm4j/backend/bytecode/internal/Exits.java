package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.A;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.ValType;
import java.util.List;

/**
 * How a compiled function hands back control: returns in the Java convention (one value, or an {@code
 * Object[]} for several), results of calls taken back onto the operand stack, self tail calls as a jump to
 * the entry, and the return that follows a pending tail call. In a region method of a split function each
 * of these is an exit code instead (ADR 0029).
 */
final class Exits {
    private Exits() {}

    /** Returns from the function (or, in a region method, exits with {@link Split#EXIT_RETURN}). */
    static void doReturn(FuncCompiler c) {
        List<ValType> results = c.type.results();
        int n = results.size();
        if (c.regionStart >= 0) {
            c.spillAll();
            c.split.exit(c, n, Split.EXIT_RETURN);
        } else if (n == 0) {
            c.mv.visitInsn(RETURN);
        } else if (n == 1) {
            c.need(1);
            c.mv.visitInsn(Kinds.returnOp(c.topKind()));
        } else {
            c.spillAll();
            c.iconst(n);
            c.mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            for (int i = 0; i < n; i++) {
                c.mv.visitInsn(DUP);
                c.iconst(i);
                c.loadHome(c.height - n + i);
                Kinds.box(c.mv, c.kinds[c.height - n + i]);
                c.mv.visitInsn(AASTORE);
            }
            c.mv.visitInsn(ARETURN);
        }
    }

    /** Pushes results returned by a call in the Java return convention. */
    static void pushResults(FuncCompiler c, List<ValType> results) {
        if (results.size() == 1) {
            c.push(Kinds.of(results.getFirst()));
        } else if (results.size() > 1) {
            int arr = c.temp(A);
            c.mv.visitVarInsn(ASTORE, arr);
            for (int i = 0; i < results.size(); i++) {
                int k = Kinds.of(results.get(i));
                c.mv.visitVarInsn(ALOAD, arr);
                c.iconst(i);
                c.mv.visitInsn(AALOAD);
                Kinds.unbox(c.mv, k);
                c.push(k);
            }
        }
    }

    /**
     * A tail call of the function itself: the arguments become the parameters and control jumps back to
     * the c.entry, so self tail recursion runs in constant JVM stack.
     */
    static void selfTailCall(FuncCompiler c) {
        int n = c.fc.paramCount();
        c.spillAll();
        for (int i = 0; i < n; i++) {
            c.loadHome(c.height - n + i);
            c.storeLocal(i);
        }
        c.pop(n);
        if (c.regionStart >= 0) {
            c.split.exit(c, 0, Split.EXIT_RESTART);
        } else {
            c.mv.visitJumpInsn(GOTO, c.entry);
        }
        c.dead = true;
    }

    /**
     * Leaves the function after a tail call was recorded as pending: returns a dummy result, which the
     * caller's call site replaces by running the pending call (in a region method: exits with {@link
     * Split#EXIT_TAIL}, which the function's own method turns into that return).
     */
    static void returnAfterTailCall(FuncCompiler c) {
        if (c.regionStart >= 0) {
            c.split.exit(c, 0, Split.EXIT_TAIL);
        } else {
            List<ValType> results = c.type.results();
            if (results.isEmpty()) {
                c.mv.visitInsn(RETURN);
            } else if (results.size() == 1) {
                int k = Kinds.of(results.getFirst());
                Kinds.zero(c.mv, k);
                c.mv.visitInsn(Kinds.returnOp(k));
            } else {
                c.mv.visitInsn(ACONST_NULL);
                c.mv.visitInsn(ARETURN);
            }
        }
        c.dead = true;
    }
}
