package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Label;

/**
 * The legacy exception-handling instructions: a {@code try} is a JVM handler over its body that stores
 * the exception and runs the {@code catch} clauses in order; {@code delegate} forwards to the target's
 * dispatch code (or rethrows outside every handler of the method).
 */
final class LegacyTry {
    private LegacyTry() {}

    static void catchClause(FuncCompiler c, int tag) {
        int b = c.ctl[c.ctlTop - 1];
        if (!c.dead) {
            c.spillAll();
            c.mv.visitJumpInsn(GOTO, c.blockLabel[b]);
        }
        if (c.nextCatch[b] == null) {
            Label end = new Label();
            c.mv.visitLabel(end);
            registerHandler(c, b, end, c.tryHandler[b]);
            c.mv.visitLabel(c.tryHandler[b]);
            c.mv.visitVarInsn(ASTORE, c.caught[b]);
            c.mv.visitLabel(c.dispatch[b]);
            // the code that threw may have grown memory 0
            c.reloadSegment();
        } else {
            c.mv.visitLabel(c.nextCatch[b]);
        }
        c.nextCatch[b] = new Label();
        c.resetTo(c.fc.blockHeight(b), List.of());
        if (tag >= 0) {
            Exceptions.matchTag(c, c.caught[b], tag, c.nextCatch[b]);
        }
        c.dead = false;
    }

    /**
     * Registers the JVM handler of try block {@code b} over its code up to {@code end}. A tail call inside
     * needs no gap: it only records the pending call, which runs after this frame has returned.
     */
    private static void registerHandler(FuncCompiler c, int b, Label end, Label handler) {
        c.mv.visitTryCatchBlock(c.tryStart[b], end, handler, "io/wasm4j/spi/ThrownException");
    }

    static void delegate(FuncCompiler c, int pc) {
        int b = c.ctl[--c.ctlTop];
        if (!c.dead) {
            c.spillAll();
            c.mv.visitJumpInsn(GOTO, c.blockLabel[b]);
        }
        Label end = new Label();
        Label handler = new Label();
        c.mv.visitLabel(end);
        registerHandler(c, b, end, handler);
        c.mv.visitLabel(handler);
        Label forward = new Label();
        c.mv.visitLabel(forward);
        int target = c.fc.targetBlock(c.fc.branchFirstTarget(c.fc.branchAt(pc)));
        int from = -1;
        for (int i = c.ctlTop - 1; i >= 0 && target >= 0; i--) {
            if (c.ctl[i] == target) {
                from = i;
                break;
            }
        }
        int dest = -1;
        for (int i = from; i >= 0; i--) {
            int d = c.ctl[i];
            if (c.tryStart[d] != null && (c.dispatch[d] == null || c.nextCatch[d] == null)) {
                dest = d;
                break;
            }
        }
        if (dest < 0) {
            if (c.outerRethrow == null) {
                c.outerRethrow = new Label();
            }
            c.mv.visitJumpInsn(GOTO, c.outerRethrow);
        } else if (c.dispatch[dest] != null) {
            c.mv.visitVarInsn(ASTORE, c.caught[dest]);
            c.dispatchUsed[dest] = true;
            c.mv.visitJumpInsn(GOTO, c.dispatch[dest]);
        } else {
            c.mv.visitJumpInsn(GOTO, c.tryHandler[dest]);
        }
        if (c.dispatchUsed[b]) {
            c.mv.visitLabel(c.dispatch[b]);
            c.mv.visitVarInsn(ALOAD, c.caught[b]);
            c.mv.visitJumpInsn(GOTO, forward);
        }
        c.mv.visitLabel(c.blockLabel[b]);
        c.resetTo(c.fc.blockHeight(b), c.fc.blockType(b).results());
        c.dead = false;
    }
}
