package io.wasm4j.wat.internal.text;

import io.wasm4j.wat.WatException;
import java.math.BigInteger;

/**
 * Parses the numeric literals of the text format: integers (signed or unsigned range, decimal or hex,
 * with underscores) and floats (decimal and hex, rounded to nearest even, {@code inf}, {@code nan},
 * {@code nan:0x...}). Errors are {@link WatException}s without a position: "unknown operator" for a
 * malformed literal, "... constant out of range" for a value that does not fit.
 */
public final class NumericLiterals {

    private NumericLiterals() {}

    /** Returns whether {@code text} is a well-formed integer or float literal. */
    public static boolean isNumber(String text) {
        return NumberSyntax.split(text) != null;
    }

    /** Returns whether {@code text} is a well-formed integer literal without a sign. */
    public static boolean isNat(String text) {
        NumberSyntax s = NumberSyntax.split(text);
        return s != null && s.kind() == NumberSyntax.Kind.INT && !s.signed();
    }

    /** Parses an i32 literal in the range [-2^31, 2^32-1] and returns its bits. */
    public static int parseI32(String text) {
        return (int) parseInt(text, 32, "i32");
    }

    /** Parses an i64 literal in the range [-2^63, 2^64-1] and returns its bits. */
    public static long parseI64(String text) {
        return parseInt(text, 64, "i64");
    }

    /** Parses an i16 lane literal in the range [-2^15, 2^16-1] and returns its bits. */
    public static short parseI16(String text) {
        return (short) parseInt(text, 16, "i16");
    }

    /** Parses an i8 lane literal in the range [-2^7, 2^8-1] and returns its bits. */
    public static byte parseI8(String text) {
        return (byte) parseInt(text, 8, "i8");
    }

    /** Parses an unsigned 32-bit literal (no sign) such as an index, offset or limit. */
    public static long parseU32(String text) {
        NumberSyntax s = intSyntax(text);
        if (s.signed()) {
            throw malformed(text);
        }
        BigInteger v = magnitude(s);
        if (v.bitLength() > 32) {
            throw new WatException("constant out of range: " + text, 0, 0);
        }
        return v.longValue();
    }

    /** Parses an unsigned 64-bit literal (no sign) and returns its bits. */
    public static long parseU64(String text) {
        NumberSyntax s = intSyntax(text);
        if (s.signed()) {
            throw malformed(text);
        }
        BigInteger v = magnitude(s);
        if (v.bitLength() > 64) {
            throw new WatException("constant out of range: " + text, 0, 0);
        }
        return v.longValue();
    }

    private static long parseInt(String text, int bits, String type) {
        NumberSyntax s = intSyntax(text);
        BigInteger v = magnitude(s);
        boolean ok = s.negative()
                ? v.bitLength() < bits || v.equals(BigInteger.ONE.shiftLeft(bits - 1))
                : v.bitLength() <= bits;
        if (!ok) {
            throw new WatException(type + " constant out of range: " + text, 0, 0);
        }
        return s.negative() ? v.negate().longValue() : v.longValue();
    }

    private static NumberSyntax intSyntax(String text) {
        NumberSyntax s = NumberSyntax.split(text);
        if (s == null || s.kind() != NumberSyntax.Kind.INT) {
            throw malformed(text);
        }
        return s;
    }

    private static BigInteger magnitude(NumberSyntax s) {
        String d = s.intDigits();
        if (d.length() <= 15) {
            return BigInteger.valueOf(Long.parseLong(d, s.hex() ? 16 : 10));
        }
        return new BigInteger(d, s.hex() ? 16 : 10);
    }

    private static WatException malformed(String text) {
        return new WatException("unknown operator: malformed number " + text, 0, 0);
    }

    /** Parses an f32 literal (integer literals are accepted too) and returns its bits. */
    public static int parseF32Bits(String text) {
        return (int) parseFloat(text, FloatFormat.F32);
    }

    /** Parses an f64 literal (integer literals are accepted too) and returns its bits. */
    public static long parseF64Bits(String text) {
        return parseFloat(text, FloatFormat.F64);
    }

