package io.wasm4j.backend.interp.internal;

import static io.wasm4j.backend.interp.internal.Simd.lane;
import static io.wasm4j.backend.interp.internal.Simd.slane;
import static io.wasm4j.backend.interp.internal.Simd.with;

import io.wasm4j.core.code.Opcode;

/**
 * Integer SIMD lanes. Lanewise operations are described by a table built from the opcode names (lane
 * width and operation), so one loop serves every shape. Relaxed choices: {@code relaxed_q15mulr_s} is
 * {@code q15mulr_sat_s}; the relaxed dot products treat both operands as signed and wrap in 16 bits.
 */
final class SimdInt {
    private SimdInt() {}

    private static final int ADD = 1,
            SUB = 2,
            MUL = 3,
            MIN_S = 4,
            MIN_U = 5,
            MAX_S = 6,
            MAX_U = 7,
            AVGR_U = 8,
            ADD_SAT_S = 9,
            ADD_SAT_U = 10,
            SUB_SAT_S = 11,
            SUB_SAT_U = 12,
            EQ = 13,
            NE = 14,
            LT_S = 15,
            LT_U = 16,
            GT_S = 17,
            GT_U = 18,
            LE_S = 19,
            LE_U = 20,
            GE_S = 21,
            GE_U = 22,
            Q15 = 23,
            ABS = 24,
            NEG = 25,
            POPCNT = 26,
            SHL = 27,
            SHR_S = 28,
            SHR_U = 29;

    private static final String[] NAMES = {
        null,
        "ADD",
        "SUB",
        "MUL",
        "MIN_S",
        "MIN_U",
        "MAX_S",
        "MAX_U",
        "AVGR_U",
        "ADD_SAT_S",
        "ADD_SAT_U",
        "SUB_SAT_S",
        "SUB_SAT_U",
        "EQ",
        "NE",
        "LT_S",
        "LT_U",
        "GT_S",
        "GT_U",
        "LE_S",
        "LE_U",
        "GE_S",
        "GE_U",
        "Q15MULR_SAT_S",
        "ABS",
        "NEG",
        "POPCNT",
        "SHL",
        "SHR_S",
        "SHR_U"
    };

    private static final Opcode[] OPCODES = Opcode.values();
    private static final byte[] KIND = new byte[Op.COUNT];
    private static final byte[] BITS = new byte[Op.COUNT];

    static {
        for (Opcode o : Opcode.values()) {
            String n = o.name();
            int bits = n.startsWith("I8X16_")
                    ? 8
                    : n.startsWith("I16X8_") ? 16 : n.startsWith("I32X4_") ? 32 : n.startsWith("I64X2_") ? 64 : 0;
            if (bits == 0 || o.prefix() != 0xFD) {
                continue;
            }
            String rest = n.substring(6);
            if (rest.equals("RELAXED_Q15MULR_S")) {
                rest = "Q15MULR_SAT_S";
            }
            for (int k = 1; k < NAMES.length; k++) {
                if (NAMES[k].equals(rest)) {
                    KIND[Op.of(o)] = (byte) k;
                    BITS[Op.of(o)] = (byte) bits;
                }
            }
        }
    }

