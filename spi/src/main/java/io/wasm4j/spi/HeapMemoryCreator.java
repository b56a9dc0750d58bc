package io.wasm4j.spi;

import io.wasm4j.core.MemoryType;

/**
 * The default {@link MemoryCreator}, id {@code "heap"}: memories on the Java heap, as {@link
 * java.lang.foreign.MemorySegment}s over {@code long[]} arrays, grown by copying.
 *
 * <p>A memory can reach {@link #MAX_BYTES} (about 16 GiB, a Java array's limit) if the heap ({@code
 * -Xmx}) allows; beyond that, or for large 64-bit memories without copying, use {@code
 * io.wasm4j:wasm4j-memory-mmap}.
 */
public final class HeapMemoryCreator implements MemoryCreator {
    /** The largest memory this creator can make, in bytes. */
    public static final long MAX_BYTES = (long) (Integer.MAX_VALUE - 8) * Long.BYTES;

    /** Creates the creator. */
    public HeapMemoryCreator() {}

    @Override
    public String id() {
        return "heap";
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public LinearMemory create(MemoryType type) {
        return new HeapLinearMemory(type);
    }
}
