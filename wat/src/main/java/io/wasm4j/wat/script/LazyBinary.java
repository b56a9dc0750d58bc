package io.wasm4j.wat.script;

import java.util.Objects;
import java.util.function.Supplier;

/** A module binary encoded on first use and kept; concurrent first calls may each encode. */
final class LazyBinary {
    private final Supplier<byte[]> encoder;
    private volatile byte[] bytes;

    LazyBinary(Supplier<byte[]> encoder) {
        this.encoder = Objects.requireNonNull(encoder);
    }

    /** Returns a fresh copy of the bytes, encoding them first if needed. */
    byte[] copy() {
        byte[] b = bytes;
        if (b == null) {
            b = encoder.get();
            bytes = b;
        }
        return b.clone();
    }
}
