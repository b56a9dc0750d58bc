package io.wasm4j;

/**
 * WebAssembly features an {@link Engine} may accept ({@link Config.Builder#wasmFeature}). Modules using a
 * disabled feature are rejected as invalid when they are loaded, with a message naming what uses it: the
 * declarations (memories, tables, tags, struct and array types, {@code v128} values) and the instructions
 * (SIMD, relaxed SIMD, tail calls, exception handling, GC, atomics).
 */
public enum Feature {
    /** Multiple memories per module. */
    MULTI_MEMORY(true),
    /** 64-bit memories and tables. */
    MEMORY64(true),
    /** Exception handling ({@code try_table}, tags). */
    EXCEPTIONS(true),
    /** Garbage-collected structs and arrays. */
    GC(true),
    /** Fixed-width SIMD. */
    SIMD(true),
    /** Relaxed SIMD. */
    RELAXED_SIMD(true),
    /** Tail calls. */
    TAIL_CALL(true),
    /** Shared memories and atomics. */
    THREADS(false),
    /** Memories with custom page sizes. */
    CUSTOM_PAGE_SIZES(false);

    private final boolean isDefault;

    Feature(boolean isDefault) {
        this.isDefault = isDefault;
    }

    /** Returns whether the feature is enabled in {@link Config#defaults()}. */
    public boolean isDefault() {
        return isDefault;
    }
}
