package io.wasm4j.spi;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.MemoryType;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/** A heap memory over a {@code long[]} with spare capacity; see {@link HeapMemoryCreator}. */
final class HeapLinearMemory implements LinearMemory {
    private final MemoryType type;
    private final int pageSizeLog2;
    private final long maxPages;
    private long[] words;
    private MemorySegment segment;
    private long byteSize;

    HeapLinearMemory(MemoryType type) {
        this.type = Objects.requireNonNull(type);
        this.pageSizeLog2 = type.pageSizeLog2();
        long addressLimitPages =
                type.addressType() == AddressType.I32 ? (1L << 32) >>> pageSizeLog2 : Long.MAX_VALUE >>> pageSizeLog2;
        long declared = type.limits().hasMax() ? type.limits().max() : addressLimitPages;
        this.maxPages = Math.min(Math.min(declared, addressLimitPages), HeapMemoryCreator.MAX_BYTES >>> pageSizeLog2);
        long min = type.limits().min();
        if (min > maxPages) {
            throw new IllegalArgumentException(String.format(
                    "memory minimum of %d pages (%d bytes) exceeds the heap-backed memory limit of %d bytes;"
                            + " add io.wasm4j:wasm4j-memory-mmap for larger memories",
                    min, min << pageSizeLog2, HeapMemoryCreator.MAX_BYTES));
        }
        byteSize = min << pageSizeLog2;
        try {
            words = new long[wordsFor(byteSize)];
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(
                    String.format("cannot allocate a memory of %d bytes on the Java heap; raise -Xmx", byteSize), e);
        }
        segment = MemorySegment.ofArray(words).asSlice(0, byteSize);
    }

    private static int wordsFor(long bytes) {
        return (int) ((bytes + Long.BYTES - 1) / Long.BYTES);
    }

    @Override
    public MemoryType type() {
        return type;
    }

    @Override
    public MemorySegment segment() {
        return segment;
    }

    @Override
    public long byteSize() {
        return byteSize;
    }

    @Override
    public long pages() {
        return byteSize >>> pageSizeLog2;
    }

    @Override
    public long maxPages() {
        return maxPages;
    }

    @Override
    public long grow(long deltaPages) {
        long old = pages();
        if (deltaPages < 0 || deltaPages > maxPages - old) {
            return -1;
        }
        if (deltaPages == 0) {
            return old;
        }
        long newBytes = (old + deltaPages) << pageSizeLog2;
        int needed = wordsFor(newBytes);
        if (needed > words.length) {
            int maxWords = wordsFor(maxPages << pageSizeLog2);
            int spare = (int) Math.min(maxWords, Math.max(needed, words.length + (long) (words.length >> 1)));
            long[] grown = allocate(spare, needed);
            if (grown == null) {
                return -1;
            }
            System.arraycopy(words, 0, grown, 0, words.length);
            words = grown;
        }
        byteSize = newBytes;
        segment = MemorySegment.ofArray(words).asSlice(0, byteSize);
        return old;
    }

    private static long[] allocate(int preferred, int needed) {
        try {
            return new long[preferred];
        } catch (OutOfMemoryError e) {
            try {
                return preferred == needed ? null : new long[needed];
            } catch (OutOfMemoryError again) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "heap memory of " + pages() + " pages";
    }
}
