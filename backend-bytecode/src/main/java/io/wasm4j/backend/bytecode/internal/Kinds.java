package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import java.util.List;
import org.objectweb.asm.MethodVisitor;

/** The JVM representation of value types: a small kind number per type, descriptors, loads and stores. */
final class Kinds {
    static final int I = 0;
    static final int J = 1;
    static final int F = 2;
    static final int D = 3;
    static final int A = 4;
    static final int V = 5;
    static final int COUNT = 6;

    static final String V128 = "io/wasm4j/spi/V128";
    static final String INST = "io/wasm4j/backend/bytecode/internal/BcInstance";
    static final String INST_DESC = "L" + INST + ";";

    private static final String[] DESC = {"I", "J", "F", "D", "Ljava/lang/Object;", "L" + V128 + ";"};
    private static final String[] BOX = {"java/lang/Integer", "java/lang/Long", "java/lang/Float", "java/lang/Double"};
    private static final String[] UNBOX = {"intValue", "longValue", "floatValue", "doubleValue"};

    private Kinds() {}

    static int of(ValType t) {
        return switch (t) {
            case NumType n ->
                switch (n) {
                    case I32 -> I;
                    case I64 -> J;
                    case F32 -> F;
                    case F64 -> D;
                };
            case VecType v -> V;
            case RefType r -> A;
        };
    }

    static String desc(int kind) {
        return DESC[kind];
    }

    static int size(int kind) {
        return kind == J || kind == D ? 2 : 1;
    }

    static int load(int kind) {
        return switch (kind) {
            case I -> ILOAD;
            case J -> LLOAD;
            case F -> FLOAD;
            case D -> DLOAD;
            default -> ALOAD;
        };
    }

    static int store(int kind) {
        return switch (kind) {
            case I -> ISTORE;
            case J -> LSTORE;
            case F -> FSTORE;
            case D -> DSTORE;
            default -> ASTORE;
        };
    }

    static int returnOp(int kind) {
        return switch (kind) {
            case I -> IRETURN;
            case J -> LRETURN;
            case F -> FRETURN;
            case D -> DRETURN;
            default -> ARETURN;
        };
    }

    /** Pushes the default value of {@code kind}. */
    static void zero(MethodVisitor mv, int kind) {
        switch (kind) {
            case I -> mv.visitInsn(ICONST_0);
            case J -> mv.visitInsn(LCONST_0);
            case F -> mv.visitInsn(FCONST_0);
            case D -> mv.visitInsn(DCONST_0);
            case A -> mv.visitInsn(ACONST_NULL);
            default -> mv.visitFieldInsn(GETSTATIC, V128, "ZERO", "L" + V128 + ";");
        }
    }

    static void box(MethodVisitor mv, int kind) {
        if (kind <= D) {
            mv.visitMethodInsn(INVOKESTATIC, BOX[kind], "valueOf", "(" + DESC[kind] + ")L" + BOX[kind] + ";", false);
        }
    }

    static void unbox(MethodVisitor mv, int kind) {
        if (kind <= D) {
            mv.visitTypeInsn(CHECKCAST, BOX[kind]);
            mv.visitMethodInsn(INVOKEVIRTUAL, BOX[kind], UNBOX[kind], "()" + DESC[kind], false);
        } else if (kind == V) {
            mv.visitTypeInsn(CHECKCAST, V128);
        }
    }

    /** Returns the Java return descriptor of a function type: V, the single result, or Object[]. */
    static String returnDesc(List<ValType> results) {
        return switch (results.size()) {
            case 0 -> "V";
            case 1 -> desc(of(results.getFirst()));
            default -> "[Ljava/lang/Object;";
        };
    }

    /**
     * The descriptor of a compiled function: {@code (params..., BcInstance) → result}, or {@code (params...,
     * BcInstance, int depth) → result} when frames are counted (see {@link CallDepth}).
     */
    static String staticDesc(FuncType t, boolean counted) {
        StringBuilder sb = new StringBuilder("(");
        for (ValType p : t.params()) {
            sb.append(desc(of(p)));
        }
        sb.append(INST_DESC);
        if (counted) {
            sb.append('I');
        }
        return sb.append(')').append(returnDesc(t.results())).toString();
    }

    /** The descriptor of the typed path: {@code (ModuleInstance, params...) → result}. */
    static String handleDesc(FuncType t) {
        StringBuilder sb = new StringBuilder("(Lio/wasm4j/spi/ModuleInstance;");
        for (ValType p : t.params()) {
            sb.append(desc(of(p)));
        }
        return sb.append(')').append(returnDesc(t.results())).toString();
    }
}
