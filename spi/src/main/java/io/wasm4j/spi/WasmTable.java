package io.wasm4j.spi;

import io.wasm4j.core.Limits;
import io.wasm4j.core.TableType;
import java.util.Arrays;
import java.util.Objects;

/**
 * A table instance: references in an {@code Object[]} that can grow.
 *
 * <p>Element values follow the package's reference representation. The type is in canonical encoding.
 * Compiled code may read {@link #elements()} directly: entries {@code [0, size())} are the table, the
 * array is replaced by {@link #grow}, so re-read it after any call that may grow the table.
 *
 * <p>Checked operations throw {@link Trap} with {@link TrapCode#TABLE_OUT_OF_BOUNDS}. They do not
 * type-check values: validated code cannot store a wrong type, and the facade checks host values.
 *
 * <p>Thread safety: not synchronized; a table belongs to one store.
 */
public final class WasmTable {
    /** The largest size a table can reach in this implementation (a Java array's limit). */
    public static final long MAX_SIZE = Integer.MAX_VALUE - 8;

    private final TableType type;
    private Object[] elements;
    private int size;

    /**
     * Creates a table of {@code type.limits().min()} elements, each {@code init}.
     *
     * @throws IllegalArgumentException if the minimum exceeds {@link #MAX_SIZE}
     */
    public WasmTable(TableType type, Object init) {
        this.type = Objects.requireNonNull(type);
        long min = type.limits().min();
        if (min > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "table minimum of " + min + " elements exceeds the limit of " + MAX_SIZE);
        }
        size = (int) min;
        elements = new Object[size];
        if (init != null) {
            Arrays.fill(elements, init);
        }
    }

    /** Returns the table's type (canonical encoding) with its current size as minimum. */
    public TableType type() {
        return new TableType(type.addressType(), new Limits(size, type.limits().max()), type.elementType());
    }

    /** Returns the table's declared type (canonical encoding), as created. */
    public TableType declaredType() {
        return type;
    }

    /** Returns the number of elements. */
    public int size() {
        return size;
    }

    /** Returns the backing array; only {@code [0, size())} belongs to the table. */
    public Object[] elements() {
        return elements;
    }

    /** Returns element {@code index}. @throws Trap if {@code index} is out of bounds (unsigned) */
    public Object get(long index) {
        if (index < 0 || index >= size) {
            throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        return elements[(int) index];
    }

    /** Sets element {@code index}. @throws Trap if {@code index} is out of bounds (unsigned) */
    public void set(long index, Object value) {
        if (index < 0 || index >= size) {
            throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
        elements[(int) index] = value;
    }

    /**
     * Grows the table by {@code delta} elements set to {@code init} ({@code table.grow}).
     *
     * @return the old size, or {@code -1} if the table cannot grow that much (its maximum, or {@link
     *     #MAX_SIZE}); then nothing changes
     */
    public long grow(long delta, Object init) {
        long old = size;
        long max = type.limits().hasMax() ? Math.min(type.limits().max(), MAX_SIZE) : MAX_SIZE;
        if (delta < 0 || delta > max - old) {
            return -1;
        }
        int newSize = (int) (old + delta);
        if (newSize > elements.length) {
            int capacity = (int) Math.min(max, Math.max(newSize, old + (old >> 1)));
            try {
                elements = Arrays.copyOf(elements, capacity);
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        Arrays.fill(elements, (int) old, newSize, init);
        size = newSize;
        return old;
    }

    /** Sets {@code count} elements from {@code start} to {@code value} ({@code table.fill}). @throws Trap */
    public void fill(long start, Object value, long count) {
        checkRange(start, count, size);
        Arrays.fill(elements, (int) start, (int) (start + count), value);
    }

    /**
     * Copies {@code count} elements ({@code table.copy}); overlapping ranges are handled.
     *
     * @throws Trap if either range is out of bounds
     */
    public static void copy(WasmTable dst, long dstIndex, WasmTable src, long srcIndex, long count) {
        checkRange(dstIndex, count, dst.size);
        checkRange(srcIndex, count, src.size);
        System.arraycopy(src.elements, (int) srcIndex, dst.elements, (int) dstIndex, (int) count);
    }

    /**
     * Copies {@code count} values of {@code segment} from {@code segIndex} into the table ({@code
     * table.init}).
     *
     * @throws Trap if either range is out of bounds
     */
    public void init(long index, Object[] segment, long segIndex, long count) {
        checkRange(index, count, size);
        checkRange(segIndex, count, segment.length);
        System.arraycopy(segment, (int) segIndex, elements, (int) index, (int) count);
    }

    private static void checkRange(long start, long count, int size) {
        if (start < 0 || count < 0 || start > size || count > size - start) {
            throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
        }
    }
}
