package io.wasm4j.core;

/** The kinds of entity a module imports or exports, with their binary encodings. */
public enum ExternKind {
    /** A function. */
    FUNC,
    /** A table. */
    TABLE,
    /** A linear memory. */
    MEMORY,
    /** A global. */
    GLOBAL,
    /** An exception tag. */
    TAG;

    /** Returns the one-byte binary encoding ({@code 0x00..0x04}). */
    public int code() {
        return ordinal();
    }
}
