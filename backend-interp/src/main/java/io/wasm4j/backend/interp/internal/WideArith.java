package io.wasm4j.backend.interp.internal;

/** The wide-arithmetic proposal: 128-bit add and subtract, 64×64→128 multiplication. */
final class WideArith {
    private WideArith() {}

    static long exec(int op, long[] s, int sp, int pc) {
        switch (op) {
            case Op.I64_ADD128, Op.I64_SUB128 -> {
                long al = s[sp - 4];
                long ah = s[sp - 3];
                long bl = s[sp - 2];
                long bh = s[sp - 1];
                long lo;
                long hi;
                if (op == Op.I64_ADD128) {
                    lo = al + bl;
                    hi = ah + bh + (Long.compareUnsigned(lo, al) < 0 ? 1 : 0);
                } else {
                    lo = al - bl;
                    hi = ah - bh - (Long.compareUnsigned(al, bl) < 0 ? 1 : 0);
                }
                s[sp - 4] = lo;
                s[sp - 3] = hi;
                return Dispatch.pack(pc, sp - 2);
            }
            default -> {
                long a = s[sp - 2];
                long b = s[sp - 1];
                s[sp - 2] = a * b;
                s[sp - 1] = op == Op.I64_MUL_WIDE_S ? Math.multiplyHigh(a, b) : Math.unsignedMultiplyHigh(a, b);
                return Dispatch.pack(pc, sp);
            }
        }
    }
}
