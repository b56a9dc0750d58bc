package io.wasm4j.backend.interp.internal;

import static io.wasm4j.backend.interp.internal.Simd.lane;
import static io.wasm4j.backend.interp.internal.Simd.with;

import io.wasm4j.core.code.Opcode;

/**
 * Float SIMD lanes and the conversions between float and integer vectors. Relaxed choices (documented,
 * deterministic): {@code relaxed_madd/nmadd} round twice ({@code a * b + c}, not fused); {@code
 * relaxed_min/max} are {@code min/max}; {@code relaxed_trunc*} are the saturating truncations.
 */
final class SimdFloat {
    private SimdFloat() {}

    private static final boolean[] HANDLES = new boolean[Op.COUNT];

    static {
        for (Opcode o : Opcode.values()) {
            String n = o.name();
            if (o.prefix() == 0xFD
                    && (n.startsWith("F32X4_")
                            || n.startsWith("F64X2_")
                            || n.contains("TRUNC_SAT_F")
                            || n.contains("RELAXED_TRUNC"))) {
                HANDLES[Op.of(o)] = true;
            }
        }
    }

    static boolean handles(int op) {
        return HANDLES[op];
    }

    private static float f(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    static long exec(int op, int pc, long[] s, long[] h, int sp) {
        switch (op) {
            case Op.F32X4_RELAXED_MADD, Op.F32X4_RELAXED_NMADD, Op.F64X2_RELAXED_MADD, Op.F64X2_RELAXED_NMADD -> {
                sp -= 2;
                boolean f32 = op == Op.F32X4_RELAXED_MADD || op == Op.F32X4_RELAXED_NMADD;
                boolean neg = op == Op.F32X4_RELAXED_NMADD || op == Op.F64X2_RELAXED_NMADD;
                int bits = f32 ? 32 : 64;
                long rlo = 0;
                long rhi = 0;
                for (int k = 0; k < 128 / bits; k++) {
                    long a = lane(s[sp - 1], h[sp - 1], bits, k);
                    long b = lane(s[sp], h[sp], bits, k);
                    long c = lane(s[sp + 1], h[sp + 1], bits, k);
                    long z = f32
                            ? FloatOps.bits((neg ? -f(a) : f(a)) * f(b) + f(c))
                            : FloatOps.bits((neg ? -d(a) : d(a)) * d(b) + d(c));
                    if (k < 64 / bits) {
                        rlo = with(rlo, bits, k, z);
                    } else {
                        rhi = with(rhi, bits, k, z);
                    }
                }
                s[sp - 1] = rlo;
                h[sp - 1] = rhi;
                return Dispatch.pack(pc, sp);
            }
            default -> {}
        }
        boolean binary = isBinary(op);
        long alo = s[binary ? sp - 2 : sp - 1];
        long ahi = h[binary ? sp - 2 : sp - 1];
        long blo = binary ? s[sp - 1] : 0;
        long bhi = binary ? h[sp - 1] : 0;
        if (binary) {
            sp--;
        }
        long rlo = 0;
        long rhi = 0;
        for (int k = 0; k < 4; k++) {
            long z = lane32(op, alo, ahi, blo, bhi, k);
            if (z == NO_LANE) {
                break;
            }
            if (k < 2) {
                rlo = with(rlo, 32, k, z);
            } else {
                rhi = with(rhi, 32, k, z);
            }
        }
        if (!is32BitResult(op)) {
            rlo = lane64(op, alo, ahi, blo, bhi, 0);
            rhi = lane64(op, alo, ahi, blo, bhi, 1);
        }
        s[sp - 1] = rlo;
        h[sp - 1] = rhi;
        return Dispatch.pack(pc, sp);
    }

    private static final long NO_LANE = Long.MIN_VALUE + 12345;

    private static boolean is32BitResult(int op) {
        String n = OPCODES[op].name();
        return n.startsWith("F32X4_") || n.startsWith("I32X4_");
    }

    private static final Opcode[] OPCODES = Opcode.values();

    private static boolean isBinary(int op) {
        return switch (op) {
            case Op.F32X4_ADD,
                    Op.F32X4_SUB,
                    Op.F32X4_MUL,
                    Op.F32X4_DIV,
                    Op.F32X4_MIN,
                    Op.F32X4_MAX,
                    Op.F32X4_PMIN,
                    Op.F32X4_PMAX,
                    Op.F32X4_EQ,
                    Op.F32X4_NE,
                    Op.F32X4_LT,
                    Op.F32X4_GT,
                    Op.F32X4_LE,
                    Op.F32X4_GE,
                    Op.F32X4_RELAXED_MIN,
                    Op.F32X4_RELAXED_MAX,
                    Op.F64X2_ADD,
                    Op.F64X2_SUB,
                    Op.F64X2_MUL,
                    Op.F64X2_DIV,
                    Op.F64X2_MIN,
                    Op.F64X2_MAX,
                    Op.F64X2_PMIN,
                    Op.F64X2_PMAX,
                    Op.F64X2_EQ,
                    Op.F64X2_NE,
                    Op.F64X2_LT,
                    Op.F64X2_GT,
                    Op.F64X2_LE,
                    Op.F64X2_GE,
                    Op.F64X2_RELAXED_MIN,
                    Op.F64X2_RELAXED_MAX -> true;
            default -> false;
        };
    }

    /** Computes lane {@code k} of an operation with 32-bit result lanes. */
    private static long lane32(int op, long alo, long ahi, long blo, long bhi, int k) {
        float x = f(lane(alo, ahi, 32, k));
        float y = f(lane(blo, bhi, 32, k));
        long xi = lane(alo, ahi, 32, k);
        return switch (op) {
            case Op.F32X4_ABS -> xi & 0x7FFF_FFFF;
            case Op.F32X4_NEG -> xi ^ 0x8000_0000L;
            case Op.F32X4_SQRT -> FloatOps.quiet((float) Math.sqrt(x));
            case Op.F32X4_CEIL -> FloatOps.quiet((float) Math.ceil(x));
            case Op.F32X4_FLOOR -> FloatOps.quiet((float) Math.floor(x));
            case Op.F32X4_TRUNC -> FloatOps.quiet(FloatOps.truncF(x));
            case Op.F32X4_NEAREST -> FloatOps.quiet((float) Math.rint(x));
            case Op.F32X4_ADD -> FloatOps.bits(x + y);
            case Op.F32X4_SUB -> FloatOps.bits(x - y);
            case Op.F32X4_MUL -> FloatOps.bits(x * y);
            case Op.F32X4_DIV -> FloatOps.bits(x / y);
            case Op.F32X4_MIN, Op.F32X4_RELAXED_MIN -> FloatOps.quiet(Math.min(x, y));
            case Op.F32X4_MAX, Op.F32X4_RELAXED_MAX -> FloatOps.quiet(Math.max(x, y));
            case Op.F32X4_PMIN -> y < x ? lane(blo, bhi, 32, k) : xi;
            case Op.F32X4_PMAX -> x < y ? lane(blo, bhi, 32, k) : xi;
            case Op.F32X4_EQ -> x == y ? -1 : 0;
            case Op.F32X4_NE -> x != y ? -1 : 0;
            case Op.F32X4_LT -> x < y ? -1 : 0;
            case Op.F32X4_GT -> x > y ? -1 : 0;
            case Op.F32X4_LE -> x <= y ? -1 : 0;
            case Op.F32X4_GE -> x >= y ? -1 : 0;
            case Op.I32X4_TRUNC_SAT_F32X4_S, Op.I32X4_RELAXED_TRUNC_F32X4_S -> (int) x;
            case Op.I32X4_TRUNC_SAT_F32X4_U, Op.I32X4_RELAXED_TRUNC_F32X4_U -> ConvOps.satU32(x);
            case Op.F32X4_CONVERT_I32X4_S -> FloatOps.bits((float) (int) xi);
            case Op.F32X4_CONVERT_I32X4_U -> FloatOps.bits((float) xi);
            case Op.I32X4_TRUNC_SAT_F64X2_S_ZERO, Op.I32X4_RELAXED_TRUNC_F64X2_S_ZERO ->
                k < 2 ? (int) d(k == 0 ? alo : ahi) : 0;
            case Op.I32X4_TRUNC_SAT_F64X2_U_ZERO, Op.I32X4_RELAXED_TRUNC_F64X2_U_ZERO ->
                k < 2 ? ConvOps.satU32(d(k == 0 ? alo : ahi)) : 0;
            case Op.F32X4_DEMOTE_F64X2_ZERO -> k < 2 ? FloatOps.quiet((float) d(k == 0 ? alo : ahi)) : 0;
            default -> NO_LANE;
        };
    }

    /** Computes lane {@code k} of an operation with 64-bit result lanes. */
    private static long lane64(int op, long alo, long ahi, long blo, long bhi, int k) {
        long xi = k == 0 ? alo : ahi;
        long yi = k == 0 ? blo : bhi;
        double x = d(xi);
        double y = d(yi);
        return switch (op) {
            case Op.F64X2_ABS -> xi & Long.MAX_VALUE;
            case Op.F64X2_NEG -> xi ^ Long.MIN_VALUE;
            case Op.F64X2_SQRT -> FloatOps.quiet(Math.sqrt(x));
            case Op.F64X2_CEIL -> FloatOps.quiet(Math.ceil(x));
            case Op.F64X2_FLOOR -> FloatOps.quiet(Math.floor(x));
            case Op.F64X2_TRUNC -> FloatOps.quiet(FloatOps.truncD(x));
            case Op.F64X2_NEAREST -> FloatOps.quiet(Math.rint(x));
            case Op.F64X2_ADD -> FloatOps.bits(x + y);
            case Op.F64X2_SUB -> FloatOps.bits(x - y);
            case Op.F64X2_MUL -> FloatOps.bits(x * y);
            case Op.F64X2_DIV -> FloatOps.bits(x / y);
            case Op.F64X2_MIN, Op.F64X2_RELAXED_MIN -> FloatOps.quiet(Math.min(x, y));
            case Op.F64X2_MAX, Op.F64X2_RELAXED_MAX -> FloatOps.quiet(Math.max(x, y));
            case Op.F64X2_PMIN -> y < x ? yi : xi;
            case Op.F64X2_PMAX -> x < y ? yi : xi;
            case Op.F64X2_EQ -> x == y ? -1 : 0;
            case Op.F64X2_NE -> x != y ? -1 : 0;
            case Op.F64X2_LT -> x < y ? -1 : 0;
            case Op.F64X2_GT -> x > y ? -1 : 0;
            case Op.F64X2_LE -> x <= y ? -1 : 0;
            case Op.F64X2_GE -> x >= y ? -1 : 0;
            case Op.F64X2_CONVERT_LOW_I32X4_S -> FloatOps.bits((double) (int) lane(alo, ahi, 32, k));
            case Op.F64X2_CONVERT_LOW_I32X4_U -> FloatOps.bits((double) lane(alo, ahi, 32, k));
            case Op.F64X2_PROMOTE_LOW_F32X4 -> FloatOps.quiet((double) f(lane(alo, ahi, 32, k)));
            default -> throw Simd.unknown(op);
        };
    }
}
