package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.MethodVisitor;

/** Constants and the numeric instructions: one JVM instruction where one fits, else a call into {@link Num}. */
final class NumericEmitter {
    private NumericEmitter() {}

    static boolean emit(FuncCompiler c, Opcode op) {
        MethodVisitor mv = c.mv;
        switch (op) {
            case I32_CONST -> {
                c.iconst(c.r.readS32());
                c.push(Kinds.I);
                return true;
            }
            case I64_CONST -> {
                c.lconst(c.r.readS64());
                c.push(Kinds.J);
                return true;
            }
            case F32_CONST -> {
                int bits = c.r.readFixed32();
                float f = Float.intBitsToFloat(bits);
                if (f != f) {
                    c.iconst(bits);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
                } else {
                    mv.visitLdcInsn(f);
                }
                c.push(Kinds.F);
                return true;
            }
            case F64_CONST -> {
                long bits = c.r.readFixed64();
                double d = Double.longBitsToDouble(bits);
                if (d != d) {
                    c.lconst(bits);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
                } else {
                    mv.visitLdcInsn(d);
                }
                c.push(Kinds.D);
                return true;
            }
            default -> {}
        }
        if (op.prefix() != 0 && !(op.prefix() == 0xFC && op.code() <= 7)) {
            return false;
        }
        if (!op.hasFixedSignature() || op.immediates() != io.wasm4j.core.code.ImmediateKind.NONE) {
            return false;
        }
        int insn = insn(op);
        String call = insn < 0 ? call(op) : null;
        if (insn < 0 && call == null) {
            return false;
        }
        int n = op.operandTypes().size();
        c.need(n);
        if (insn >= 0) {
            if (insn == LSHL || insn == LSHR || insn == LUSHR) {
                mv.visitInsn(L2I);
            }
            mv.visitInsn(insn);
        } else {
            emitCall(mv, op, call);
        }
        c.pop(n);
        c.push(Kinds.of(op.resultTypes().getFirst()));
        return true;
    }

    /** Emits a call spec: {@code "owner.name desc"} where owner is N (Num), or a bare JVM opcode sequence. */
    private static final String[][] PARTS = new String[Opcode.values().length][];

    private static void emitCall(MethodVisitor mv, Opcode op, String spec) {
        String[] parts = PARTS[op.ordinal()];
        if (parts == null) {
            parts = spec.split(";;");
            PARTS[op.ordinal()] = parts;
        }
        for (String part : parts) {
            switch (part) {
                case "I2L" -> mv.visitInsn(I2L);
                case "L2I" -> mv.visitInsn(L2I);
                case "I2B" -> mv.visitInsn(I2B);
                case "I2S" -> mv.visitInsn(I2S);
                case "F2D" -> mv.visitInsn(F2D);
                default -> {
                    int dot = part.indexOf('.');
                    int sp = part.indexOf(' ');
                    String owner = switch (part.substring(0, dot)) {
                        case "N" -> "io/wasm4j/backend/bytecode/internal/Num";
                        case "Int" -> "java/lang/Integer";
                        case "Long" -> "java/lang/Long";
                        case "Float" -> "java/lang/Float";
                        case "M" -> "java/lang/Math";
                        default -> "java/lang/Double";
                    };
                    mv.visitMethodInsn(INVOKESTATIC, owner, part.substring(dot + 1, sp), part.substring(sp + 1), false);
                }
            }
        }
    }

