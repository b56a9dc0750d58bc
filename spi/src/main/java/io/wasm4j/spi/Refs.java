package io.wasm4j.spi;

/** Helpers for references in the package's representation. */
public final class Refs {
    private Refs() {}

    /** {@code ref.eq}: identity, except that {@code i31} values compare by value. */
    public static boolean refEq(Object a, Object b) {
        return a == b || (a instanceof I31Ref x && b instanceof I31Ref y && x.value() == y.value());
    }
}
