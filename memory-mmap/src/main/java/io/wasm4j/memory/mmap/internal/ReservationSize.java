package io.wasm4j.memory.mmap.internal;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.MemoryType;

/**
 * How much address space a memory reserves: its maximum, bounded by what its address type can reach and by
 * this module's caps, in whole OS pages; a guard region of {@link #GUARD_BYTES} follows.
 *
 * @param minBytes the bytes the memory starts with
 * @param maxPages the most pages the memory may ever have (declared and address-type limits)
 * @param wantedBytes the reservation asked for first, a whole number of OS pages, at least {@code minBytes}
 * @param pageSizeLog2 log2 of the memory's page size
 */
record ReservationSize(long minBytes, long maxPages, long wantedBytes, int pageSizeLog2) {

    /**
     * The inaccessible region after every reservation, never committed: 32 MiB, as wasmtime's default
     * {@code memory_guard_size} on 64-bit hosts. Native code may skip bounds checks for accesses whose
     * constant offset is below it once the address itself is checked, or always for a 32-bit memory that
     * reserves 4 GiB.
     */
    static final long GUARD_BYTES = 32L << 20;

    /** The reservation of a 64-bit memory without a maximum: 64 GiB of address space (not of RAM). */
    static final long DEFAULT_RESERVATION_64 = 64L << 30;

    /** The largest reservation a 64-bit memory's declared maximum obtains: 1 TiB. */
    static final long MAX_RESERVATION = 1L << 40;

    /**
     * The reservation for {@code type} on a host with {@code osPageSize}-byte pages.
     *
     * @throws IllegalArgumentException if the minimum exceeds what this module reserves
     */
    static ReservationSize of(MemoryType type, long osPageSize) {
        int log2 = type.pageSizeLog2();
        boolean is32 = type.addressType() == AddressType.I32;
        long addressLimitPages = is32 ? (1L << 32) >>> log2 : Long.MAX_VALUE >>> log2;
        long declaredMax = type.limits().hasMax() ? type.limits().max() : addressLimitPages;
        long maxPages = Math.min(declaredMax, addressLimitPages);
        long min = type.limits().min();
        long capBytes = is32 ? 1L << 32 : type.limits().hasMax() ? MAX_RESERVATION : DEFAULT_RESERVATION_64;
        long capPages = capBytes >>> log2;
        if (min > Math.min(maxPages, capPages)) {
            throw new IllegalArgumentException(String.format(
                    "memory minimum of %d pages of %d bytes exceeds the mmap memory limit of %d bytes;"
                            + " declare a smaller minimum",
                    min, 1L << log2, Math.min(maxPages, capPages) << log2));
        }
        long wanted = roundUp(Math.min(maxPages, capPages) << log2, osPageSize);
        return new ReservationSize(min << log2, maxPages, wanted, log2);
    }

    /** The fewest bytes a reservation may have: the minimum, in whole OS pages. */
    long neededBytes(long osPageSize) {
        return roundUp(minBytes, osPageSize);
    }

    /** The most pages a memory of {@code reservedBytes} can have. */
    long maxPagesWithin(long reservedBytes) {
        return Math.min(maxPages, reservedBytes >>> pageSizeLog2);
    }

    /** {@code bytes} rounded up to a multiple of {@code page} (a power of two). */
    static long roundUp(long bytes, long page) {
        return (bytes + page - 1) & -page;
    }
}