    private static int insn(Opcode op) {
        return switch (op) {
            case I32_ADD -> IADD;
            case I32_SUB -> ISUB;
            case I32_MUL -> IMUL;
            case I32_AND -> IAND;
            case I32_OR -> IOR;
            case I32_XOR -> IXOR;
            case I32_SHL -> ISHL;
            case I32_SHR_S -> ISHR;
            case I32_SHR_U -> IUSHR;
            case I64_ADD -> LADD;
            case I64_SUB -> LSUB;
            case I64_MUL -> LMUL;
            case I64_AND -> LAND;
            case I64_OR -> LOR;
            case I64_XOR -> LXOR;
            case I64_SHL -> LSHL;
            case I64_SHR_S -> LSHR;
            case I64_SHR_U -> LUSHR;
            case F32_ADD -> FADD;
            case F32_SUB -> FSUB;
            case F32_MUL -> FMUL;
            case F32_DIV -> FDIV;
            case F64_ADD -> DADD;
            case F64_SUB -> DSUB;
            case F64_MUL -> DMUL;
            case F64_DIV -> DDIV;
            case I32_WRAP_I64 -> L2I;
            case I64_EXTEND_I32_S -> I2L;
            case F32_CONVERT_I32_S -> I2F;
            case F32_CONVERT_I64_S -> L2F;
            case F32_DEMOTE_F64 -> D2F;
            case F64_CONVERT_I32_S -> I2D;
            case F64_CONVERT_I64_S -> L2D;
            case F64_PROMOTE_F32 -> F2D;
            case I32_EXTEND8_S -> I2B;
            case I32_EXTEND16_S -> I2S;
            case I32_TRUNC_SAT_F32_S -> F2I;
            case I32_TRUNC_SAT_F64_S -> D2I;
            case I64_TRUNC_SAT_F32_S -> F2L;
            case I64_TRUNC_SAT_F64_S -> D2L;
            default -> -1;
        };
    }

