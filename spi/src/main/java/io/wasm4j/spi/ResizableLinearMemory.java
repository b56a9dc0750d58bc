package io.wasm4j.spi;

import io.wasm4j.core.MemoryType;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The bookkeeping every {@link LinearMemory} shares, for {@link MemoryCreator} plugins: the type, the size,
 * the page limit, the current segment, and {@link #grow}'s checks. A subclass supplies storage: the first
 * segment ({@link #attach}, in its constructor) and {@link #resize} for each growth.
 *
 * {@snippet :
 * final class ArenaMemory extends ResizableLinearMemory {
 *     ArenaMemory(MemoryType type) {
 *         super(type, 1024); // at most 1,024 pages
 *         attach(Arena.ofAuto().allocate(Math.max(1, byteSize())).asSlice(0, byteSize()));
 *     }
 *
 *     @Override
 *     protected MemorySegment resize(long newBytes) {
 *         MemorySegment bigger = Arena.ofAuto().allocate(newBytes);
 *         return bigger.copyFrom(segment());
 *     }
 * }
 * }
 */
public abstract class ResizableLinearMemory implements LinearMemory {
    private final MemoryType type;
    private final int pageSizeLog2;
    private final long maxPages;
    private MemorySegment segment;
    private long byteSize;

    /**
     * Starts a memory of {@code type.limits().min()} pages.
     *
     * @param type the memory's declared type
     * @param maxPages the most pages it can ever have: the declared maximum within what the storage holds
     */
    protected ResizableLinearMemory(MemoryType type, long maxPages) {
        this.type = Objects.requireNonNull(type);
        this.pageSizeLog2 = type.pageSizeLog2();
        this.maxPages = maxPages;
        this.byteSize = type.limits().min() << pageSizeLog2;
    }

    /** Sets the first segment, of exactly {@link #byteSize()} bytes of zeros; call once from the constructor. */
    protected final void attach(MemorySegment first) {
        if (first.byteSize() != byteSize) {
            throw new IllegalArgumentException("segment of " + first.byteSize() + " bytes for " + byteSize);
        }
        segment = first;
    }

    /**
     * Returns a segment of exactly {@code newBytes} bytes that starts with the current contents and
     * continues with zeros, or {@code null} when the storage cannot grow that far (then nothing changes).
     * Called only with {@code newBytes} larger than {@link #byteSize()} and within {@link #maxPages()}.
     */
    protected abstract MemorySegment resize(long newBytes);

    @Override
    public final MemoryType type() {
        return type;
    }

    @Override
    public final MemorySegment segment() {
        return segment;
    }

    @Override
    public final long byteSize() {
        return byteSize;
    }

    @Override
    public final long pages() {
        return byteSize >>> pageSizeLog2;
    }

    @Override
    public final long maxPages() {
        return maxPages;
    }

    @Override
    public final long grow(long deltaPages) {
        long old = pages();
        if (deltaPages < 0 || deltaPages > maxPages - old) {
            return -1;
        }
        if (deltaPages == 0) {
            return old;
        }
        long newBytes = (old + deltaPages) << pageSizeLog2;
        MemorySegment grown = resize(newBytes);
        if (grown == null) {
            return -1;
        }
        segment = grown;
        byteSize = newBytes;
        return old;
    }
}
