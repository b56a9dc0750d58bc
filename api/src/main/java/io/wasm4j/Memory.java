package io.wasm4j;

import io.wasm4j.core.MemoryType;
import io.wasm4j.spi.LinearMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A linear memory of a store. Host accesses are bounds-checked and little-endian; an access outside the
 * memory throws {@link IndexOutOfBoundsException} (host code does not trap).
 */
public final class Memory implements Extern {
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble F64 =
            ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Store<?> store;
    private final LinearMemory raw;

    Memory(Store<?> store, LinearMemory raw) {
        this.store = store;
        this.raw = Objects.requireNonNull(raw);
    }

    /**
     * Creates a memory in {@code store} with the engine's memory creator.
     *
     * @throws UninstantiableException if the minimum size cannot be allocated
     */
    public static Memory create(Store<?> store, MemoryType type) {
        try {
            return new Memory(store, store.engine().core().memoryCreator().create(type));
        } catch (IllegalArgumentException e) {
            throw new UninstantiableException(e.getMessage(), e);
        }
    }

    /** Returns the declared type (the minimum as created, see {@link #size()} for the current size). */
    public MemoryType type() {
        return raw.type();
    }

    @Override
    public ExternType externType() {
        return new ExternType.Memory(currentType());
    }

    MemoryType currentType() {
        MemoryType t = raw.type();
        return new MemoryType(
                t.addressType(),
                new io.wasm4j.core.Limits(raw.pages(), t.limits().max()),
                t.shared(),
                t.pageSizeLog2());
    }

    /** Returns the size in pages. */
    public long size() {
        return raw.pages();
    }

    /** Returns the size in bytes. */
    public long dataSize() {
        return raw.byteSize();
    }

    /**
     * Grows the memory by {@code deltaPages} zeroed pages.
     *
     * @return the old size in pages
     * @throws IllegalStateException if the memory cannot grow that much (its maximum or the host's limit)
     */
    public long grow(long deltaPages) {
        long old = raw.grow(deltaPages);
        if (old < 0) {
            throw new IllegalStateException("cannot grow memory of " + raw.pages() + " pages by " + deltaPages
                    + " (maximum " + raw.maxPages() + ")");
        }
        return old;
    }

    /**
     * Returns the memory as a segment, valid until the memory grows. Accesses beyond it throw {@link
     * IndexOutOfBoundsException}.
     */
    public MemorySegment segment() {
        return raw.segment();
    }

    /** Copies {@code dst.length} bytes at {@code offset} into {@code dst}. */
    public void read(long offset, byte[] dst) {
        read(offset, dst, 0, dst.length);
    }

    /** Copies {@code length} bytes at {@code offset} into {@code dst} from {@code dstIndex}. */
    public void read(long offset, byte[] dst, int dstIndex, int length) {
        MemorySegment.copy(raw.segment(), ValueLayout.JAVA_BYTE, offset, dst, dstIndex, length);
    }

    /** Copies all of {@code src} to {@code offset}. */
    public void write(long offset, byte[] src) {
        write(offset, src, 0, src.length);
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcIndex} to {@code offset}. */
    public void write(long offset, byte[] src, int srcIndex, int length) {
        MemorySegment.copy(src, srcIndex, raw.segment(), ValueLayout.JAVA_BYTE, offset, length);
    }

    /** Fills {@code dst}'s remaining bytes from {@code offset}, advancing its position. */
    public void read(long offset, ByteBuffer dst) {
        int n = dst.remaining();
        MemorySegment.ofBuffer(dst).copyFrom(raw.segment().asSlice(offset, n));
        dst.position(dst.position() + n);
    }

    /** Writes {@code src}'s remaining bytes at {@code offset}, advancing its position. */
    public void write(long offset, ByteBuffer src) {
        int n = src.remaining();
        raw.segment().asSlice(offset, n).copyFrom(MemorySegment.ofBuffer(src));
        src.position(src.position() + n);
    }

    /** Returns the byte at {@code offset}. */
    public byte readByte(long offset) {
        return raw.segment().get(ValueLayout.JAVA_BYTE, offset);
    }

    /** Writes a byte. */
    public void writeByte(long offset, byte value) {
        raw.segment().set(ValueLayout.JAVA_BYTE, offset, value);
    }

    /** Returns the little-endian {@code short} at {@code offset}. */
    public short readShort(long offset) {
        return raw.segment().get(I16, offset);
    }

    /** Writes a little-endian {@code short}. */
    public void writeShort(long offset, short value) {
        raw.segment().set(I16, offset, value);
    }

    /** Returns the little-endian {@code int} at {@code offset}. */
    public int readInt(long offset) {
        return raw.segment().get(I32, offset);
    }

    /** Writes a little-endian {@code int}. */
    public void writeInt(long offset, int value) {
        raw.segment().set(I32, offset, value);
    }

    /** Returns the little-endian {@code long} at {@code offset}. */
    public long readLong(long offset) {
        return raw.segment().get(I64, offset);
    }

    /** Writes a little-endian {@code long}. */
    public void writeLong(long offset, long value) {
        raw.segment().set(I64, offset, value);
    }

    /** Returns the little-endian {@code float} at {@code offset}. */
    public float readFloat(long offset) {
        return raw.segment().get(F32, offset);
    }

    /** Writes a little-endian {@code float}. */
    public void writeFloat(long offset, float value) {
        raw.segment().set(F32, offset, value);
    }

    /** Returns the little-endian {@code double} at {@code offset}. */
    public double readDouble(long offset) {
        return raw.segment().get(F64, offset);
    }

    /** Writes a little-endian {@code double}. */
    public void writeDouble(long offset, double value) {
        raw.segment().set(F64, offset, value);
    }

    /** Decodes {@code length} bytes at {@code offset} as UTF-8. */
    public String readString(long offset, int length) {
        byte[] b = new byte[length];
        read(offset, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Writes {@code s} as UTF-8 at {@code offset}; returns the number of bytes written. */
    public int writeString(long offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        write(offset, b);
        return b.length;
    }

    Store<?> store() {
        return store;
    }

    LinearMemory raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Memory m && m.raw == raw;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(raw);
    }

    @Override
    public String toString() {
        return "Memory[" + raw.pages() + " pages]";
    }
}
