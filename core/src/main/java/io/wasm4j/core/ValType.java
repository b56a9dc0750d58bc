package io.wasm4j.core;

/**
 * A WebAssembly value type: a number type, the vector type, or a reference type.
 *
 * <p>Instances are immutable; number and vector types are enum constants, reference types are records
 * compared by value.
 */
public sealed interface ValType extends StorageType permits NumType, VecType, RefType {

    /** {@code i32}. */
    ValType I32 = NumType.I32;
    /** {@code i64}. */
    ValType I64 = NumType.I64;
    /** {@code f32}. */
    ValType F32 = NumType.F32;
    /** {@code f64}. */
    ValType F64 = NumType.F64;
    /** {@code v128}. */
    ValType V128 = VecType.V128;
}
