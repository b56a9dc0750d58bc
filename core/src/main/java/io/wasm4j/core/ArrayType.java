package io.wasm4j.core;

/**
 * An array type.
 *
 * @param element the element type
 */
public record ArrayType(FieldType element) implements CompositeType {}
