package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A compare with a constant becomes the interval of the values that branch: the interval test agrees
 * with the compare for every compare, edge constants and edge values, and the fused branches do in
 * translated code.
 */
final class BranchIntervalTest {
    private static final String[] NAMES = {"eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"};
    private static final int[] I32_EDGES = {
        Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2, -1, 0, 1, 2, 7, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
    };
    private static final long[] I64_EDGES = {
        Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L << 32, -2, -1, 0, 1, 2, 1L << 32, Long.MAX_VALUE - 1, Long.MAX_VALUE
    };

    private static boolean i64(int cmp, long a, long b) {
        return switch (cmp - Op.I64_EQ) {
            case 0 -> a == b;
            case 1 -> a != b;
            case 2 -> a < b;
            case 3 -> Long.compareUnsigned(a, b) < 0;
            case 4 -> a > b;
            case 5 -> Long.compareUnsigned(a, b) > 0;
            case 6 -> a <= b;
            case 7 -> Long.compareUnsigned(a, b) <= 0;
            case 8 -> a >= b;
            default -> Long.compareUnsigned(a, b) >= 0;
        };
    }

    @Test
    void i32Interval_holdsExactlyWhereTheCompareDoes() {
        for (int cmp = Op.I32_EQ; cmp <= Op.I32_GE_U; cmp++) {
            for (int k : I32_EDGES) {
                int[] in = Branches.i32Interval(cmp, k);
                for (int v : I32_EDGES) {
                    boolean expected = Branches.i32(cmp, v, k);
                    if (in == null) {
                        assertTrue(!expected, "empty interval for a compare that holds");
                        continue;
                    }
                    assertEquals(expected, Integer.compareUnsigned(v - in[0], in[1]) <= 0, cmp + " " + k + " " + v);
                }
            }
        }
        assertNull(Branches.i32Interval(Op.I32_LT_U, 0));
        assertNull(Branches.i32Interval(Op.I32_GT_S, Integer.MAX_VALUE));
    }

    @Test
    void i64Interval_holdsExactlyWhereTheCompareDoes() {
        for (int cmp = Op.I64_EQ; cmp <= Op.I64_GE_U; cmp++) {
            for (long k : I64_EDGES) {
                long[] in = Branches.i64Interval(cmp, k);
                for (long v : I64_EDGES) {
                    boolean expected = i64(cmp, v, k);
                    if (in == null) {
                        assertTrue(!expected, "empty interval for a compare that holds");
                        continue;
                    }
                    assertEquals(expected, Long.compareUnsigned(v - in[0], in[1]) <= 0, cmp + " " + k + " " + v);
                }
            }
        }
        assertNull(Branches.i64Interval(Op.I64_GT_U, -1));
        assertNull(Branches.i64Interval(Op.I64_LT_S, Long.MIN_VALUE));
    }

    @Test
    void fusedBranches_agreeWithTheCompares() {
        StringBuilder wat = new StringBuilder("(module\n");
        for (int c = 0; c < NAMES.length; c++) {
            for (int i = 0; i < I32_EDGES.length; i++) {
                wat.append(String.format(
                        "(func (export \"i32_%d_%d\") (param i32) (result i32)"
                                + " (block (br_if 0 (i32.%s (local.get 0) (i32.const %d))) (return (i32.const 0)))"
                                + " (i32.const 1))\n",
                        c, i, NAMES[c], I32_EDGES[i]));
            }
            for (int i = 0; i < I64_EDGES.length; i++) {
                wat.append(String.format(
                        "(func (export \"i64_%d_%d\") (param i64) (result i32)"
                                + " (block (br_if 0 (i64.%s (local.get 0) (i64.const %d))) (return (i32.const 0)))"
                                + " (i32.const 1))\n",
                        c, i, NAMES[c], I64_EDGES[i]));
            }
        }
        Wasm w = Wasm.of(wat.append(")").toString());
        for (int c = 0; c < NAMES.length; c++) {
            for (int i = 0; i < I32_EDGES.length; i++) {
                String f = "i32_" + c + "_" + i;
                boolean fused = Branches.i32Interval(Op.I32_EQ + c, I32_EDGES[i]) != null;
                assertEquals(fused, Arrays.stream(w.code(f)).anyMatch(op -> op == Fused.BR_IF_I32_IN), f);
                for (int v : I32_EDGES) {
                    int expected = Branches.i32(Op.I32_EQ + c, v, I32_EDGES[i]) ? 1 : 0;
                    assertEquals(expected, w.call1(f, v), f + "(" + v + ")");
                }
            }
            for (int i = 0; i < I64_EDGES.length; i++) {
                String f = "i64_" + c + "_" + i;
                for (long v : I64_EDGES) {
                    int expected = i64(Op.I64_EQ + c, v, I64_EDGES[i]) ? 1 : 0;
                    assertEquals(expected, w.call1(f, v), f + "(" + v + ")");
                }
            }
        }
    }
}
