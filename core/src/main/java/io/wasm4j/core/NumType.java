package io.wasm4j.core;

/** The four number types. */
public enum NumType implements ValType {
    I32,
    I64,
    F32,
    F64;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
