package io.wasm4j.backend.interp.internal;

/**
 * Conditions of the fused compare-and-branch instructions. A compare with a constant, {@code v cmp k},
 * holds exactly for the values of one (wrapping) interval {@code [lo, lo + span]}, so the translator
 * turns every such compare into {@code lo, span} and the interpreter tests
 * {@code Integer.compareUnsigned(v - lo, span) <= 0} inline; {@code ne} is the interval that runs from
 * {@code k + 1} round to {@code k - 1}. A compare that never holds (e.g. {@code v <u 0}) has no interval.
 */
final class Branches {
    private Branches() {}

    /**
     * The interval of the {@code i32} values {@code v} with {@code v cmp k} ({@code cmp} one of
     * {@link Op#I32_EQ} .. {@link Op#I32_GE_U}) as {@code {lo, span}}, or null when it is empty.
     */
    static int[] i32Interval(int cmp, int k) {
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        return switch (cmp) {
            case Op.I32_EQ -> new int[] {k, 0};
            case Op.I32_NE -> new int[] {k + 1, -2};
            case Op.I32_LT_S -> k == min ? null : new int[] {min, k - 1 - min};
            case Op.I32_LT_U -> k == 0 ? null : new int[] {0, k - 1};
            case Op.I32_GT_S -> k == max ? null : new int[] {k + 1, max - (k + 1)};
            case Op.I32_GT_U -> k == -1 ? null : new int[] {k + 1, -1 - (k + 1)};
            case Op.I32_LE_S -> new int[] {min, k - min};
            case Op.I32_LE_U -> new int[] {0, k};
            case Op.I32_GE_S -> new int[] {k, max - k};
            default -> new int[] {k, -1 - k};
        };
    }

    /** As {@link #i32Interval} for the {@code i64} compares {@link Op#I64_EQ} .. {@link Op#I64_GE_U}. */
    static long[] i64Interval(int cmp, long k) {
        long min = Long.MIN_VALUE;
        long max = Long.MAX_VALUE;
        return switch (cmp) {
            case Op.I64_EQ -> new long[] {k, 0};
            case Op.I64_NE -> new long[] {k + 1, -2};
            case Op.I64_LT_S -> k == min ? null : new long[] {min, k - 1 - min};
            case Op.I64_LT_U -> k == 0 ? null : new long[] {0, k - 1};
            case Op.I64_GT_S -> k == max ? null : new long[] {k + 1, max - (k + 1)};
            case Op.I64_GT_U -> k == -1 ? null : new long[] {k + 1, -1 - (k + 1)};
            case Op.I64_LE_S -> new long[] {min, k - min};
            case Op.I64_LE_U -> new long[] {0, k};
            case Op.I64_GE_S -> new long[] {k, max - k};
            default -> new long[] {k, -1 - k};
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
