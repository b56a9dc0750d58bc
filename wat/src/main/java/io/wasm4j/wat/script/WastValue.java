package io.wasm4j.wat.script;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A constant in a script: an argument of an action, or an exact expected result. Numbers are kept as
 * raw bits (NaN payloads and signed zeros are preserved); a {@code v128} as its 16 little-endian bytes.
 */
public sealed interface WastValue extends ResultPattern {

    /** {@code (i32.const n)} as its 32 bits. */
    record I32(int bits) implements WastValue {}

    /** {@code (i64.const n)} as its 64 bits. */
    record I64(long bits) implements WastValue {}

    /** {@code (f32.const x)} as its raw IEEE 754 bits. */
    record F32(int bits) implements WastValue {
        @Override
        public String toString() {
            return "F32[" + Float.intBitsToFloat(bits) + " 0x" + Integer.toHexString(bits) + "]";
        }
    }

    /** {@code (f64.const x)} as its raw IEEE 754 bits. */
    record F64(long bits) implements WastValue {
        @Override
        public String toString() {
            return "F64[" + Double.longBitsToDouble(bits) + " 0x" + Long.toHexString(bits) + "]";
        }
    }

    /**
     * {@code (v128.const shape lane*)} as 16 little-endian bytes.
     *
     * @param shape the lane shape it was written with (for messages; equality ignores it)
     */
    record V128(LaneShape shape, byte[] bytes) implements WastValue {
        /** Creates the value, copying the bytes. */
        public V128 {
            if (bytes.length != 16) {
                throw new IllegalArgumentException("a v128 has 16 bytes, not " + bytes.length);
            }
            bytes = bytes.clone();
        }

        /** Returns a copy of the 16 little-endian bytes. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof V128 v && Arrays.equals(bytes, v.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "V128[" + shape + " " + HexFormat.of().formatHex(bytes) + "]";
        }
    }

    /**
     * {@code (ref.null ht)}: a null reference; in a result, {@code (ref.null)} without a heap type matches
     * any null reference.
     *
     * @param heapType the heap type as written ({@code func}, {@code extern}, {@code $t}, ...), if any
     */
    record RefNull(Optional<String> heapType) implements WastValue {}

    /** {@code (ref.extern n)}: the host reference number {@code n}, as an external reference. */
    record RefExtern(int n) implements WastValue {}

    /** {@code (ref.host n)}: the host reference number {@code n}. */
    record RefHost(int n) implements WastValue {}
}
