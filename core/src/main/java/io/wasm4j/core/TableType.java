package io.wasm4j.core;

/**
 * A table's type.
 *
 * @param addressType 32- or 64-bit indexing
 * @param limits size limits in elements
 * @param elementType the reference type of the elements
 */
public record TableType(AddressType addressType, Limits limits, RefType elementType) {}
