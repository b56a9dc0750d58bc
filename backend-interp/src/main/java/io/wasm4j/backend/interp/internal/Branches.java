package io.wasm4j.backend.interp.internal;

/** Conditions of the fused compare-and-branch instructions that carry their compare as an operand or opcode. */
final class Branches {
    private Branches() {}

    static boolean i64(int op, long a, long c) {
        return switch (op) {
            case Fused.BR_IF_I64_EQ_C -> a == c;
            case Fused.BR_IF_I64_NE_C -> a != c;
            case Fused.BR_IF_I64_LT_S_C -> a < c;
            case Fused.BR_IF_I64_LT_U_C -> Long.compareUnsigned(a, c) < 0;
            case Fused.BR_IF_I64_GT_S_C -> a > c;
            case Fused.BR_IF_I64_GT_U_C -> Long.compareUnsigned(a, c) > 0;
            case Fused.BR_IF_I64_LE_S_C -> a <= c;
            case Fused.BR_IF_I64_LE_U_C -> Long.compareUnsigned(a, c) <= 0;
            case Fused.BR_IF_I64_GE_S_C -> a >= c;
            default -> Long.compareUnsigned(a, c) >= 0;
        };
    }

    /** Applies the {@code i32} compare {@code op} ({@link Op#I32_EQ} .. {@link Op#I32_GE_U}). */
    static boolean i32(int op, int a, int b) {
        return switch (op) {
            case Op.I32_EQ -> a == b;
            case Op.I32_NE -> a != b;
            case Op.I32_LT_S -> a < b;
            case Op.I32_LT_U -> Integer.compareUnsigned(a, b) < 0;
            case Op.I32_GT_S -> a > b;
            case Op.I32_GT_U -> Integer.compareUnsigned(a, b) > 0;
            case Op.I32_LE_S -> a <= b;
            case Op.I32_LE_U -> Integer.compareUnsigned(a, b) <= 0;
            case Op.I32_GE_S -> a >= b;
            default -> Integer.compareUnsigned(a, b) >= 0;
        };
    }
}
