package io.wasm4j.spi;

import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;

/** Mappings between WebAssembly value types and their Java representation (see the package description). */
public final class ValueTypes {
    private ValueTypes() {}

    /** Returns the Java type of {@code t} on typed paths: int, long, float, double, V128 or Object. */
    public static Class<?> javaType(ValType t) {
        return switch (t) {
            case NumType n ->
                switch (n) {
                    case I32 -> int.class;
                    case I64 -> long.class;
                    case F32 -> float.class;
                    case F64 -> double.class;
                };
            case VecType v -> V128.class;
            case RefType r -> Object.class;
        };
    }

    /** Returns the default (zero or null) value of {@code t}, boxed. */
    public static Object defaultValue(ValType t) {
        return switch (t) {
            case NumType n ->
                switch (n) {
                    case I32 -> 0;
                    case I64 -> 0L;
                    case F32 -> 0.0f;
                    case F64 -> 0.0d;
                };
            case VecType v -> V128.ZERO;
            case RefType r -> null;
        };
    }

    /**
     * Returns whether boxed {@code value} has the Java representation of {@code t}; for references this
     * checks only nullability (heap types need a {@link TypeRegistry}).
     */
    public static boolean isRepresentation(ValType t, Object value) {
        return switch (t) {
            case NumType n ->
                switch (n) {
                    case I32 -> value instanceof Integer;
                    case I64 -> value instanceof Long;
                    case F32 -> value instanceof Float;
                    case F64 -> value instanceof Double;
                };
            case VecType v -> value instanceof V128;
            case RefType r -> value != null || r.nullable();
        };
    }
}
