package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;

/**
 * Numeric operations that have no single JVM instruction, called by generated code with {@code
 * invokestatic}. Each is tiny, so the JIT inlines it at the call site.
 */
public final class Num {
    private static final double TWO63 = 9.223372036854775808E18;
    private static final float F_NAN = Float.intBitsToFloat(0x7FC0_0000);
    private static final double D_NAN = Double.longBitsToDouble(0x7FF8_0000_0000_0000L);

    private Num() {}

    // ---- comparisons (0 or 1)

    public static int eqz(int a) {
        return a == 0 ? 1 : 0;
    }

    public static int eqz(long a) {
        return a == 0 ? 1 : 0;
    }

    public static int eq(int a, int b) {
        return a == b ? 1 : 0;
    }

    public static int ne(int a, int b) {
        return a != b ? 1 : 0;
    }

    public static int lt(int a, int b) {
        return a < b ? 1 : 0;
    }

    public static int gt(int a, int b) {
        return a > b ? 1 : 0;
    }

    public static int le(int a, int b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(int a, int b) {
        return a >= b ? 1 : 0;
    }

    public static int ltU(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int gtU(int a, int b) {
        return Integer.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int leU(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int geU(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }

    public static int eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    public static int ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    public static int lt(long a, long b) {
        return a < b ? 1 : 0;
    }

    public static int gt(long a, long b) {
        return a > b ? 1 : 0;
    }

    public static int le(long a, long b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(long a, long b) {
        return a >= b ? 1 : 0;
    }

    public static int ltU(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int gtU(long a, long b) {
        return Long.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int leU(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int geU(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }

    public static int eq(float a, float b) {
        return a == b ? 1 : 0;
    }

    public static int ne(float a, float b) {
        return a != b ? 1 : 0;
    }

    public static int lt(float a, float b) {
        return a < b ? 1 : 0;
    }

    public static int gt(float a, float b) {
        return a > b ? 1 : 0;
    }

    public static int le(float a, float b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(float a, float b) {
        return a >= b ? 1 : 0;
    }

    public static int eq(double a, double b) {
        return a == b ? 1 : 0;
    }

    public static int ne(double a, double b) {
        return a != b ? 1 : 0;
    }

    public static int lt(double a, double b) {
        return a < b ? 1 : 0;
    }

    public static int gt(double a, double b) {
        return a > b ? 1 : 0;
    }

    public static int le(double a, double b) {
        return a <= b ? 1 : 0;
    }

    public static int ge(double a, double b) {
        return a >= b ? 1 : 0;
    }

    // ---- integer arithmetic

    public static int divS(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw new Trap(TrapCode.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static int divU(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.divideUnsigned(a, b);
    }

    public static int remS(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return b == -1 ? 0 : a % b;
    }

    public static int remU(int a, int b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static long divS(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new Trap(TrapCode.INTEGER_OVERFLOW);
        }
        return a / b;
    }

    public static long divU(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Long.divideUnsigned(a, b);
    }

    public static long remS(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return b == -1 ? 0 : a % b;
    }

    public static long remU(long a, long b) {
        if (b == 0) {
            throw new Trap(TrapCode.INTEGER_DIVIDE_BY_ZERO);
        }
        return Long.remainderUnsigned(a, b);
    }

    public static long clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    public static long ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    public static long popcnt(long a) {
        return Long.bitCount(a);
    }

    public static long rotl(long a, long n) {
        return Long.rotateLeft(a, (int) n);
    }

    public static long rotr(long a, long n) {
        return Long.rotateRight(a, (int) n);
    }

    // ---- floating point

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7FFF_FFFF);
    }

    public static float neg(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ 0x8000_0000);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE);
    }

    public static double neg(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ Long.MIN_VALUE);
    }

    private static float quiet(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) | 0x0040_0000);
    }

    private static double quiet(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) | 0x0008_0000_0000_0000L);
    }

    public static float ceil(float a) {
        return a != a ? quiet(a) : (float) Math.ceil(a);
    }

    public static float floor(float a) {
        return a != a ? quiet(a) : (float) Math.floor(a);
    }

    public static float trunc(float a) {
        return a != a ? quiet(a) : (float) trunc((double) a);
    }

    public static float nearest(float a) {
        return a != a ? quiet(a) : (float) Math.rint(a);
    }

    public static float sqrt(float a) {
        return a != a ? quiet(a) : (float) Math.sqrt(a);
    }

    public static double ceil(double a) {
        return a != a ? quiet(a) : Math.ceil(a);
    }

    public static double floor(double a) {
        return a != a ? quiet(a) : Math.floor(a);
    }

    public static double trunc(double a) {
        return a != a ? quiet(a) : a < 0 ? Math.ceil(a) : Math.floor(a);
    }

    public static double nearest(double a) {
        return a != a ? quiet(a) : Math.rint(a);
    }

    public static double sqrt(double a) {
        return a != a ? quiet(a) : Math.sqrt(a);
    }

    public static float min(float a, float b) {
        return a != a || b != b ? F_NAN : Math.min(a, b);
    }

    public static float max(float a, float b) {
        return a != a || b != b ? F_NAN : Math.max(a, b);
    }

    public static double min(double a, double b) {
        return a != a || b != b ? D_NAN : Math.min(a, b);
    }

    public static double max(double a, double b) {
        return a != a || b != b ? D_NAN : Math.max(a, b);
    }

    public static float copysign(float a, float b) {
        return Float.intBitsToFloat(
                (Float.floatToRawIntBits(a) & 0x7FFF_FFFF) | (Float.floatToRawIntBits(b) & 0x8000_0000));
    }

    public static double copysign(double a, double b) {
        return Double.longBitsToDouble(
                (Double.doubleToRawLongBits(a) & Long.MAX_VALUE) | (Double.doubleToRawLongBits(b) & Long.MIN_VALUE));
    }

    // ---- conversions

    private static void checkNaN(double v) {
        if (v != v) {
            throw new Trap(TrapCode.INVALID_CONVERSION_TO_INTEGER);
        }
    }

    public static int i32TruncS(double v) {
        checkNaN(v);
        if (!(v > -2147483649.0 && v < 2147483648.0)) {
            throw new Trap(TrapCode.INTEGER_OVERFLOW);
        }
        return (int) v;
    }

    public static int i32TruncU(double v) {
        checkNaN(v);
        if (!(v > -1.0 && v < 4294967296.0)) {
            throw new Trap(TrapCode.INTEGER_OVERFLOW);
        }
        return (int) (long) v;
    }

    public static long i64TruncS(double v) {
        checkNaN(v);
        if (!(v >= -TWO63 && v < TWO63)) {
            throw new Trap(TrapCode.INTEGER_OVERFLOW);
        }
        return (long) v;
    }

    public static long i64TruncU(double v) {
        checkNaN(v);
        if (!(v > -1.0 && v < 2 * TWO63)) {
            throw new Trap(TrapCode.INTEGER_OVERFLOW);
        }
        return toU64(v);
    }

    private static long toU64(double v) {
        return v < TWO63 ? (long) v : (long) (v - TWO63) ^ Long.MIN_VALUE;
    }

    public static int i32TruncSatU(double v) {
        if (v != v || v <= 0) {
            return 0;
        }
        return v >= 4294967295.0 ? -1 : (int) (long) v;
    }

    public static long i64TruncSatU(double v) {
        if (v != v || v <= 0) {
            return 0;
        }
        return v >= 2 * TWO63 ? -1L : toU64(Math.floor(v));
    }

    public static float f32ConvertU(long v) {
        if (v >= 0) {
            return (float) v;
        }
        return (float) ((v >>> 1) | (v & 1)) * 2f;
    }

    public static double f64ConvertU(long v) {
        if (v >= 0) {
            return (double) v;
        }
        return (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    public static float f32ConvertU(int v) {
        return (float) (v & 0xFFFF_FFFFL);
    }

    public static double f64ConvertU(int v) {
        return (double) (v & 0xFFFF_FFFFL);
    }

    public static long extendU(int v) {
        return v & 0xFFFF_FFFFL;
    }

    public static float f32(int bits) {
        return Float.intBitsToFloat(bits);
    }

    public static double f64(long bits) {
        return Double.longBitsToDouble(bits);
    }

    // ---- wide arithmetic

    /** The carry out of {@code a + b} given {@code sum = a + b}. */
    public static long carry(long sum, long a) {
        return Long.compareUnsigned(sum, a) < 0 ? 1 : 0;
    }

    /** The borrow of {@code a - b}. */
    public static long borrow(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 1 : 0;
    }
}
