package io.wasm4j.core;

/**
 * A struct field or array element type.
 *
 * @param storage what the field holds
 * @param mutable whether the field can be written after allocation
 */
public record FieldType(StorageType storage, boolean mutable) {}
