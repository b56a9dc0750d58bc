package io.wasm4j.memory.mmap.internal;

import io.wasm4j.core.MemoryType;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ResizableLinearMemory;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A linear memory in a {@link Reservation}: the first {@link #byteSize()} bytes (rounded up to OS pages)
 * are committed read-write, the rest stays inaccessible. Growing commits more pages in place with {@code
 * mprotect}: nothing is copied and the base address never changes. Fresh anonymous pages are zero, so
 * neither creation nor growth writes anything.
 *
 * <p>The segments handed out are slices of one segment whose automatic arena owns the mapping, so the
 * mapping outlives every segment (and thus every access) and is unmapped after the last one is gone.
 *
 * <p>Thread safety: as {@link LinearMemory}: an unshared memory belongs to one store. A segment read before
 * a grow stays valid (the same pages, a shorter length).
 */
public final class MmapLinearMemory extends ResizableLinearMemory {
    private final long base;
    private final long osPageSize;
    private final Posix posix;
    /** The whole usable reservation; only slices of it within {@link #byteSize} are handed out. */
    private final MemorySegment reserved;

    private long committedBytes;

    private MmapLinearMemory(MemoryType type, Posix posix, ReservationSize size, Reservation reservation) {
        super(type, size.maxPagesWithin(reservation.usableBytes()));
        this.posix = posix;
        this.osPageSize = posix.pageSize();
        this.base = reservation.base();
        this.committedBytes = ReservationSize.roundUp(byteSize(), osPageSize);
        this.reserved = reservation.attach();
        attach(reserved.asSlice(0, byteSize()));
    }

    /** Whether this host is supported; looks libc's symbols up and calls nothing. */
    public static boolean isSupported() {
        return Posix.isSupported();
    }

    /**
     * Reserves and commits a memory of {@code type}.
     *
     * @throws IllegalArgumentException if its minimum cannot be reserved or committed; the message says why
     *     and what to do
     * @throws IllegalStateException if this host is not supported or native access is denied
     */
    public static MmapLinearMemory create(MemoryType type) {
        Objects.requireNonNull(type);
        Posix posix = Posix.get();
        ReservationSize size = ReservationSize.of(type, posix.pageSize());
        Reservation reservation = Reservation.reserve(posix, size);
        long commit = size.neededBytes(posix.pageSize());
        int errno = commit == 0 ? 0 : posix.protect(reservation.base(), commit, Posix.PROT_READ_WRITE);
        if (errno != 0) {
            reservation.releaseUnattached();
            throw new IllegalArgumentException(String.format(
                    "cannot commit the %d bytes of a new memory (mprotect failed: %s); the host is out of"
                            + " memory or limits overcommit (vm.overcommit_memory=2)",
                    size.minBytes(), Posix.errnoName(errno)));
        }
        return new MmapLinearMemory(type, posix, size, reservation);
    }

    @Override
    protected MemorySegment resize(long newBytes) {
        if (newBytes > committedBytes) {
            long commitEnd = ReservationSize.roundUp(newBytes, osPageSize);
            if (posix.protect(base + committedBytes, commitEnd - committedBytes, Posix.PROT_READ_WRITE) != 0) {
                return null;
            }
            committedBytes = commitEnd;
        }
        return reserved.asSlice(0, newBytes);
    }

    @Override
    public String toString() {
        return "mmap memory of " + pages() + " pages (max " + maxPages() + ") at 0x" + Long.toHexString(base);
    }
}
