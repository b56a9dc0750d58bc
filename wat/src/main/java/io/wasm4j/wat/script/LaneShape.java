package io.wasm4j.wat.script;

import java.util.Locale;

/** The lane interpretations of a {@code v128} constant. */
public enum LaneShape {
    /** Sixteen 8-bit integer lanes. */
    I8X16(8),
    /** Eight 16-bit integer lanes. */
    I16X8(16),
    /** Four 32-bit integer lanes. */
    I32X4(32),
    /** Two 64-bit integer lanes. */
    I64X2(64),
    /** Four f32 lanes. */
    F32X4(32),
    /** Two f64 lanes. */
    F64X2(64);

    private final int laneBits;

    LaneShape(int laneBits) {
        this.laneBits = laneBits;
    }

    /** Returns the width of one lane in bits. */
    public int laneBits() {
        return laneBits;
    }

    /** Returns the number of lanes. */
    public int lanes() {
        return 128 / laneBits;
    }

    /** Returns whether the lanes are floating-point numbers. */
    public boolean isFloat() {
        return this == F32X4 || this == F64X2;
    }

    /** Returns the shape's keyword, e.g. {@code "i8x16"}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
