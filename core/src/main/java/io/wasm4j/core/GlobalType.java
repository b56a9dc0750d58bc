package io.wasm4j.core;

/**
 * A global's type.
 *
 * @param valType the value type
 * @param mutable whether {@code global.set} may change it
 */
public record GlobalType(ValType valType, boolean mutable) {}
