package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.J;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.MethodVisitor;

/** The wide-arithmetic proposal: 128-bit add and subtract, 64×64→128 multiplies, computed into the homes. */
final class WideEmitter {
    private WideEmitter() {}

    static boolean emit(FuncCompiler c, Opcode op) {
        MethodVisitor mv = c.mv;
        switch (op) {
            case I64_ADD128, I64_SUB128 -> {
                boolean add = op == Opcode.I64_ADD128;
                c.spillAll();
                int h = c.height;
                int aLo = c.slot(h - 4, J);
                int aHi = c.slot(h - 3, J);
                int bLo = c.slot(h - 2, J);
                int bHi = c.slot(h - 1, J);
                int lo = c.temp(Kinds.COUNT);
                mv.visitVarInsn(LLOAD, aLo);
                mv.visitVarInsn(LLOAD, bLo);
                mv.visitInsn(add ? LADD : LSUB);
                mv.visitVarInsn(LSTORE, lo);
                mv.visitVarInsn(LLOAD, aHi);
                mv.visitVarInsn(LLOAD, bHi);
                mv.visitInsn(add ? LADD : LSUB);
                if (add) {
                    mv.visitVarInsn(LLOAD, lo);
                    mv.visitVarInsn(LLOAD, aLo);
                    c.num("carry", "(JJ)J");
                    mv.visitInsn(LADD);
                } else {
                    mv.visitVarInsn(LLOAD, aLo);
                    mv.visitVarInsn(LLOAD, bLo);
                    c.num("borrow", "(JJ)J");
                    mv.visitInsn(LSUB);
                }
                mv.visitVarInsn(LSTORE, aHi);
                mv.visitVarInsn(LLOAD, lo);
                mv.visitVarInsn(LSTORE, aLo);
                c.pop(2);
            }
            case I64_MUL_WIDE_S, I64_MUL_WIDE_U -> {
                c.spillAll();
                int h = c.height;
                int a = c.slot(h - 2, J);
                int b = c.slot(h - 1, J);
                int lo = c.temp(Kinds.COUNT);
                mv.visitVarInsn(LLOAD, a);
                mv.visitVarInsn(LLOAD, b);
                mv.visitInsn(LMUL);
                mv.visitVarInsn(LSTORE, lo);
                mv.visitVarInsn(LLOAD, a);
                mv.visitVarInsn(LLOAD, b);
                mv.visitMethodInsn(
                        INVOKESTATIC,
                        "java/lang/Math",
                        op == Opcode.I64_MUL_WIDE_S ? "multiplyHigh" : "unsignedMultiplyHigh",
                        "(JJ)J",
                        false);
                mv.visitVarInsn(LSTORE, b);
                mv.visitVarInsn(LLOAD, lo);
                mv.visitVarInsn(LSTORE, a);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