    private static String call(Opcode op) {
        return switch (op) {
            case I32_EQZ -> "N.eqz (I)I";
            case I32_EQ -> "N.eq (II)I";
            case I32_NE -> "N.ne (II)I";
            case I32_LT_S -> "N.lt (II)I";
            case I32_LT_U -> "N.ltU (II)I";
            case I32_GT_S -> "N.gt (II)I";
            case I32_GT_U -> "N.gtU (II)I";
            case I32_LE_S -> "N.le (II)I";
            case I32_LE_U -> "N.leU (II)I";
            case I32_GE_S -> "N.ge (II)I";
            case I32_GE_U -> "N.geU (II)I";
            case I64_EQZ -> "N.eqz (J)I";
            case I64_EQ -> "N.eq (JJ)I";
            case I64_NE -> "N.ne (JJ)I";
            case I64_LT_S -> "N.lt (JJ)I";
            case I64_LT_U -> "N.ltU (JJ)I";
            case I64_GT_S -> "N.gt (JJ)I";
            case I64_GT_U -> "N.gtU (JJ)I";
            case I64_LE_S -> "N.le (JJ)I";
            case I64_LE_U -> "N.leU (JJ)I";
            case I64_GE_S -> "N.ge (JJ)I";
            case I64_GE_U -> "N.geU (JJ)I";
            case F32_EQ -> "N.eq (FF)I";
            case F32_NE -> "N.ne (FF)I";
            case F32_LT -> "N.lt (FF)I";
            case F32_GT -> "N.gt (FF)I";
            case F32_LE -> "N.le (FF)I";
            case F32_GE -> "N.ge (FF)I";
            case F64_EQ -> "N.eq (DD)I";
            case F64_NE -> "N.ne (DD)I";
            case F64_LT -> "N.lt (DD)I";
            case F64_GT -> "N.gt (DD)I";
            case F64_LE -> "N.le (DD)I";
            case F64_GE -> "N.ge (DD)I";
            case I32_CLZ -> "Int.numberOfLeadingZeros (I)I";
            case I32_CTZ -> "Int.numberOfTrailingZeros (I)I";
            case I32_POPCNT -> "Int.bitCount (I)I";
            case I32_DIV_S -> "N.divS (II)I";
            case I32_DIV_U -> "N.divU (II)I";
            case I32_REM_S -> "N.remS (II)I";
            case I32_REM_U -> "N.remU (II)I";
            case I32_ROTL -> "Int.rotateLeft (II)I";
            case I32_ROTR -> "Int.rotateRight (II)I";
            case I64_CLZ -> "N.clz (J)J";
            case I64_CTZ -> "N.ctz (J)J";
            case I64_POPCNT -> "N.popcnt (J)J";
            case I64_DIV_S -> "N.divS (JJ)J";
            case I64_DIV_U -> "N.divU (JJ)J";
            case I64_REM_S -> "N.remS (JJ)J";
            case I64_REM_U -> "N.remU (JJ)J";
            case I64_ROTL -> "N.rotl (JJ)J";
            case I64_ROTR -> "N.rotr (JJ)J";
            case F32_ABS -> "N.abs (F)F";
            case F32_NEG -> "N.neg (F)F";
            case F32_CEIL -> "N.ceil (F)F";
            case F32_FLOOR -> "N.floor (F)F";
            case F32_TRUNC -> "N.trunc (F)F";
            case F32_NEAREST -> "N.nearest (F)F";
            case F32_SQRT -> "N.sqrt (F)F";
            case F32_MIN -> "N.min (FF)F";
            case F32_MAX -> "N.max (FF)F";
            case F32_COPYSIGN -> "N.copysign (FF)F";
            case F64_ABS -> "N.abs (D)D";
            case F64_NEG -> "N.neg (D)D";
            case F64_CEIL -> "N.ceil (D)D";
            case F64_FLOOR -> "N.floor (D)D";
            case F64_TRUNC -> "N.trunc (D)D";
            case F64_NEAREST -> "N.nearest (D)D";
            case F64_SQRT -> "N.sqrt (D)D";
            case F64_MIN -> "N.min (DD)D";
            case F64_MAX -> "N.max (DD)D";
            case F64_COPYSIGN -> "N.copysign (DD)D";
            case I32_TRUNC_F32_S -> "F2D;;N.i32TruncS (D)I";
            case I32_TRUNC_F32_U -> "F2D;;N.i32TruncU (D)I";
            case I32_TRUNC_F64_S -> "N.i32TruncS (D)I";
            case I32_TRUNC_F64_U -> "N.i32TruncU (D)I";
            case I64_EXTEND_I32_U -> "N.extendU (I)J";
            case I64_TRUNC_F32_S -> "F2D;;N.i64TruncS (D)J";
            case I64_TRUNC_F32_U -> "F2D;;N.i64TruncU (D)J";
            case I64_TRUNC_F64_S -> "N.i64TruncS (D)J";
            case I64_TRUNC_F64_U -> "N.i64TruncU (D)J";
            case F32_CONVERT_I32_U -> "N.f32ConvertU (I)F";
            case F32_CONVERT_I64_U -> "N.f32ConvertU (J)F";
            case F64_CONVERT_I32_U -> "N.f64ConvertU (I)D";
            case F64_CONVERT_I64_U -> "N.f64ConvertU (J)D";
            case I32_REINTERPRET_F32 -> "Float.floatToRawIntBits (F)I";
            case I64_REINTERPRET_F64 -> "Double.doubleToRawLongBits (D)J";
            case F32_REINTERPRET_I32 -> "Float.intBitsToFloat (I)F";
            case F64_REINTERPRET_I64 -> "Double.longBitsToDouble (J)D";
            case I64_EXTEND8_S -> "L2I;;I2B;;I2L";
            case I64_EXTEND16_S -> "L2I;;I2S;;I2L";
            case I64_EXTEND32_S -> "L2I;;I2L";
            case I32_TRUNC_SAT_F32_U -> "F2D;;N.i32TruncSatU (D)I";
            case I32_TRUNC_SAT_F64_U -> "N.i32TruncSatU (D)I";
            case I64_TRUNC_SAT_F32_U -> "F2D;;N.i64TruncSatU (D)J";
            case I64_TRUNC_SAT_F64_U -> "N.i64TruncSatU (D)J";
            default -> null;
        };
    }
}
