package io.wasm4j.core;

/**
 * A linear memory's type.
 *
 * @param addressType 32- or 64-bit addressing
 * @param limits size limits in pages
 * @param shared whether the memory is shared between threads
 * @param pageSizeLog2 log2 of the page size in bytes: 16 by default (custom-page-sizes proposal allows 0)
 */
public record MemoryType(AddressType addressType, Limits limits, boolean shared, int pageSizeLog2) {}
