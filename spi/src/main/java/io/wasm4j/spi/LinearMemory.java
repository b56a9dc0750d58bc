package io.wasm4j.spi;

import io.wasm4j.core.MemoryType;
import java.lang.foreign.MemorySegment;

/**
 * A linear memory instance, reached by compiled code through a {@link MemorySegment}.
 *
 * <p>Accesses use little-endian, unaligned layouts (e.g. {@code ValueLayout.JAVA_INT_UNALIGNED
 * .withOrder(ByteOrder.LITTLE_ENDIAN)}) at byte offsets into {@link #segment()}. The segment's size is
 * exactly {@link #byteSize()}, so an access beyond it throws {@link IndexOutOfBoundsException}; callers
 * (backends) must turn that into {@code new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS)} before it leaves wasm
 * code, or check bounds first.
 *
 * <p>Callers must re-read {@link #segment()} after {@link #grow} and after any call that may grow the
 * memory (any call into other code): a grown memory may have a new segment, and the old one may be stale.
 * Keep one memory implementation per access site for speed (see ARCHITECTURE.md, "Linear memory").
 *
 * <p>Implementations must:
 *
 * <ul>
 *   <li>start with {@code type.limits().min()} pages of zeros and zero every page added by {@link #grow};
 *   <li>never change the contents of existing pages on grow (copying is fine);
 *   <li>return {@code -1} from {@link #grow} instead of throwing when memory cannot be had;
 *   <li>keep {@link #byteSize()} equal to {@code pages() << type().pageSizeLog2()}.
 * </ul>
 *
 * <p>Thread safety: unshared memories belong to one store and need no synchronization; shared memories
 * (threads) are provided by the threads plugin.
 */
public interface LinearMemory {
    /** Returns the declared type (limits as declared, not the current size). */
    MemoryType type();

    /** Returns the current memory as a segment of exactly {@link #byteSize()} bytes. */
    MemorySegment segment();

    /** Returns the current size in bytes. */
    long byteSize();

    /** Returns the current size in pages. */
    default long pages() {
        return byteSize() >>> type().pageSizeLog2();
    }

    /** Returns the largest number of pages this memory can ever have (its maximum and the implementation's). */
    long maxPages();

    /**
     * Grows the memory by {@code deltaPages} pages of zeros ({@code memory.grow}).
     *
     * @return the old size in pages, or {@code -1} when the memory cannot grow that much; then nothing
     *     changes
     */
    long grow(long deltaPages);
}
