package io.wasm4j.memory.mmap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReservationSizeTest {

    @ParameterizedTest(name = "{0} min={1} max={2} log2={3} -> {4} bytes, {5} pages")
    @CsvSource({
        // address, min, max (-1: none), page size log2, reservation bytes, max pages
        "I32, 1, -1, 16, 4294967296, 65536",
        "I32, 0, 0, 16, 0, 0",
        "I32, 1, 2, 16, 131072, 2",
        "I32, 10, -1, 0, 4294967296, 4294967296",
        "I32, 1, 3, 0, 4096, 3",
        "I64, 1, -1, 16, 68719476736, 140737488355327",
        "I64, 1, 81921, 16, 5368774656, 81921",
        "I64, 0, 1000000000, 16, 1099511627776, 1000000000",
    })
    void of_reservesTheMaximum_cappedForMemory64(
            AddressType address, long min, long max, int log2, long bytes, long maxPages) {
        ReservationSize size = ReservationSize.of(new MemoryType(address, new Limits(min, max), false, log2), 4096);
        assertEquals(bytes, size.wantedBytes());
        assertEquals(maxPages, size.maxPages());
        assertEquals(Math.min(maxPages, bytes >>> log2), size.maxPagesWithin(size.wantedBytes()));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 4096", "4096, 4096", "4097, 8192"})
    void roundUp_toWholePages(long bytes, long rounded) {
        assertEquals(rounded, ReservationSize.roundUp(bytes, 4096));
    }

    @ParameterizedTest
    @CsvSource({"I32, 70000", "I64, 2000000"})
    void of_minimumBeyondTheCap_throws(AddressType address, long min) {
        assertThrows(
                IllegalArgumentException.class,
                () -> ReservationSize.of(new MemoryType(address, new Limits(min, -1), false, 16), 4096));
    }
}