    private static long parseFloat(String text, FloatFormat f) {
        NumberSyntax s = NumberSyntax.split(text);
        if (s == null) {
            throw malformed(text);
        }
        long sign = s.negative() ? 1L << (f.bits - 1) : 0;
        long expMask = ((1L << f.expBits) - 1) << f.mantBits;
        long mantMask = (1L << f.mantBits) - 1;
        switch (s.kind()) {
            case INF -> {
                return sign | expMask;
            }
            case NAN -> {
                return sign | expMask | (1L << (f.mantBits - 1));
            }
            case NAN_PAYLOAD -> {
                BigInteger p = new BigInteger(s.intDigits(), 16);
                if (p.signum() == 0 || p.bitLength() > f.mantBits) {
                    throw new WatException(f.name + " constant out of range: " + text, 0, 0);
                }
                return sign | expMask | (p.longValue() & mantMask);
            }
            case INT, FLOAT -> {
                long bits = s.hex() ? hexFloat(s, f) : decimalFloat(s, f);
                if ((bits & expMask) == expMask) {
                    throw new WatException(f.name + " constant out of range: " + text, 0, 0);
                }
                return sign | bits;
            }
        }
        throw new AssertionError();
    }

    private static long decimalFloat(NumberSyntax s, FloatFormat f) {
        StringBuilder sb = new StringBuilder(s.intDigits());
        if (s.fracDigits() != null && !s.fracDigits().isEmpty()) {
            sb.append('.').append(s.fracDigits());
        }
        if (s.expDigits() != null) {
            sb.append('e').append(s.expNegative() ? "-" : "").append(clampExponent(s.expDigits()));
        }
        String str = sb.toString();
        if (f == FloatFormat.F32) {
            return Float.floatToRawIntBits(Float.parseFloat(str)) & 0xFFFF_FFFFL;
        }
        return Double.doubleToRawLongBits(Double.parseDouble(str));
    }

    private static String clampExponent(String digits) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        return d.length() > 9 ? "999999999" : d;
    }

    /** Rounds m * 2^e (exactly) to the nearest-even float of the format; returns unsigned bits. */
    private static long hexFloat(NumberSyntax s, FloatFormat f) {
        String frac = s.fracDigits() == null ? "" : s.fracDigits();
        BigInteger m = new BigInteger(s.intDigits() + frac, 16);
        if (m.signum() == 0) {
            return 0;
        }
        long exp = 0;
        if (s.expDigits() != null) {
            String d = clampExponent(s.expDigits());
            exp = Long.parseLong(d);
            if (s.expNegative()) {
                exp = -exp;
            }
        }
        long e = exp - 4L * frac.length();
        int p = f.mantBits + 1; // precision
        long emin = 2 - (1L << (f.expBits - 1)); // -126 / -1022
        long top = m.bitLength() - 1 + e; // exponent of the leading bit
        long q = Math.max(top - (p - 1), emin - (p - 1)); // exponent of the unit in the last place
        BigInteger mant;
        long shift = q - e;
        if (shift <= 0) {
            mant = m.shiftLeft((int) Math.min(-shift, Integer.MAX_VALUE / 2));
        } else if (shift > m.bitLength() + 1) {
            mant = BigInteger.ZERO;
        } else {
            int sh = (int) shift;
            mant = m.shiftRight(sh);
            boolean half = m.testBit(sh - 1);
            boolean sticky = m.getLowestSetBit() < sh - 1;
            if (half && (sticky || mant.testBit(0))) {
                mant = mant.add(BigInteger.ONE);
            }
        }
        if (mant.bitLength() > p) {
            mant = mant.shiftRight(1);
            q++;
        }
        long mv = mant.longValue();
        if (mant.bitLength() < p) {
            return mv; // subnormal or zero (q == emin - (p - 1))
        }
        long biased = q + (p - 1) + ((1L << (f.expBits - 1)) - 1);
        long maxBiased = (1L << f.expBits) - 1;
        if (biased >= maxBiased) {
            return maxBiased << f.mantBits; // infinity: out of range
        }
        return (biased << f.mantBits) | (mv & ((1L << f.mantBits) - 1));
    }

    private enum FloatFormat {
        F32("f32", 32, 8, 23),
        F64("f64", 64, 11, 52);

        final String name;
        final int bits;
        final int expBits;
        final int mantBits;

        FloatFormat(String name, int bits, int expBits, int mantBits) {
            this.name = name;
            this.bits = bits;
            this.expBits = expBits;
            this.mantBits = mantBits;
        }
    }
}
