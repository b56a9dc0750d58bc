package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.code.Opcode;
import io.wasm4j.spi.V128;

/**
 * Scalar SIMD: each {@code v128} instruction as a loop over lanes, selected by the instruction's
 * mnemonic ({@code shape.op}). Correct and simple; a Vector API version is the planned fast path.
 */
public final class Simd {
    private Simd() {}

    static int bits(String shape) {
        return switch (shape) {
            case "i8x16" -> 8;
            case "i16x8" -> 16;
            case "i32x4", "f32x4" -> 32;
            default -> 64;
        };
    }

    /** Lanes sign- or zero-extended to long. */
    static long[] lanes(V128 v, int bits, boolean signed) {
        int n = 128 / bits;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            int bit = i * bits;
            long half = bit < 64 ? v.lo() : v.hi();
            long x = bits == 64 ? half : half >>> (bit & 63);
            a[i] = bits == 64 ? x : signed ? (x << (64 - bits)) >> (64 - bits) : x & ((1L << bits) - 1);
        }
        return a;
    }

    static V128 pack(long[] a, int bits) {
        int n = a.length;
        long lo = 0;
        long hi = 0;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < n; i++) {
            int bit = i * bits;
            long x = (a[i] & mask) << (bit & 63);
            if (bit < 64) {
                lo |= x;
            } else {
                hi |= x;
            }
        }
        return new V128(lo, hi);
    }

    private static long clamp(long x, int bits, boolean signed) {
        long min = signed ? -(1L << (bits - 1)) : 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        return Math.max(min, Math.min(max, x));
    }

    private static String shape(Opcode op) {
        String m = op.mnemonic();
        return m.substring(0, m.indexOf('.'));
    }

    private static String name(Opcode op) {
        String m = op.mnemonic();
        return m.substring(m.indexOf('.') + 1);
    }

    // ---- binary

    public static V128 binary(V128 a, V128 b, Opcode op) {
        String shape = shape(op);
        String name = name(op);
        switch (name) {
            case "and" -> {
                return new V128(a.lo() & b.lo(), a.hi() & b.hi());
            }
            case "or" -> {
                return new V128(a.lo() | b.lo(), a.hi() | b.hi());
            }
            case "xor" -> {
                return new V128(a.lo() ^ b.lo(), a.hi() ^ b.hi());
            }
            case "andnot" -> {
                return new V128(a.lo() & ~b.lo(), a.hi() & ~b.hi());
            }
            case "swizzle", "relaxed_swizzle" -> {
                byte[] x = Lanes.b(a);
                byte[] idx = Lanes.b(b);
                byte[] r = new byte[16];
                for (int i = 0; i < 16; i++) {
                    int k = idx[i] & 0xFF;
                    r[i] = k < 16 ? x[k] : 0;
                }
                return Lanes.ofB(r);
            }
            default -> {}
        }
        if (shape.charAt(0) == 'f') {
            return SimdFloat.binary(shape, name, a, b);
        }
        int bits = bits(shape);
        if (name.startsWith("narrow_")) {
            boolean s = name.endsWith("_s");
            long[] x = lanes(a, bits * 2, true);
            long[] y = lanes(b, bits * 2, true);
            long[] r = new long[x.length * 2];
            for (int i = 0; i < x.length; i++) {
                r[i] = clamp(x[i], bits, s);
                r[i + x.length] = clamp(y[i], bits, s);
            }
            return pack(r, bits);
        }
        if (name.startsWith("extmul_")) {
            boolean s = name.endsWith("_s");
            boolean high = name.startsWith("extmul_high");
            long[] x = lanes(a, bits / 2, s);
            long[] y = lanes(b, bits / 2, s);
            long[] r = new long[128 / bits];
            int off = high ? r.length : 0;
            for (int i = 0; i < r.length; i++) {
                r[i] = x[i + off] * y[i + off];
            }
            return pack(r, bits);
        }
        if (name.equals("dot_i16x8_s") || name.equals("relaxed_dot_i8x16_i7x16_s")) {
            long[] x = lanes(a, bits / 2, true);
            long[] y = lanes(b, bits / 2, true);
            long[] r = new long[128 / bits];
            for (int i = 0; i < r.length; i++) {
                r[i] = x[2 * i] * y[2 * i] + x[2 * i + 1] * y[2 * i + 1];
            }
            return pack(r, bits);
        }
        boolean unsigned = name.endsWith("_u");
        long[] x = lanes(a, bits, !unsigned);
        long[] y = lanes(b, bits, !unsigned);
        long[] r = new long[x.length];
        for (int i = 0; i < r.length; i++) {
            long p = x[i];
            long q = y[i];
            r[i] = switch (name) {
                case "add" -> p + q;
                case "sub" -> p - q;
                case "mul" -> p * q;
                case "add_sat_s", "add_sat_u" -> clamp(p + q, bits, !unsigned);
                case "sub_sat_s", "sub_sat_u" -> clamp(p - q, bits, !unsigned);
                case "min_s", "min_u" -> Math.min(p, q);
                case "max_s", "max_u" -> Math.max(p, q);
                case "avgr_u" -> (p + q + 1) >>> 1;
                case "q15mulr_sat_s", "relaxed_q15mulr_s" -> clamp((p * q + 0x4000) >> 15, 16, true);
                case "eq" -> p == q ? -1 : 0;
                case "ne" -> p != q ? -1 : 0;
                case "lt_s" -> p < q ? -1 : 0;
                case "lt_u" -> Long.compareUnsigned(p, q) < 0 ? -1 : 0;
                case "gt_s" -> p > q ? -1 : 0;
                case "gt_u" -> Long.compareUnsigned(p, q) > 0 ? -1 : 0;
                case "le_s" -> p <= q ? -1 : 0;
                case "le_u" -> Long.compareUnsigned(p, q) <= 0 ? -1 : 0;
                case "ge_s" -> p >= q ? -1 : 0;
                case "ge_u" -> Long.compareUnsigned(p, q) >= 0 ? -1 : 0;
                default -> throw new UnsupportedOperationException(op.mnemonic());
            };
        }
        return pack(r, bits);
    }

    // ---- unary

    public static V128 unary(V128 a, Opcode op) {
        String shape = shape(op);
        String name = name(op);
        if (name.equals("not")) {
            return new V128(~a.lo(), ~a.hi());
        }
        if (shape.charAt(0) == 'f' || name.startsWith("trunc_sat") || name.startsWith("relaxed_trunc")) {
            return SimdFloat.unary(shape, name, a);
        }
        int bits = bits(shape);
        if (name.startsWith("extend_")) {
            boolean s = name.endsWith("_s");
            boolean high = name.startsWith("extend_high");
            long[] x = lanes(a, bits / 2, s);
            long[] r = new long[128 / bits];
            for (int i = 0; i < r.length; i++) {
                r[i] = x[i + (high ? r.length : 0)];
            }
            return pack(r, bits);
        }
        if (name.startsWith("extadd_pairwise")) {
            long[] x = lanes(a, bits / 2, name.endsWith("_s"));
            long[] r = new long[128 / bits];
            for (int i = 0; i < r.length; i++) {
                r[i] = x[2 * i] + x[2 * i + 1];
            }
            return pack(r, bits);
        }
        long[] x = lanes(a, bits, true);
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (name) {
                case "abs" -> Math.abs(x[i]);
                case "neg" -> -x[i];
                case "popcnt" -> Long.bitCount(x[i] & 0xFF);
                default -> throw new UnsupportedOperationException(op.mnemonic());
            };
        }
        return pack(x, bits);
    }

    public static V128 ternary(V128 a, V128 b, V128 c, Opcode op) {
        String name = name(op);
        switch (name) {
            case "bitselect", "relaxed_laneselect" -> {
                return new V128((a.lo() & c.lo()) | (b.lo() & ~c.lo()), (a.hi() & c.hi()) | (b.hi() & ~c.hi()));
            }
            case "relaxed_dot_i8x16_i7x16_add_s" -> {
                long[] x = lanes(a, 8, true);
                long[] y = lanes(b, 8, true);
                long[] acc = lanes(c, 32, true);
                for (int i = 0; i < 4; i++) {
                    for (int k = 0; k < 4; k++) {
                        acc[i] += x[4 * i + k] * y[4 * i + k];
                    }
                }
                return pack(acc, 32);
            }
            default -> {
                return SimdFloat.ternary(shape(op), name, a, b, c);
            }
        }
    }

    /** {@code any_true}, {@code all_true}, {@code bitmask}. */
    public static int test(V128 a, Opcode op) {
        String name = name(op);
        if (name.equals("any_true")) {
            return (a.lo() | a.hi()) != 0 ? 1 : 0;
        }
        int bits = bits(shape(op));
        long[] x = lanes(a, bits, true);
        int r = name.equals("all_true") ? 1 : 0;
        for (int i = 0; i < x.length; i++) {
            if (name.equals("all_true")) {
                if (x[i] == 0) {
                    return 0;
                }
            } else if (x[i] < 0) {
                r |= 1 << i;
            }
        }
        return r;
    }

    public static V128 shift(V128 a, int count, Opcode op) {
        String name = name(op);
        int bits = bits(shape(op));
        int n = count & (bits - 1);
        long[] x = lanes(a, bits, !name.equals("shr_u"));
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (name) {
                case "shl" -> x[i] << n;
                case "shr_u" -> x[i] >>> n;
                default -> x[i] >> n;
            };
        }
        return pack(x, bits);
    }

    public static V128 splat(long x, Opcode op) {
        int bits = bits(shape(op));
        long[] r = new long[128 / bits];
        java.util.Arrays.fill(r, x);
        return pack(r, bits);
    }

    public static V128 splatF(float x) {
        int b = Float.floatToRawIntBits(x);
        return V128.ofI32(b, b, b, b);
    }

    public static V128 splatD(double x) {
        long b = Double.doubleToRawLongBits(x);
        return new V128(b, b);
    }

    public static long extract(V128 a, int lane, Opcode op) {
        int bits = bits(shape(op));
        return lanes(a, bits, !op.mnemonic().endsWith("_u"))[lane];
    }

    public static V128 replace(V128 a, long x, int lane, Opcode op) {
        int bits = bits(shape(op));
        long[] r = lanes(a, bits, false);
        r[lane] = x;
        return pack(r, bits);
    }

    public static V128 shuffle(V128 a, V128 b, long lo, long hi) {
        byte[] x = Lanes.b(a);
        byte[] y = Lanes.b(b);
        byte[] idx = Lanes.b(new V128(lo, hi));
        byte[] r = new byte[16];
        for (int i = 0; i < 16; i++) {
            int k = idx[i];
            r[i] = k < 16 ? x[k] : y[k - 16];
        }
        return Lanes.ofB(r);
    }
}
