package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

/**
 * The frame of a split function (see {@link Split}): its WebAssembly locals, and the transfer slots through
 * which its methods pass operand stack values, live in two arrays that every method of the function shares
 * — a {@code long[]} for numeric values (raw bits: i32 sign-extended, f32 through its int bits) and an
 * {@code Object[]} for references and {@code v128}. Slot {@code i} is in one of them by the value's kind.
 *
 * <p>The emitters load inline ({@code aload; index; laload; l2i}) and store through the static setters
 * here, which take the value first so that it can stay where an instruction left it on the JVM stack; the
 * JIT inlines them.
 */
public final class Frame {
    private static final String SELF = "io/wasm4j/backend/bytecode/internal/Frame";

    private Frame() {}

    /** Pushes slot {@code index} of kind {@code kind} on the JVM stack. */
    static void load(FuncCompiler c, int kind, int index) {
        boolean numeric = kind <= Kinds.D;
        c.mv.visitVarInsn(ALOAD, numeric ? c.frameJ : c.frameA);
        c.iconst(index);
        switch (kind) {
            case Kinds.I -> {
                c.mv.visitInsn(LALOAD);
                c.mv.visitInsn(L2I);
            }
            case Kinds.J -> c.mv.visitInsn(LALOAD);
            case Kinds.F -> {
                c.mv.visitInsn(LALOAD);
                c.mv.visitInsn(L2I);
                c.mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
            }
            case Kinds.D -> {
                c.mv.visitInsn(LALOAD);
                c.mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
            }
            case Kinds.A -> c.mv.visitInsn(AALOAD);
            default -> {
                c.mv.visitInsn(AALOAD);
                c.mv.visitTypeInsn(CHECKCAST, Kinds.V128);
            }
        }
    }

    /** Stores the value of kind {@code kind} on top of the JVM stack into slot {@code index}. */
    static void store(FuncCompiler c, int kind, int index) {
        boolean numeric = kind <= Kinds.D;
        c.mv.visitVarInsn(ALOAD, numeric ? c.frameJ : c.frameA);
        c.iconst(index);
        String desc = "(" + (kind == Kinds.V ? "Ljava/lang/Object;" : Kinds.desc(kind))
                + (numeric ? "[J" : "[Ljava/lang/Object;") + "I)V";
        c.mv.visitMethodInsn(INVOKESTATIC, SELF, SETTERS[Math.min(kind, Kinds.A)], desc, false);
    }

    private static final String[] SETTERS = {"setI", "setJ", "setF", "setD", "setA"};

    public static void setI(int v, long[] frame, int i) {
        frame[i] = v;
    }

    public static void setJ(long v, long[] frame, int i) {
        frame[i] = v;
    }

    public static void setF(float v, long[] frame, int i) {
        frame[i] = Float.floatToRawIntBits(v);
    }

    public static void setD(double v, long[] frame, int i) {
        frame[i] = Double.doubleToRawLongBits(v);
    }

    public static void setA(Object v, Object[] frame, int i) {
        frame[i] = v;
    }
}