    static long exec(int op, int pc, long[] s, long[] h, int sp) {
        int kind = KIND[op];
        if (kind == 0) {
            return special(op, pc, s, h, sp);
        }
        int bits = BITS[op];
        int n = 128 / bits;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        long alo;
        long ahi;
        long blo = 0;
        long bhi = 0;
        long count = 0;
        boolean unary = kind == ABS || kind == NEG || kind == POPCNT;
        boolean shift = kind >= SHL;
        if (unary) {
            alo = s[sp - 1];
            ahi = h[sp - 1];
        } else {
            sp--;
            alo = s[sp - 1];
            ahi = h[sp - 1];
            blo = s[sp];
            bhi = h[sp];
            count = s[sp] & (bits - 1);
        }
        long rlo = 0;
        long rhi = 0;
        for (int k = 0; k < n; k++) {
            long x = slane(alo, ahi, bits, k);
            long y = shift ? count : slane(blo, bhi, bits, k);
            long ux = x & mask;
            long uy = y & mask;
            long z = switch (kind) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case MIN_S -> Math.min(x, y);
                case MIN_U -> Long.compareUnsigned(ux, uy) < 0 ? ux : uy;
                case MAX_S -> Math.max(x, y);
                case MAX_U -> Long.compareUnsigned(ux, uy) > 0 ? ux : uy;
                case AVGR_U -> (ux + uy + 1) >>> 1;
                case ADD_SAT_S -> sat(x + y, bits);
                case ADD_SAT_U -> Math.min(ux + uy, mask);
                case SUB_SAT_S -> sat(x - y, bits);
                case SUB_SAT_U -> Math.max(ux - uy, 0);
                case EQ -> x == y ? -1 : 0;
                case NE -> x != y ? -1 : 0;
                case LT_S -> x < y ? -1 : 0;
                case LT_U -> Long.compareUnsigned(ux, uy) < 0 ? -1 : 0;
                case GT_S -> x > y ? -1 : 0;
                case GT_U -> Long.compareUnsigned(ux, uy) > 0 ? -1 : 0;
                case LE_S -> x <= y ? -1 : 0;
                case LE_U -> Long.compareUnsigned(ux, uy) <= 0 ? -1 : 0;
                case GE_S -> x >= y ? -1 : 0;
                case GE_U -> Long.compareUnsigned(ux, uy) >= 0 ? -1 : 0;
                case Q15 -> sat((x * y + 0x4000) >> 15, bits);
                case ABS -> Math.abs(x);
                case NEG -> -x;
                case POPCNT -> Long.bitCount(ux);
                case SHL -> x << y;
                case SHR_S -> x >> y;
                default -> ux >>> y;
            };
            if (k < n / 2) {
                rlo = with(rlo, bits, k, z);
            } else {
                rhi = with(rhi, bits, k, z);
            }
        }
        s[sp - 1] = rlo;
        h[sp - 1] = rhi;
        return Dispatch.pack(pc, sp);
    }

    private static long sat(long v, int bits) {
        long max = (1L << (bits - 1)) - 1;
        long min = -max - 1;
        return Math.max(min, Math.min(max, v));
    }

    private static long satU(long v, int bits) {
        return Math.max(0, Math.min((1L << bits) - 1, v));
    }

    private static long special(int op, int pc, long[] s, long[] h, int sp) {
        long alo = s[sp - 1];
        long ahi = h[sp - 1];
        switch (op) {
            case Op.I8X16_ALL_TRUE, Op.I16X8_ALL_TRUE, Op.I32X4_ALL_TRUE, Op.I64X2_ALL_TRUE -> {
                int bits = allTrueBits(op);
                boolean all = true;
                for (int k = 0; k < 128 / bits; k++) {
                    all &= lane(alo, ahi, bits, k) != 0;
                }
                s[sp - 1] = all ? 1 : 0;
                return Dispatch.pack(pc, sp);
            }
            case Op.I8X16_BITMASK, Op.I16X8_BITMASK, Op.I32X4_BITMASK, Op.I64X2_BITMASK -> {
                int bits = op == Op.I8X16_BITMASK ? 8 : op == Op.I16X8_BITMASK ? 16 : op == Op.I32X4_BITMASK ? 32 : 64;
                int m = 0;
                for (int k = 0; k < 128 / bits; k++) {
                    if (slane(alo, ahi, bits, k) < 0) {
                        m |= 1 << k;
                    }
                }
                s[sp - 1] = m;
                return Dispatch.pack(pc, sp);
            }
            default -> {}
        }
        return widening(op, pc, s, h, sp);
    }

    private static int allTrueBits(int op) {
        return op == Op.I8X16_ALL_TRUE ? 8 : op == Op.I16X8_ALL_TRUE ? 16 : op == Op.I32X4_ALL_TRUE ? 32 : 64;
    }

    private static final byte NARROW = 1, EXTEND = 2, EXTMUL = 3, EXTADD = 4, DOT = 5, DOT_ADD = 6;

    /** Per opcode: the widening kind, and bit 3 set for signed, bit 4 for the high half. */
    private static final byte[] WIDEN = new byte[Op.COUNT];

    static {
        for (Opcode o : OPCODES) {
            String n = o.name();
            int kind = n.contains("NARROW")
                    ? NARROW
                    : n.contains("EXTEND")
                            ? EXTEND
                            : n.contains("EXTMUL")
                                    ? EXTMUL
                                    : n.contains("EXTADD_PAIRWISE")
                                            ? EXTADD
                                            : n.equals("I32X4_DOT_I16X8_S")
                                                            || n.equals("I16X8_RELAXED_DOT_I8X16_I7X16_S")
                                                    ? DOT
                                                    : n.equals("I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S") ? DOT_ADD : 0;
            if (o.prefix() == 0xFD && kind != 0) {
                WIDEN[Op.of(o)] = (byte) (kind | (n.endsWith("_S") ? 8 : 0) | (n.contains("HIGH") ? 16 : 0));
                BITS[Op.of(o)] = (byte)
                        (n.startsWith("I8X16") ? 8 : n.startsWith("I16X8") ? 16 : n.startsWith("I32X4") ? 32 : 64);
            }
        }
    }

    private static long half(long lo, long hi, int bits, int k, boolean signed) {
        return signed ? slane(lo, hi, bits, k) : lane(lo, hi, bits, k);
    }

    /** Narrowing, extension, extended multiplication, pairwise addition and dot products. */
    private static long widening(int op, int pc, long[] s, long[] h, int sp) {
        int w = WIDEN[op];
        if (w == 0) {
            throw Simd.unknown(op);
        }
        int kind = w & 7;
        boolean signed = (w & 8) != 0;
        int from = (w & 16) != 0 ? 128 / BITS[op] : 0;
        int bits = BITS[op];
        int n = 128 / bits;
        if (kind == NARROW || kind == EXTMUL || kind == DOT) {
            sp--;
        } else if (kind == DOT_ADD) {
            sp -= 2;
        }
        long alo = s[sp - 1];
        long ahi = h[sp - 1];
        long blo = s[sp];
        long bhi = h[sp];
        long rlo = 0;
        long rhi = 0;
        for (int k = 0; k < n; k++) {
            long v = switch (kind) {
                case NARROW -> {
                    long x = k < n / 2 ? slane(alo, ahi, 2 * bits, k) : slane(blo, bhi, 2 * bits, k - n / 2);
                    yield signed ? sat(x, bits) : satU(x, bits);
                }
                case EXTEND -> half(alo, ahi, bits / 2, from + k, signed);
                case EXTMUL -> half(alo, ahi, bits / 2, from + k, signed) * half(blo, bhi, bits / 2, from + k, signed);
                case EXTADD -> half(alo, ahi, bits / 2, 2 * k, signed) + half(alo, ahi, bits / 2, 2 * k + 1, signed);
                case DOT ->
                    slane(alo, ahi, bits / 2, 2 * k) * slane(blo, bhi, bits / 2, 2 * k)
                            + slane(alo, ahi, bits / 2, 2 * k + 1) * slane(blo, bhi, bits / 2, 2 * k + 1);
                default -> {
                    long sum = 0;
                    for (int j = 4 * k; j < 4 * k + 4; j++) {
                        sum += slane(alo, ahi, 8, j) * slane(blo, bhi, 8, j);
                    }
                    yield (int) (sum + slane(s[sp + 1], h[sp + 1], 32, k));
                }
            };
            if (k < n / 2) {
                rlo = with(rlo, bits, k, v);
            } else {
                rhi = with(rhi, bits, k, v);
            }
        }
        s[sp - 1] = rlo;
        h[sp - 1] = rhi;
        return Dispatch.pack(pc, sp);
    }
}
