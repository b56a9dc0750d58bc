package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.V;
import static io.wasm4j.backend.bytecode.internal.Kinds.V128;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.ValType;
import io.wasm4j.core.code.Opcode;
import java.util.List;
import org.objectweb.asm.MethodVisitor;

/**
 * SIMD instructions: calls into {@link Simd} and {@link SimdMem} with the opcode as a constant argument
 * (scalar lanes; see ADR 0020).
 */
final class SimdEmitter {
    private static final String SIMD = "io/wasm4j/backend/bytecode/internal/Simd";
    private static final String MEM = "io/wasm4j/backend/bytecode/internal/SimdMem";
    private static final String OP = "Lio/wasm4j/core/code/Opcode;";
    private static final String VD = "L" + V128 + ";";
    private static final String SEG = "Ljava/lang/foreign/MemorySegment;";

    private SimdEmitter() {}

    static boolean emit(FuncCompiler c, Opcode op) {
        if (op.prefix() != 0xFD) {
            return false;
        }
        MethodVisitor mv = c.mv;
        c.currentOp = op;
        switch (op.immediates()) {
            case V128 -> {
                long lo = c.r.readFixed64();
                long hi = c.r.readFixed64();
                mv.visitTypeInsn(NEW, V128);
                mv.visitInsn(DUP);
                c.lconst(lo);
                c.lconst(hi);
                mv.visitMethodInsn(INVOKESPECIAL, V128, "<init>", "(JJ)V", false);
                c.push(V);
                return true;
            }
            case SHUFFLE -> {
                long lo = c.r.readFixed64();
                long hi = c.r.readFixed64();
                c.need(2);
                c.lconst(lo);
                c.lconst(hi);
                simd(c, "shuffle", "(" + VD + VD + "JJ)" + VD, false);
                c.pop(2);
                c.push(V);
                return true;
            }
            case MEMARG -> {
                memory(c, op, false);
                return true;
            }
            case MEMARG_LANE -> {
                memory(c, op, true);
                return true;
            }
            case LANE -> {
                lane(c, op, c.r.readByte());
                return true;
            }
            case NONE -> {}
            default -> {
                return false;
            }
        }
        List<ValType> in = op.operandTypes();
        List<ValType> out = op.resultTypes();
        if (in == null) {
            return false;
        }
        StringBuilder sig = new StringBuilder();
        for (ValType t : in) {
            sig.append(Kinds.desc(Kinds.of(t)).charAt(0));
        }
        int result = Kinds.of(out.getFirst());
        c.need(in.size());
        switch (sig.toString()) {
            case "L" -> simd(c, result == V ? "unary" : "test", "(" + VD + OP + ")" + (result == V ? VD : "I"), true);
            case "LL" -> simd(c, "binary", "(" + VD + VD + OP + ")" + VD, true);
            case "LLL" -> simd(c, "ternary", "(" + VD + VD + VD + OP + ")" + VD, true);
            case "LI" -> simd(c, "shift", "(" + VD + "I" + OP + ")" + VD, true);
            case "I" -> {
                mv.visitInsn(I2L);
                simd(c, "splat", "(J" + OP + ")" + VD, true);
            }
            case "J" -> simd(c, "splat", "(J" + OP + ")" + VD, true);
            case "F" -> simd(c, "splatF", "(F)" + VD, false);
            case "D" -> simd(c, "splatD", "(D)" + VD, false);
            default -> throw new UnsupportedOperationException("bytecode backend: " + op.mnemonic());
        }
        c.pop(in.size());
        c.push(result);
        return true;
    }

    private static void simd(FuncCompiler c, String name, String desc, boolean withOp) {
        if (withOp) {
            pushOp(c, c.currentOp);
        }
        c.mv.visitMethodInsn(INVOKESTATIC, SIMD, name, desc, false);
    }

    private static void pushOp(FuncCompiler c, Opcode op) {
        c.mv.visitFieldInsn(GETSTATIC, "io/wasm4j/core/code/Opcode", op.name(), OP);
    }

    private static void lane(FuncCompiler c, Opcode op, int lane) {
        MethodVisitor mv = c.mv;
        String m = op.mnemonic();
        boolean replace = m.contains("replace_lane");
        if (replace) {
            c.need(2);
            int k = c.topKind();
            switch (k) {
                case Kinds.I -> mv.visitInsn(I2L);
                case Kinds.F -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
                    mv.visitInsn(I2L);
                }
                case Kinds.D ->
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
                default -> {}
            }
            c.iconst(lane);
            pushOp(c, op);
            mv.visitMethodInsn(INVOKESTATIC, SIMD, "replace", "(" + VD + "JI" + OP + ")" + VD, false);
            c.pop(2);
            c.push(V);
            return;
        }
        c.need(1);
        c.iconst(lane);
        pushOp(c, op);
        mv.visitMethodInsn(INVOKESTATIC, SIMD, "extract", "(" + VD + "I" + OP + ")J", false);
        c.pop(1);
        int result = Kinds.of(op.resultTypes().getFirst());
        switch (result) {
            case Kinds.I -> mv.visitInsn(L2I);
            case Kinds.F -> {
                mv.visitInsn(L2I);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
            }
            case Kinds.D -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
            default -> {}
        }
        c.push(result);
    }

    private static void memory(FuncCompiler c, Opcode op, boolean withLane) {
        MethodVisitor mv = c.mv;
        c.r.readMemarg();
        int memory = c.r.memargMemory();
        long offset = c.r.memargOffset();
        int lane = withLane ? c.r.readByte() : -1;
        boolean store = op == Opcode.V128_STORE || op.mnemonic().contains("store");
        boolean hasValue = store || withLane;
        if (hasValue) {
            c.need(2);
            int tmp = c.temp(V);
            mv.visitVarInsn(ASTORE, tmp);
            int addr = MemoryEmitter.effectiveAddress(c, memory, offset);
            c.pop(2);
            MemoryEmitter.segment(c, memory);
            mv.visitVarInsn(LLOAD, addr);
            mv.visitVarInsn(ALOAD, tmp);
            if (withLane) {
                c.iconst(lane);
                pushOp(c, op);
            }
            if (op == Opcode.V128_STORE) {
                mv.visitMethodInsn(INVOKESTATIC, MEM, "store", "(" + SEG + "J" + VD + ")V", false);
            } else if (store) {
                mv.visitMethodInsn(INVOKESTATIC, MEM, "storeLane", "(" + SEG + "J" + VD + "I" + OP + ")V", false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, MEM, "loadLane", "(" + SEG + "J" + VD + "I" + OP + ")" + VD, false);
                c.push(V);
            }
            return;
        }
        c.need(1);
        int addr = MemoryEmitter.effectiveAddress(c, memory, offset);
        c.pop(1);
        MemoryEmitter.segment(c, memory);
        mv.visitVarInsn(LLOAD, addr);
        pushOp(c, op);
        mv.visitMethodInsn(INVOKESTATIC, MEM, "load", "(" + SEG + "J" + OP + ")" + VD, false);
        c.push(V);
    }
}
