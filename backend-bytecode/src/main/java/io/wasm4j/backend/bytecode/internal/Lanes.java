package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.V128;

/** Conversions between {@link V128} and lane arrays, little-endian (lane 0 in the low bits of {@code lo}). */
final class Lanes {
    private Lanes() {}

    static byte[] b(V128 v) {
        byte[] a = new byte[16];
        for (int i = 0; i < 8; i++) {
            a[i] = (byte) (v.lo() >>> (8 * i));
            a[i + 8] = (byte) (v.hi() >>> (8 * i));
        }
        return a;
    }

    static V128 ofB(byte[] a) {
        long lo = 0;
        long hi = 0;
        for (int i = 7; i >= 0; i--) {
            lo = (lo << 8) | (a[i] & 0xFF);
            hi = (hi << 8) | (a[i + 8] & 0xFF);
        }
        return new V128(lo, hi);
    }

    static short[] s(V128 v) {
        short[] a = new short[8];
        for (int i = 0; i < 4; i++) {
            a[i] = (short) (v.lo() >>> (16 * i));
            a[i + 4] = (short) (v.hi() >>> (16 * i));
        }
        return a;
    }

    static V128 ofS(short[] a) {
        long lo = 0;
        long hi = 0;
        for (int i = 3; i >= 0; i--) {
            lo = (lo << 16) | (a[i] & 0xFFFF);
            hi = (hi << 16) | (a[i + 4] & 0xFFFF);
        }
        return new V128(lo, hi);
    }

    static int[] i(V128 v) {
        return new int[] {(int) v.lo(), (int) (v.lo() >>> 32), (int) v.hi(), (int) (v.hi() >>> 32)};
    }

    static V128 ofI(int[] a) {
        return V128.ofI32(a[0], a[1], a[2], a[3]);
    }

    static long[] l(V128 v) {
        return new long[] {v.lo(), v.hi()};
    }

    static V128 ofL(long[] a) {
        return new V128(a[0], a[1]);
    }

    static float[] f(V128 v) {
        int[] x = i(v);
        float[] a = new float[4];
        for (int k = 0; k < 4; k++) {
            a[k] = Float.intBitsToFloat(x[k]);
        }
        return a;
    }

    static V128 ofF(float[] a) {
        return V128.ofI32(
                Float.floatToRawIntBits(a[0]),
                Float.floatToRawIntBits(a[1]),
                Float.floatToRawIntBits(a[2]),
                Float.floatToRawIntBits(a[3]));
    }

    static double[] d(V128 v) {
        return new double[] {Double.longBitsToDouble(v.lo()), Double.longBitsToDouble(v.hi())};
    }

    static V128 ofD(double[] a) {
        return new V128(Double.doubleToRawLongBits(a[0]), Double.doubleToRawLongBits(a[1]));
    }

    static int satS8(int x) {
        return Math.max(-128, Math.min(127, x));
    }

    static int satU8(int x) {
        return Math.max(0, Math.min(255, x));
    }

    static int satS16(int x) {
        return Math.max(-32768, Math.min(32767, x));
    }

    static int satU16(int x) {
        return Math.max(0, Math.min(65535, x));
    }
}
