package io.wasm4j.core;

/** The shape of a defined type: a function, a struct or an array. */
public sealed interface CompositeType permits FuncType, StructType, ArrayType {}
