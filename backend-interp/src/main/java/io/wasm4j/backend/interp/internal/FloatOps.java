package io.wasm4j.backend.interp.internal;

/**
 * Floating-point comparisons and arithmetic. Values are raw bits in the slots; sign operations work on
 * the bits so NaN payloads survive, and results that may be NaN are made quiet where the spec asks for
 * an arithmetic NaN.
 */
final class FloatOps {
    private FloatOps() {}

    static float f(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    static long bits(float v) {
        return Float.floatToRawIntBits(v);
    }

    static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    /** Returns the bits of {@code v}, with the quiet bit set when it is a NaN. */
    static long quiet(float v) {
        int b = Float.floatToRawIntBits(v);
        return v != v ? b | 0x0040_0000 : b;
    }

    static long quiet(double v) {
        long b = Double.doubleToRawLongBits(v);
        return v != v ? b | 0x0008_0000_0000_0000L : b;
    }

    static long exec(int op, long[] s, int sp, int pc) {
        long a = s[sp - 1];
        switch (op) {
            case Op.F32_ABS -> s[sp - 1] = (int) a & 0x7FFF_FFFF;
            case Op.F32_NEG -> s[sp - 1] = (int) a ^ 0x8000_0000;
            case Op.F32_CEIL -> s[sp - 1] = quiet((float) Math.ceil(f(a)));
            case Op.F32_FLOOR -> s[sp - 1] = quiet((float) Math.floor(f(a)));
            case Op.F32_TRUNC -> s[sp - 1] = quiet(truncF(f(a)));
            case Op.F32_NEAREST -> s[sp - 1] = quiet((float) Math.rint(f(a)));
            case Op.F32_SQRT -> s[sp - 1] = quiet((float) Math.sqrt(f(a)));
            case Op.F64_ABS -> s[sp - 1] = a & 0x7FFF_FFFF_FFFF_FFFFL;
            case Op.F64_NEG -> s[sp - 1] = a ^ 0x8000_0000_0000_0000L;
            case Op.F64_CEIL -> s[sp - 1] = quiet(Math.ceil(d(a)));
            case Op.F64_FLOOR -> s[sp - 1] = quiet(Math.floor(d(a)));
            case Op.F64_TRUNC -> s[sp - 1] = quiet(truncD(d(a)));
            case Op.F64_NEAREST -> s[sp - 1] = quiet(Math.rint(d(a)));
            case Op.F64_SQRT -> s[sp - 1] = quiet(Math.sqrt(d(a)));
            default -> {
                return binary(op, s, sp, pc);
            }
        }
        return Dispatch.pack(pc, sp);
    }

    static float truncF(float v) {
        return v < 0 ? (float) Math.ceil(v) : (float) Math.floor(v);
    }

    static double truncD(double v) {
        return v < 0 ? Math.ceil(v) : Math.floor(v);
    }

    private static long binary(int op, long[] s, int sp, int pc) {
        long a = s[sp - 2];
        long b = s[sp - 1];
        long v = switch (op) {
            case Op.F32_EQ -> f(a) == f(b) ? 1 : 0;
            case Op.F32_NE -> f(a) != f(b) ? 1 : 0;
            case Op.F32_LT -> f(a) < f(b) ? 1 : 0;
            case Op.F32_GT -> f(a) > f(b) ? 1 : 0;
            case Op.F32_LE -> f(a) <= f(b) ? 1 : 0;
            case Op.F32_GE -> f(a) >= f(b) ? 1 : 0;
            case Op.F64_EQ -> d(a) == d(b) ? 1 : 0;
            case Op.F64_NE -> d(a) != d(b) ? 1 : 0;
            case Op.F64_LT -> d(a) < d(b) ? 1 : 0;
            case Op.F64_GT -> d(a) > d(b) ? 1 : 0;
            case Op.F64_LE -> d(a) <= d(b) ? 1 : 0;
            case Op.F64_GE -> d(a) >= d(b) ? 1 : 0;
            case Op.F32_ADD -> bits(f(a) + f(b));
            case Op.F32_SUB -> bits(f(a) - f(b));
            case Op.F32_MUL -> bits(f(a) * f(b));
            case Op.F32_DIV -> bits(f(a) / f(b));
            case Op.F32_MIN -> quiet(Math.min(f(a), f(b)));
            case Op.F32_MAX -> quiet(Math.max(f(a), f(b)));
            case Op.F32_COPYSIGN -> ((int) a & 0x7FFF_FFFF) | ((int) b & 0x8000_0000);
            case Op.F64_ADD -> bits(d(a) + d(b));
            case Op.F64_SUB -> bits(d(a) - d(b));
            case Op.F64_MUL -> bits(d(a) * d(b));
            case Op.F64_DIV -> bits(d(a) / d(b));
            case Op.F64_MIN -> quiet(Math.min(d(a), d(b)));
            case Op.F64_MAX -> quiet(Math.max(d(a), d(b)));
            case Op.F64_COPYSIGN -> (a & 0x7FFF_FFFF_FFFF_FFFFL) | (b & 0x8000_0000_0000_0000L);
            default -> throw new IllegalStateException("not a float opcode: " + op);
        };
        s[sp - 2] = v;
        return Dispatch.pack(pc, sp - 1);
    }
}
