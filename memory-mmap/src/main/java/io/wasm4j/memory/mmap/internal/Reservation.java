package io.wasm4j.memory.mmap.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One mapping of inaccessible address space: {@code usableBytes} a memory may commit, then a guard region
 * of {@link ReservationSize#GUARD_BYTES}. It is unmapped when the segment {@link #attach()} returns, and
 * every slice of it, become unreachable.
 *
 * <p>When {@code mmap} fails while earlier reservations are live, some of them may be garbage whose cleanup
 * has not run yet: {@link #reserve} then asks for a garbage collection and retries for a short while (as
 * {@code java.nio.Bits} does for direct buffers) before it settles for a smaller reservation.
 */
final class Reservation {
    private static final int ENOMEM = 12;
    /** Sleeps between retries after a GC, in milliseconds: about 0.5 s in all. */
    private static final int[] BACKOFF_MILLIS = {1, 2, 4, 8, 16, 32, 64, 128, 256};

    private static final AtomicLong LIVE = new AtomicLong();
    private static final AtomicLong LIVE_BYTES = new AtomicLong();

    private final Posix posix;
    private final long base;
    private final long usableBytes;
    private final long mappedBytes;

    private Reservation(Posix posix, long base, long usableBytes) {
        this.posix = posix;
        this.base = base;
        this.usableBytes = usableBytes;
        this.mappedBytes = usableBytes + ReservationSize.GUARD_BYTES;
    }

    /**
     * Reserves {@code size.wantedBytes()} plus the guard, or, when the host refuses that, the largest
     * power-of-two fraction of it that still holds the memory's minimum.
     *
     * @throws IllegalArgumentException if not even the minimum can be reserved
     */
    static Reservation reserve(Posix posix, ReservationSize size) {
        long page = posix.pageSize();
        long needed = size.neededBytes(page);
        long bytes = size.wantedBytes();
        long result = posix.reserve(bytes + ReservationSize.GUARD_BYTES);
        if (result == -ENOMEM && LIVE.get() > 0) {
            result = retryAfterGc(posix, bytes + ReservationSize.GUARD_BYTES);
        }
        while (result < 0 && bytes > needed) {
            bytes = Math.max(needed, ReservationSize.roundUp(bytes / 2, page));
            result = posix.reserve(bytes + ReservationSize.GUARD_BYTES);
        }
        if (result < 0) {
            throw new IllegalArgumentException(String.format(
                    "cannot reserve address space for a memory of %d bytes (mmap of %d bytes failed: %s);"
                            + " the process may be limited by 'ulimit -v', or hold too many live memories;"
                            + " use the default heap memory creator (Config.builder().memoryCreator(\"heap\"))",
                    size.minBytes(), needed + ReservationSize.GUARD_BYTES, Posix.errnoName((int) -result)));
        }
        Reservation r = new Reservation(posix, result, bytes);
        LIVE.incrementAndGet();
        LIVE_BYTES.addAndGet(r.mappedBytes);
        return r;
    }

    private static long retryAfterGc(Posix posix, long bytes) {
        System.gc();
        long result = -ENOMEM;
        for (int i = 0; i < BACKOFF_MILLIS.length && result == -ENOMEM; i++) {
            try {
                Thread.sleep(BACKOFF_MILLIS[i]);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
            result = posix.reserve(bytes);
        }
        return result;
    }

    /** The start of the mapping. */
    long base() {
        return base;
    }

    /** The bytes before the guard region: the most the memory can commit. */
    long usableBytes() {
        return usableBytes;
    }

    /**
     * Returns a segment over the usable bytes whose scope owns the mapping: when it and every slice of it are
     * unreachable, the mapping is unmapped. Call once.
     */
    @SuppressWarnings("restricted") // reinterpret: the address is our own mapping, usableBytes long
    MemorySegment attach() {
        Posix calls = posix;
        long start = base;
        long length = mappedBytes;
        // The cleanup captures only these values, never the segment or its arena.
        return MemorySegment.ofAddress(start)
                .reinterpret(usableBytes, Arena.ofAuto(), unused -> release(calls, start, length));
    }

    /** Unmaps now; for a reservation that was never attached. */
    void releaseUnattached() {
        release(posix, base, mappedBytes);
    }

    private static void release(Posix posix, long base, long length) {
        if (posix.unmap(base, length)) {
            LIVE.decrementAndGet();
            LIVE_BYTES.addAndGet(-length);
        }
    }

    /** The number of mappings made and not yet unmapped, in this class loader. */
    static long live() {
        return LIVE.get();
    }

    /** The address space those mappings hold, guards included. */
    static long liveBytes() {
        return LIVE_BYTES.get();
    }
}
