package io.wasm4j.spi;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.MemoryType;
import java.lang.foreign.MemorySegment;

/** A heap memory over a {@code long[]} with spare capacity; see {@link HeapMemoryCreator}. */
final class HeapLinearMemory extends ResizableLinearMemory {
    private long[] words;

    HeapLinearMemory(MemoryType type) {
        super(type, maxPages(type));
        long min = type.limits().min();
        if (min > maxPages()) {
            throw new IllegalArgumentException(String.format(
                    "memory minimum of %d pages (%d bytes) exceeds the heap-backed memory limit of %d bytes;"
                            + " add io.wasm4j:wasm4j-memory-mmap for larger memories",
                    min, min << type.pageSizeLog2(), HeapMemoryCreator.MAX_BYTES));
        }
        try {
            words = new long[wordsFor(byteSize())];
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(
                    String.format("cannot allocate a memory of %d bytes on the Java heap; raise -Xmx", byteSize()), e);
        }
        attach(MemorySegment.ofArray(words).asSlice(0, byteSize()));
    }

    private static long maxPages(MemoryType type) {
        int log2 = type.pageSizeLog2();
        long addressLimitPages = type.addressType() == AddressType.I32 ? (1L << 32) >>> log2 : Long.MAX_VALUE >>> log2;
        long declared = type.limits().hasMax() ? type.limits().max() : addressLimitPages;
        return Math.min(Math.min(declared, addressLimitPages), HeapMemoryCreator.MAX_BYTES >>> log2);
    }

    private static int wordsFor(long bytes) {
        return (int) ((bytes + Long.BYTES - 1) / Long.BYTES);
    }

    @Override
    protected MemorySegment resize(long newBytes) {
        int needed = wordsFor(newBytes);
        if (needed > words.length) {
            int maxWords = wordsFor(maxPages() << type().pageSizeLog2());
            int spare = (int) Math.min(maxWords, Math.max(needed, words.length + (long) (words.length >> 1)));
            long[] grown = allocate(spare, needed);
            if (grown == null) {
                return null;
            }
            System.arraycopy(words, 0, grown, 0, words.length);
            words = grown;
        }
        return MemorySegment.ofArray(words).asSlice(0, newBytes);
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
