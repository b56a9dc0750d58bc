package io.wasm4j.core;

/** The type a reference points to: an abstract heap type or a type defined in the module. */
public sealed interface HeapType permits AbsHeapType, TypeIndex {}
