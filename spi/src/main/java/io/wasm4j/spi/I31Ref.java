package io.wasm4j.spi;

/**
 * An {@code i31ref} value: an unboxed 31-bit integer seen as a reference. Compared by value: backends
 * must implement {@code ref.eq} with {@link Refs#refEq(Object, Object)}.
 *
 * @param value the integer, in {@code [-2^30, 2^30)}
 */
public record I31Ref(int value) {
    /** Wraps the low 31 bits of {@code x}, sign-extended ({@code ref.i31}). */
    public static I31Ref wrap(int x) {
        return new I31Ref((x << 1) >> 1);
    }

    /** Returns the value zero-extended from 31 bits ({@code i31.get_u}). */
    public int unsigned() {
        return value & 0x7FFF_FFFF;
    }
}
