package io.wasm4j.core;

/** How an element or data segment is used at instantiation. */
public enum SegmentMode {
    /** Copied into a table or memory at instantiation, then dropped. */
    ACTIVE,
    /** Available to {@code table.init} / {@code memory.init} and friends until dropped. */
    PASSIVE,
    /** Element segments only: declares functions for {@code ref.func}; dropped at instantiation. */
    DECLARATIVE
}
