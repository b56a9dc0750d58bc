package io.wasm4j;

import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.spi.V128;
import java.util.Objects;

/**
 * A WebAssembly value with its type, for the untyped call path and for globals and tables.
 *
 * <p>References: a {@code funcref} holds a {@link Func} (or {@code null}), an {@code externref} any Java
 * object, other reference types the runtime's object (see {@code io.wasm4j.spi}'s package description).
 * Floats keep their exact bit pattern; {@link #equals} compares bits.
 */
public final class Val {
    /** No values: what a host function without results returns. */
    public static final Val[] NONE = new Val[0];

    private final ValType type;
    private final long bits;
    private final Object ref;

    private Val(ValType type, long bits, Object ref) {
        this.type = type;
        this.bits = bits;
        this.ref = ref;
    }

    /** An {@code i32}. */
    public static Val i32(int value) {
        return new Val(ValType.I32, value, null);
    }

    /** An {@code i64}. */
    public static Val i64(long value) {
        return new Val(ValType.I64, value, null);
    }

    /** An {@code f32}, bits preserved. */
    public static Val f32(float value) {
        return new Val(ValType.F32, Float.floatToRawIntBits(value), null);
    }

    /** An {@code f64}, bits preserved. */
    public static Val f64(double value) {
        return new Val(ValType.F64, Double.doubleToRawLongBits(value), null);
    }

    /** A {@code v128}. */
    public static Val v128(V128 value) {
        return new Val(ValType.V128, 0, Objects.requireNonNull(value));
    }

    /** A {@code funcref}; {@code null} for {@code ref.null func}. */
    public static Val funcref(Func func) {
        return new Val(RefType.FUNCREF, 0, func);
    }

    /** An {@code externref}; {@code null} for {@code ref.null extern}. */
    public static Val externref(Object value) {
        return new Val(RefType.EXTERNREF, 0, value);
    }

    /** An {@code anyref} holding a runtime object ({@code null}, an i31, a struct or array). */
    public static Val anyref(Object value) {
        return new Val(RefType.ANYREF, 0, value);
    }

    /**
     * A reference of {@code type}.
     *
     * @throws NullPointerException if {@code value} is null and the type is not nullable
     */
    public static Val ref(RefType type, Object value) {
        if (value == null && !type.nullable()) {
            throw new NullPointerException("null is not a value of " + type);
        }
        return new Val(type, 0, value);
    }

    /** The default value of {@code type}: zero or null. */
    public static Val defaultOf(ValType type) {
        return switch (type) {
            case NumType n -> new Val(n, 0, null);
            case VecType v -> v128(V128.ZERO);
            case RefType r -> new Val(r.withNullable(true), 0, null);
        };
    }

    /** Returns the value's type. */
    public ValType type() {
        return type;
    }

    /** Returns the {@code i32}. @throws IllegalStateException if the value is not an i32 */
    public int i32() {
        expect(ValType.I32);
        return (int) bits;
    }

    /** Returns the {@code i64}. @throws IllegalStateException if the value is not an i64 */
    public long i64() {
        expect(ValType.I64);
        return bits;
    }

    /** Returns the {@code f32}. @throws IllegalStateException if the value is not an f32 */
    public float f32() {
        expect(ValType.F32);
        return Float.intBitsToFloat((int) bits);
    }

    /** Returns the {@code f64}. @throws IllegalStateException if the value is not an f64 */
    public double f64() {
        expect(ValType.F64);
        return Double.longBitsToDouble(bits);
    }

    /** Returns the {@code v128}. @throws IllegalStateException if the value is not a v128 */
    public V128 v128() {
        expect(ValType.V128);
        return (V128) ref;
    }

    /** Returns the function of a {@code funcref}, or {@code null}. @throws IllegalStateException otherwise */
    public Func funcref() {
        if (!(type instanceof RefType) || (ref != null && !(ref instanceof Func))) {
            throw new IllegalStateException("not a funcref: " + this);
        }
        return (Func) ref;
    }

    /** Returns the referenced object of any reference type, or {@code null}. */
    public Object ref() {
        if (!(type instanceof RefType)) {
            throw new IllegalStateException("not a reference: " + this);
        }
        return ref;
    }

    /** Returns the value boxed (Integer, Long, Float, Double, V128, or the reference). */
    public Object boxed() {
        return switch (type) {
            case NumType n ->
                switch (n) {
                    case I32 -> (int) bits;
                    case I64 -> bits;
                    case F32 -> Float.intBitsToFloat((int) bits);
                    case F64 -> Double.longBitsToDouble(bits);
                };
            case VecType v -> ref;
            case RefType r -> ref;
        };
    }

    long bits() {
        return bits;
    }

    private void expect(ValType t) {
        if (type != t) {
            throw new IllegalStateException("expected " + t + ", value is " + this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Val v && v.type.equals(type) && v.bits == bits && Objects.equals(v.ref, ref);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, bits, ref);
    }

    @Override
    public String toString() {
        return type + ":" + (type instanceof RefType ? String.valueOf(ref) : String.valueOf(boxed()));
    }
}
