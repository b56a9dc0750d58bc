package io.wasm4j.core;

/**
 * An exception tag's type.
 *
 * @param typeIndex index of a function type whose parameters are the exception's payload and whose
 *     results are empty
 */
public record TagType(int typeIndex) {}
