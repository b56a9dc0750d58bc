package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.code.ImmediateKind;
import io.wasm4j.core.code.Opcode;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The wasm code offsets of a compiled function's frames in trap backtraces, at no run-time cost.
 *
 * <p>Before each instruction that may throw (calls, memory and table accesses, integer division, traps,
 * loop headers with their interruption check) a label records the instruction's module offset. The body is
 * covered by one JVM exception range per such site, each with its own handler: a stub that pushes the
 * site's offset relative to the function's first instruction and jumps to one shared unwinding block. A
 * site costs 4–6 bytes of bytecode and nothing while no exception is thrown. (Handlers that fall through
 * into each other would be shorter, but C1 refuses methods whose handlers normal control flow reaches.)
 * Hidden-class frames are not in {@code Throwable} stack traces, which rules out line numbers (see
 * docs/adr/0026).
 */
final class CodeSites {
    private final MethodVisitor mv;
    private final List<Label> starts = new ArrayList<>();
    private final List<Long> pcs = new ArrayList<>();

    CodeSites(MethodVisitor mv) {
        this.mv = mv;
    }

    /** Starts a new site for the instruction at module offset {@code pc}. */
    void site(long pc) {
        Label l = new Label();
        mv.visitLabel(l);
        int last = starts.size() - 1;
        if (last >= 0 && sameOffset(starts.get(last), l)) {
            // the previous site emitted no code: this one replaces it
            pcs.set(last, pc);
            return;
        }
        starts.add(l);
        pcs.add(pc);
    }

    /**
     * Ends the current site without starting another: the code up to the next site is covered by no range.
     * For the call of a region method of a split function (see {@link Split}), which records its own frame.
     */
    void gap() {
        site(-1);
    }

    private static boolean sameOffset(Label a, Label b) {
        try {
            return a.getOffset() == b.getOffset();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * Emits, after the body ending at {@code bodyEnd}, the ranges, their stubs and the unwinding block that
     * calls {@code Rt.unwound(t, offset, funcIndex, inst)} and rethrows. Visit it after every other
     * exception handler of the method, so that those come first in the exception table.
     */
    void finish(Label bodyEnd, int funcIndex, int instSlot) {
        int n = starts.size();
        Label[] handlers = new Label[n];
        long base = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            Label end = i + 1 < n ? starts.get(i + 1) : bodyEnd;
            if (pcs.get(i) >= 0 && !sameOffset(starts.get(i), end)) {
                handlers[i] = new Label();
                mv.visitTryCatchBlock(starts.get(i), end, handlers[i], "java/lang/Throwable");
                if (base < 0) {
                    base = pcs.get(i);
                }
                last = i;
            }
        }
        if (last < 0) {
            return;
        }
        Label unwind = new Label();
        for (int i = 0; i <= last; i++) {
            if (handlers[i] != null) {
                mv.visitLabel(handlers[i]);
                FuncCompiler.iconst(mv, (int) (pcs.get(i) - base));
                if (i < last) {
                    mv.visitJumpInsn(GOTO, unwind);
                }
            }
        }
        mv.visitLabel(unwind);
        mv.visitInsn(I2L);
        mv.visitLdcInsn(base);
        mv.visitInsn(LADD);
        FuncCompiler.iconst(mv, funcIndex);
        mv.visitVarInsn(ALOAD, instSlot);
        mv.visitMethodInsn(
                INVOKESTATIC,
                "io/wasm4j/backend/bytecode/internal/Rt",
                "unwound",
                "(Ljava/lang/Throwable;JI" + Kinds.INST_DESC + ")Ljava/lang/Throwable;",
                false);
        mv.visitInsn(ATHROW);
    }

    /** Whether {@code op} may throw (and so starts a site); false only for instructions that never do. */
    static boolean mayThrow(Opcode op) {
        switch (op) {
            case NOP,
                    BLOCK,
                    ELSE,
                    END,
                    BR,
                    BR_IF,
                    BR_TABLE,
                    DROP,
                    SELECT,
                    SELECT_T,
                    LOCAL_GET,
                    LOCAL_SET,
                    LOCAL_TEE,
                    GLOBAL_GET,
                    GLOBAL_SET,
                    I32_CONST,
                    I64_CONST,
                    F32_CONST,
                    F64_CONST,
                    REF_NULL,
                    REF_IS_NULL,
                    REF_FUNC -> {
                return false;
            }
            default -> {}
        }
        if (op.prefix() == 0 && op.immediates() == ImmediateKind.NONE && op.hasFixedSignature()) {
            String m = op.mnemonic();
            return m.startsWith("i") && (m.contains(".div_") || m.contains(".rem_") || m.contains(".trunc_"));
        }
        return true;
    }
}
