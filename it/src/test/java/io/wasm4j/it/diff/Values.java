package io.wasm4j.it.diff;

import java.util.SplittableRandom;

/** Interesting random values (edge cases, NaNs with payloads, signed zeros) for constants and arguments. */
final class Values {
    private static final int[] I32_EDGES = {
        0, 1, -1, 2, 31, 32, 33, 63, 64, 0x7FFF_FFFF, 0x8000_0000, 0x8000_0001, 0xFFFF, 0x10000, 0xFF, 0x80
    };
    private static final long[] I64_EDGES = {
        0, 1, -1, 63, 64, 65, Long.MAX_VALUE, Long.MIN_VALUE, 0xFFFF_FFFFL, 0x1_0000_0000L, 0x8000_0000L
    };
    private static final int[] F32_EDGES = {
        0x0000_0000,
        0x8000_0000,
        0x3F80_0000,
        0xBF80_0000,
        0x7F80_0000,
        0xFF80_0000,
        0x7FC0_0000,
        0xFFC0_0000,
        0x7FA0_0001,
        0xFF80_0001,
        0x7FC1_2345,
        0x0000_0001,
        0x7F7F_FFFF,
        0x4F00_0000,
        0xCF00_0000,
        0x4F80_0000,
        0x5F00_0000,
        0xDF00_0000,
        0x3F00_0000,
        0x3FC0_0000,
        0x4020_0000
    };
    private static final long[] F64_EDGES = {
        0L,
        0x8000_0000_0000_0000L,
        0x3FF0_0000_0000_0000L,
        0xBFF0_0000_0000_0000L,
        0x7FF0_0000_0000_0000L,
        0xFFF0_0000_0000_0000L,
        0x7FF8_0000_0000_0000L,
        0xFFF8_0000_0000_0000L,
        0x7FF4_0000_0000_0001L,
        0xFFF0_0000_0000_0001L,
        0x7FF8_1234_5678_9ABCL,
        0x0000_0000_0000_0001L,
        0x7FEF_FFFF_FFFF_FFFFL,
        0x41E0_0000_0000_0000L,
        0xC1E0_0000_0000_0000L,
        0x41F0_0000_0000_0000L,
        0x43E0_0000_0000_0000L,
        0xC3E0_0000_0000_0000L,
        0x3FE0_0000_0000_0000L,
        0x3FF8_0000_0000_0000L,
        0x4004_0000_0000_0000L
    };

    private Values() {}

    static int i32(SplittableRandom rnd) {
        int r = rnd.nextInt(4);
        return r == 0 ? I32_EDGES[rnd.nextInt(I32_EDGES.length)] : r == 1 ? rnd.nextInt() : rnd.nextInt(-20, 300);
    }

    static long i64(SplittableRandom rnd) {
        int r = rnd.nextInt(4);
        return r == 0 ? I64_EDGES[rnd.nextInt(I64_EDGES.length)] : r == 1 ? rnd.nextLong() : rnd.nextInt(-20, 300);
    }

    /** Returns raw f32 bits. */
    static int f32(SplittableRandom rnd) {
        int r = rnd.nextInt(4);
        if (r == 0) {
            return F32_EDGES[rnd.nextInt(F32_EDGES.length)];
        }
        if (r == 1) {
            return rnd.nextInt();
        }
        return Float.floatToRawIntBits((float) (rnd.nextInt(-2000, 2000) / 8.0));
    }

    /** Returns raw f64 bits. */
    static long f64(SplittableRandom rnd) {
        int r = rnd.nextInt(4);
        if (r == 0) {
            return F64_EDGES[rnd.nextInt(F64_EDGES.length)];
        }
        if (r == 1) {
            return rnd.nextLong();
        }
        return Double.doubleToRawLongBits(rnd.nextInt(-2000, 2000) / 8.0);
    }

    /** Returns a random value of {@code type} as raw bits (f32 in the low 32 bits). */
    static long bits(int type, SplittableRandom rnd) {
        return switch (type) {
            case RandomModuleGenerator.I32 -> i32(rnd);
            case RandomModuleGenerator.I64 -> i64(rnd);
            case RandomModuleGenerator.F32 -> f32(rnd);
            default -> f64(rnd);
        };
    }

    /** Emits a {@code t.const} instruction with a random interesting value. */
    static void constant(ByteSink s, int type, SplittableRandom rnd) {
        switch (type) {
            case RandomModuleGenerator.I32 -> {
                s.u8(0x41);
                s.s64(i32(rnd));
            }
            case RandomModuleGenerator.I64 -> {
                s.u8(0x42);
                s.s64(i64(rnd));
            }
            case RandomModuleGenerator.F32 -> {
                s.u8(0x43);
                s.f32(f32(rnd));
            }
            default -> {
                s.u8(0x44);
                s.f64(f64(rnd));
            }
        }
    }
}
