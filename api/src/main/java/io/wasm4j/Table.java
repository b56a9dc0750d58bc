package io.wasm4j;

import io.wasm4j.core.TableType;
import io.wasm4j.spi.WasmTable;
import java.util.Objects;

/** A table of references of a store. Host accesses out of bounds throw {@link IndexOutOfBoundsException}. */
public final class Table implements Extern {
    private final Store<?> store;
    private final WasmTable raw;

    Table(Store<?> store, WasmTable raw) {
        this.store = store;
        this.raw = Objects.requireNonNull(raw);
    }

    /**
     * Creates a table in {@code store} with every element {@code init}.
     *
     * @param type the type; a concrete element type must be in canonical encoding
     * @throws IllegalArgumentException if {@code init} does not match the element type
     * @throws UninstantiableException if the minimum size is beyond this implementation's limit
     */
    public static Table create(Store<?> store, TableType type, Val init) {
        Object rawInit = Values.toRaw(store, init, type.elementType());
        try {
            return new Table(store, new WasmTable(type, rawInit));
        } catch (IllegalArgumentException e) {
            throw new UninstantiableException(e.getMessage(), e);
        }
    }

    /** Returns the type, with the current size as minimum. */
    public TableType type() {
        return raw.type();
    }

    @Override
    public ExternType externType() {
        return new ExternType.Table(raw.type());
    }

    /** Returns the number of elements. */
    public long size() {
        return raw.size();
    }

    /** Returns element {@code index}. @throws IndexOutOfBoundsException if out of bounds */
    public Val get(long index) {
        checkIndex(index);
        return Values.fromRaw(store, raw.get(index), raw.declaredType().elementType());
    }

    /**
     * Sets element {@code index}.
     *
     * @throws IndexOutOfBoundsException if out of bounds
     * @throws IllegalArgumentException if {@code value} does not match the element type
     */
    public void set(long index, Val value) {
        Object o = Values.toRaw(store, value, raw.declaredType().elementType());
        checkIndex(index);
        raw.set(index, o);
    }

    /**
     * Grows the table by {@code delta} elements set to {@code init}.
     *
     * @return the old size
     * @throws IllegalStateException if the table cannot grow that much
     */
    public long grow(long delta, Val init) {
        Object o = Values.toRaw(store, init, raw.declaredType().elementType());
        long old = raw.grow(delta, o);
        if (old < 0) {
            throw new IllegalStateException("cannot grow table of " + raw.size() + " elements by " + delta);
        }
        return old;
    }

    private void checkIndex(long index) {
        if (index < 0 || index >= raw.size()) {
            throw new IndexOutOfBoundsException("table index " + index + " out of bounds for size " + raw.size());
        }
    }

    Store<?> store() {
        return store;
    }

    WasmTable raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && t.raw == raw;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(raw);
    }

    @Override
    public String toString() {
        return "Table[" + raw.size() + " x " + raw.declaredType().elementType() + "]";
    }
}
