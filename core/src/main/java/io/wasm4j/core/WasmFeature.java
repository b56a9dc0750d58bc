package io.wasm4j.core;

/**
 * Optional features beyond WebAssembly 3.0 that change what the decoder and validator accept. The
 * default, an empty set, is exactly the 3.0 core (plus shared memories of the threads proposal, whose
 * flag the core leaves unused).
 */
public enum WasmFeature {
    /**
     * The custom-page-sizes proposal: memory limits flag {@code 0x08} followed by the page size's log2,
     * which must be 0 (1-byte pages) or 16 (64 KiB pages).
     */
    CUSTOM_PAGE_SIZES
}
