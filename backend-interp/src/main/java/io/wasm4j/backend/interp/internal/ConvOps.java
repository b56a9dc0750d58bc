package io.wasm4j.backend.interp.internal;

import static io.wasm4j.backend.interp.internal.FloatOps.bits;
import static io.wasm4j.backend.interp.internal.FloatOps.d;
import static io.wasm4j.backend.interp.internal.FloatOps.f;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;

/** Conversions: truncation (trapping and saturating), integer to float, promotion, demotion, reinterpretation. */
final class ConvOps {
    private ConvOps() {}

    private static final double TWO63 = 9.223372036854775808E18;

    static long exec(int op, long[] s, int sp, int pc) {
        long a = s[sp - 1];
        s[sp - 1] = switch (op) {
            case Op.I32_TRUNC_F32_S -> i32s(f(a));
            case Op.I32_TRUNC_F32_U -> i32u(f(a));
            case Op.I32_TRUNC_F64_S -> i32s(d(a));
            case Op.I32_TRUNC_F64_U -> i32u(d(a));
            case Op.I64_TRUNC_F32_S -> i64s(f(a));
            case Op.I64_TRUNC_F32_U -> i64u(f(a));
            case Op.I64_TRUNC_F64_S -> i64s(d(a));
            case Op.I64_TRUNC_F64_U -> i64u(d(a));
            case Op.I32_TRUNC_SAT_F32_S -> (int) f(a);
            case Op.I32_TRUNC_SAT_F32_U -> (int) satU32(f(a));
            case Op.I32_TRUNC_SAT_F64_S -> (int) d(a);
            case Op.I32_TRUNC_SAT_F64_U -> (int) satU32(d(a));
            case Op.I64_TRUNC_SAT_F32_S -> (long) f(a);
            case Op.I64_TRUNC_SAT_F32_U -> satU64(f(a));
            case Op.I64_TRUNC_SAT_F64_S -> (long) d(a);
            case Op.I64_TRUNC_SAT_F64_U -> satU64(d(a));
            case Op.F32_CONVERT_I32_S -> bits((float) (int) a);
            case Op.F32_CONVERT_I32_U -> bits((float) (a & 0xFFFF_FFFFL));
            case Op.F32_CONVERT_I64_S -> bits((float) a);
            case Op.F32_CONVERT_I64_U -> bits(u64ToFloat(a));
            case Op.F32_DEMOTE_F64 -> FloatOps.quiet((float) d(a));
            case Op.F64_CONVERT_I32_S -> bits((double) (int) a);
            case Op.F64_CONVERT_I32_U -> bits((double) (a & 0xFFFF_FFFFL));
            case Op.F64_CONVERT_I64_S -> bits((double) a);
            case Op.F64_CONVERT_I64_U -> bits(u64ToDouble(a));
            case Op.F64_PROMOTE_F32 -> FloatOps.quiet((double) f(a));
            case Op.I32_REINTERPRET_F32, Op.F32_REINTERPRET_I32 -> (int) a;
            case Op.I64_REINTERPRET_F64, Op.F64_REINTERPRET_I64 -> a;
            default -> throw new IllegalStateException("not a conversion opcode: " + op);
        };
        return Dispatch.pack(pc, sp);
    }

    private static void checkNaN(double v) {
        if (v != v) {
            throw new Trap(TrapCode.INVALID_CONVERSION_TO_INTEGER);
        }
    }

    private static Trap overflow() {
        return new Trap(TrapCode.INTEGER_OVERFLOW);
    }

    static int i32s(double v) {
        checkNaN(v);
        if (!(v > -2147483649.0 && v < 2147483648.0)) {
            throw overflow();
        }
        return (int) v;
    }

    static int i32u(double v) {
        checkNaN(v);
        if (!(v > -1.0 && v < 4294967296.0)) {
            throw overflow();
        }
        return (int) (long) v;
    }

    static long i64s(double v) {
        checkNaN(v);
        if (!(v >= -TWO63 && v < TWO63)) {
            throw overflow();
        }
        return (long) v;
    }

    static long i64u(double v) {
        checkNaN(v);
        if (!(v > -1.0 && v < 2 * TWO63)) {
            throw overflow();
        }
        return toU64(v);
    }

    private static long toU64(double v) {
        return v < TWO63 ? (long) v : (long) (v - TWO63) ^ Long.MIN_VALUE;
    }

    static long satU32(double v) {
        if (v != v || v <= 0) {
            return 0;
        }
        return v >= 4294967295.0 ? 0xFFFF_FFFFL : (long) v;
    }

    static long satU64(double v) {
        if (v != v || v <= 0) {
            return 0;
        }
        return v >= 2 * TWO63 ? -1L : toU64(Math.floor(v));
    }

    static float u64ToFloat(long v) {
        if (v >= 0) {
            return (float) v;
        }
        return (float) ((v >>> 1) | (v & 1)) * 2f;
    }

    static double u64ToDouble(long v) {
        if (v >= 0) {
            return (double) v;
        }
        return (double) ((v >>> 1) | (v & 1)) * 2.0;
    }
}
