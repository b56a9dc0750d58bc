package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;

/** Integer instructions not handled inline: most comparisons, division, bit counts, rotations, extensions. */
final class IntOps {
    private IntOps() {}

    static long exec(int op, long[] s, int sp, int pc) {
        switch (op) {
            case Op.I32_CLZ -> s[sp - 1] = Integer.numberOfLeadingZeros((int) s[sp - 1]);
            case Op.I32_CTZ -> s[sp - 1] = Integer.numberOfTrailingZeros((int) s[sp - 1]);
            case Op.I32_POPCNT -> s[sp - 1] = Integer.bitCount((int) s[sp - 1]);
            case Op.I64_CLZ -> s[sp - 1] = Long.numberOfLeadingZeros(s[sp - 1]);
            case Op.I64_CTZ -> s[sp - 1] = Long.numberOfTrailingZeros(s[sp - 1]);
            case Op.I64_POPCNT -> s[sp - 1] = Long.bitCount(s[sp - 1]);
            case Op.I32_EXTEND8_S -> s[sp - 1] = (byte) s[sp - 1];
            case Op.I32_EXTEND16_S -> s[sp - 1] = (short) s[sp - 1];
            case Op.I64_EXTEND8_S -> s[sp - 1] = (byte) s[sp - 1];
            case Op.I64_EXTEND16_S -> s[sp - 1] = (short) s[sp - 1];
            case Op.I64_EXTEND32_S -> s[sp - 1] = (int) s[sp - 1];
            case Op.I64_EQZ -> s[sp - 1] = s[sp - 1] == 0 ? 1 : 0;
            default -> {
                return binary(op, s, sp, pc);
            }
        }
        return Dispatch.pack(pc, sp);
    }

    private static long binary(int op, long[] s, int sp, int pc) {
        if (op >= Op.I64_ADD128 && op <= Op.I64_MUL_WIDE_U) {
            return WideArith.exec(op, s, sp, pc);
        }
        long a = s[sp - 2];
        long b = s[sp - 1];
        int x = (int) a;
        int y = (int) b;
        long v = switch (op) {
            case Op.I32_EQ -> x == y ? 1 : 0;
            case Op.I32_NE -> x != y ? 1 : 0;
            case Op.I32_LT_S -> x < y ? 1 : 0;
            case Op.I32_GT_S -> x > y ? 1 : 0;
            case Op.I32_LE_S -> x <= y ? 1 : 0;
            case Op.I32_GE_S -> x >= y ? 1 : 0;
            case Op.I64_EQ -> a == b ? 1 : 0;
            case Op.I64_NE -> a != b ? 1 : 0;
            case Op.I32_LT_U -> Integer.compareUnsigned(x, y) < 0 ? 1 : 0;
            case Op.I32_GT_U -> Integer.compareUnsigned(x, y) > 0 ? 1 : 0;
            case Op.I32_LE_U -> Integer.compareUnsigned(x, y) <= 0 ? 1 : 0;
            case Op.I32_GE_U -> Integer.compareUnsigned(x, y) >= 0 ? 1 : 0;
            case Op.I64_LT_S -> a < b ? 1 : 0;
            case Op.I64_GT_S -> a > b ? 1 : 0;
            case Op.I64_LE_S -> a <= b ? 1 : 0;
            case Op.I64_GE_S -> a >= b ? 1 : 0;
            case Op.I64_LT_U -> Long.compareUnsigned(a, b) < 0 ? 1 : 0;
            case Op.I64_GT_U -> Long.compareUnsigned(a, b) > 0 ? 1 : 0;
            case Op.I64_LE_U -> Long.compareUnsigned(a, b) <= 0 ? 1 : 0;
            case Op.I64_GE_U -> Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
            case Op.I32_DIV_S -> {
                if (y == 0) {
                    throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
                }
                if (x == Integer.MIN_VALUE && y == -1) {
                    throw new Trap(TrapCode.INTEGER_OVERFLOW);
                }
                yield x / y;
            }
            case Op.I32_DIV_U -> Integer.divideUnsigned(x, nonZero(y));
            case Op.I32_REM_S -> y == -1 ? 0 : x % nonZero(y);
            case Op.I32_REM_U -> Integer.remainderUnsigned(x, nonZero(y));
            case Op.I32_ROTL -> Integer.rotateLeft(x, y);
            case Op.I32_ROTR -> Integer.rotateRight(x, y);
            case Op.I64_DIV_S -> {
                if (b == 0) {
                    throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
                }
                if (a == Long.MIN_VALUE && b == -1) {
                    throw new Trap(TrapCode.INTEGER_OVERFLOW);
                }
                yield a / b;
            }
            case Op.I64_DIV_U -> Long.divideUnsigned(a, nonZero(b));
            case Op.I64_REM_S -> b == -1 ? 0 : a % nonZero(b);
            case Op.I64_REM_U -> Long.remainderUnsigned(a, nonZero(b));
            case Op.I64_ROTL -> Long.rotateLeft(a, (int) b);
            case Op.I64_ROTR -> Long.rotateRight(a, (int) b);
            default -> throw new IllegalStateException("not an integer opcode: " + op);
        };
        s[sp - 2] = v;
        return Dispatch.pack(pc, sp - 1);
    }

    private static int nonZero(int y) {
        if (y == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return y;
    }

    private static long nonZero(long y) {
        if (y == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return y;
    }
}
