package io.wasm4j.wat.script;

import java.util.Locale;

/** The lane interpretations of a {@code v128} constant. */
public enum LaneShape {
    I8X16(8),
    I16X8(16),
    I32X4(32),
    I64X2(64),
    F32X4(32),
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
