package io.wasm4j.it.diff;

import static io.wasm4j.it.diff.RandomModuleGenerator.F32;
import static io.wasm4j.it.diff.RandomModuleGenerator.F64;
import static io.wasm4j.it.diff.RandomModuleGenerator.I32;
import static io.wasm4j.it.diff.RandomModuleGenerator.I64;

/**
 * Numeric instructions by result type: arithmetic, bit counting, shifts and rotates, comparisons,
 * conversions (trapping and saturating), reinterpretations and sign extensions. Float operators whose NaN
 * result bits the spec leaves open are followed by {@link FuncGenerator#canonicalize}.
 */
final class NumericOps {
    private NumericOps() {}

    /** {opcode, operand type} of unary operators producing i32 (0 = prefix 0xFC handled apart). */
    private static final int[][] I32_UNARY = {
        {0x67, I32},
        {0x68, I32},
        {0x69, I32},
        {0x45, I32},
        {0xC0, I32},
        {0xC1, I32},
        {0x50, I64},
        {0xA7, I64},
        {0xA8, F32},
        {0xA9, F32},
        {0xAA, F64},
        {0xAB, F64},
        {0xBC, F32}
    };

    private static final int[][] I64_UNARY = {
        {0x79, I64},
        {0x7A, I64},
        {0x7B, I64},
        {0xC2, I64},
        {0xC3, I64},
        {0xC4, I64},
        {0xAC, I32},
        {0xAD, I32},
        {0xAE, F32},
        {0xAF, F32},
        {0xB0, F64},
        {0xB1, F64},
        {0xBD, F64}
    };
    /** Exact float unary ops (no NaN canonicalisation needed): abs, neg, int conversions, reinterpret. */
    private static final int[][] F32_EXACT_UNARY = {
        {0x8B, F32}, {0x8C, F32}, {0xB2, I32}, {0xB3, I32}, {0xB4, I64}, {0xB5, I64}, {0xBE, I32}
    };

    private static final int[][] F64_EXACT_UNARY = {
        {0x99, F64}, {0x9A, F64}, {0xB7, I32}, {0xB8, I32}, {0xB9, I64}, {0xBA, I64}, {0xBF, I64}
    };
    /** Float unary ops whose NaN results may differ in payload: ceil..sqrt, demote/promote. */
    private static final int[][] F32_NAN_UNARY = {
        {0x8D, F32}, {0x8E, F32}, {0x8F, F32}, {0x90, F32}, {0x91, F32}, {0xB6, F64}
    };

    private static final int[][] F64_NAN_UNARY = {
        {0x9B, F64}, {0x9C, F64}, {0x9D, F64}, {0x9E, F64}, {0x9F, F64}, {0xBB, F32}
    };

    static void emit(FuncGenerator g, int t, int depth) {
        int r = g.rnd.nextInt(10);
        switch (t) {
            case I32 -> {
                if (r < 4) {
                    binary(g, I32, 0x6A + g.rnd.nextInt(15), depth);
                } else if (r < 6) {
                    compare(g, depth);
                } else if (r < 7) {
                    truncSat(g, g.rnd.nextInt(4), depth);
                } else {
                    unary(g, I32_UNARY, depth);
                }
            }
            case I64 -> {
                if (r < 5) {
                    binary(g, I64, 0x7C + g.rnd.nextInt(15), depth);
                } else if (r < 6) {
                    truncSat(g, 4 + g.rnd.nextInt(4), depth);
                } else {
                    unary(g, I64_UNARY, depth);
                }
            }
            case F32 -> floatOp(g, F32, 0x92, 0x98, F32_EXACT_UNARY, F32_NAN_UNARY, r, depth);
            default -> floatOp(g, F64, 0xA0, 0xA6, F64_EXACT_UNARY, F64_NAN_UNARY, r, depth);
        }
    }

    private static void floatOp(
            FuncGenerator g, int t, int firstBinary, int copysign, int[][] exact, int[][] nan, int r, int depth) {
        if (r < 4) {
            binary(g, t, firstBinary + g.rnd.nextInt(6), depth);
            g.canonicalize(t);
        } else if (r < 5) {
            binary(g, t, copysign, depth);
        } else if (r < 7) {
            unary(g, nan, depth);
            g.canonicalize(t);
        } else {
            unary(g, exact, depth);
        }
    }

    private static void binary(FuncGenerator g, int t, int opcode, int depth) {
        g.expr(t, depth - 1);
        g.expr(t, depth - 1);
        g.out.u8(opcode);
    }

    private static void unary(FuncGenerator g, int[][] ops, int depth) {
        int[] op = ops[g.rnd.nextInt(ops.length)];
        g.expr(op[1], depth - 1);
        g.out.u8(op[0]);
    }

    private static void compare(FuncGenerator g, int depth) {
        int[] firstAndCount = switch (g.rnd.nextInt(4)) {
            case 0 -> new int[] {0x46, 10, I32};
            case 1 -> new int[] {0x51, 10, I64};
            case 2 -> new int[] {0x5B, 6, F32};
            default -> new int[] {0x61, 6, F64};
        };
        binary(g, firstAndCount[2], firstAndCount[0] + g.rnd.nextInt(firstAndCount[1]), depth);
    }

    /** {@code 0xFC n}: n = 0..3 give i32, 4..7 give i64; even n from f32 pairs, see the spec's table. */
    private static void truncSat(FuncGenerator g, int n, int depth) {
        g.expr((n & 2) == 0 ? F32 : F64, depth - 1);
        g.out.u8(0xFC);
        g.out.u32(n);
    }
}
