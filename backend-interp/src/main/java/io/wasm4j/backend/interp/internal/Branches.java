package io.wasm4j.backend.interp.internal;

/** Conditions of the fused {@code i64} compare-and-branch instructions ({@link Fused#BR_IF_I64_EQ_C} ..). */
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
}
