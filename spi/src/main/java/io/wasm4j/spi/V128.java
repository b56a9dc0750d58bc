package io.wasm4j.spi;

/**
 * A 128-bit SIMD value, as two little-endian 64-bit halves.
 *
 * @param lo bits 0..63 (bytes 0..7 in memory order)
 * @param hi bits 64..127 (bytes 8..15 in memory order)
 */
public record V128(long lo, long hi) {
    /** The all-zero vector. */
    public static final V128 ZERO = new V128(0, 0);

    /** Returns lane {@code lane} (0..3) as an {@code i32}. */
    public int i32(int lane) {
        long half = lane < 2 ? lo : hi;
        return (int) (half >>> ((lane & 1) * 32));
    }

    /** Creates a vector from four {@code i32} lanes, lane 0 first. */
    public static V128 ofI32(int l0, int l1, int l2, int l3) {
        return new V128((l0 & 0xFFFF_FFFFL) | ((long) l1 << 32), (l2 & 0xFFFF_FFFFL) | ((long) l3 << 32));
    }

    @Override
    public String toString() {
        return String.format("v128(0x%016x%016x)", hi, lo);
    }
}
