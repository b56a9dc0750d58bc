package io.wasm4j.core;

/** What a struct field or array element holds: a value type or a packed integer type. */
public sealed interface StorageType permits ValType, PackedType {}
