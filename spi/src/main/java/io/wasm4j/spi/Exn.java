package io.wasm4j.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A WebAssembly exception object, the value of an {@code exnref}: a tag and its payload.
 *
 * @param tag the tag it was thrown with
 * @param payload boxed payload values, one per tag parameter (see the package description); not copied,
 *     do not modify
 */
public record Exn(WasmTag tag, Object[] payload) {
    /** Creates an exception object. */
    public Exn {
        Objects.requireNonNull(tag);
        Objects.requireNonNull(payload);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "exn(" + tag + ", " + Arrays.toString(payload) + ")";
    }
}
