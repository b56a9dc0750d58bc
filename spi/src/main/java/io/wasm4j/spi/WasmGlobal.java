package io.wasm4j.spi;

import io.wasm4j.core.GlobalType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.VecType;
import java.util.Objects;

/**
 * A global instance: a cell with typed accessors. Numbers are kept as raw bits (NaN patterns survive),
 * {@code v128} and references as objects.
 *
 * <p>Use the accessor that matches {@link #type()}; the typed accessors do not check it. The untyped
 * {@link #get()}/{@link #set(Object)} box. Mutability is checked by validation (for wasm code) and by the
 * facade (for the host), not here.
 *
 * <p>Thread safety: not synchronized; a global belongs to one store.
 */
public final class WasmGlobal {
    private final GlobalType type;
    private long bits;
    private Object ref;

    /** Creates a global of {@code type} (canonical encoding) holding its type's default value. */
    public WasmGlobal(GlobalType type) {
        this.type = Objects.requireNonNull(type);
        if (type.valType() == VecType.V128) {
            ref = V128.ZERO;
        }
    }

    /** Creates a global holding {@code initial} (boxed, see the package description). */
    public WasmGlobal(GlobalType type, Object initial) {
        this(type);
        set(initial);
    }

    /** Returns the global's type, in canonical encoding. */
    public GlobalType type() {
        return type;
    }

    /** Returns an {@code i32} value. */
    public int getInt() {
        return (int) bits;
    }

    /** Sets an {@code i32} value. */
    public void setInt(int value) {
        bits = value;
    }

    /** Returns an {@code i64} value. */
    public long getLong() {
        return bits;
    }

    /** Sets an {@code i64} value. */
    public void setLong(long value) {
        bits = value;
    }

    /** Returns an {@code f32} value. */
    public float getFloat() {
        return Float.intBitsToFloat((int) bits);
    }

    /** Sets an {@code f32} value, keeping its bit pattern. */
    public void setFloat(float value) {
        bits = Float.floatToRawIntBits(value);
    }

    /** Returns an {@code f64} value. */
    public double getDouble() {
        return Double.longBitsToDouble(bits);
    }

    /** Sets an {@code f64} value, keeping its bit pattern. */
    public void setDouble(double value) {
        bits = Double.doubleToRawLongBits(value);
    }

    /** Returns a {@code v128} value. */
    public V128 getV128() {
        return (V128) ref;
    }

    /** Sets a {@code v128} value. */
    public void setV128(V128 value) {
        ref = Objects.requireNonNull(value);
    }

    /** Returns a reference value ({@code null} for {@code ref.null}). */
    public Object getRef() {
        return ref;
    }

    /** Sets a reference value. */
    public void setRef(Object value) {
        ref = value;
    }

    /** Returns the value boxed: Integer, Long, Float, Double, V128 or a reference. */
    public Object get() {
        return switch (type.valType()) {
            case NumType n ->
                switch (n) {
                    case I32 -> getInt();
                    case I64 -> getLong();
                    case F32 -> getFloat();
                    case F64 -> getDouble();
                };
            case VecType v -> getV128();
            case RefType r -> getRef();
        };
    }

    /**
     * Sets the value from its boxed form.
     *
     * @throws ClassCastException if the box does not match the type
     */
    public void set(Object value) {
        switch (type.valType()) {
            case NumType n -> {
                switch (n) {
                    case I32 -> setInt((Integer) value);
                    case I64 -> setLong((Long) value);
                    case F32 -> setFloat((Float) value);
                    case F64 -> setDouble((Double) value);
                }
            }
            case VecType v -> setV128((V128) value);
            case RefType r -> setRef(value);
        }
    }

    @Override
    public String toString() {
        return "global " + type + " = " + get();
    }
}
