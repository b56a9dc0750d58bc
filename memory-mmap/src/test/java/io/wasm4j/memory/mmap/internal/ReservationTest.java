package io.wasm4j.memory.mmap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class ReservationTest {

    /**
     * 4,096 dropped 64-bit memories of 64 GiB reservations each would need 256 TiB of address space, twice
     * what an x86-64 or aarch64 Linux process has: the loop only completes if unreachable memories are unmapped.
     */
    @Test
    void droppedMemories_areUnmapped_soALoopDoesNotExhaustAddressSpace() throws InterruptedException {
        int count = 4096;
        for (int i = 0; i < count; i++) {
            MmapLinearMemory m = MmapLinearMemory.create(MmapLinearMemoryTest.i64(1, -1));
            m.segment().set(ValueLayout.JAVA_INT_UNALIGNED, 0, i);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Reservation.live() > 100 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(Reservation.live() <= 100, () -> Reservation.live() + " mappings still live after GC");
    }

    @Test
    void reservation_ofAMemory_isItsMaximumThenAGuard_withOnlyTheMinimumCommitted() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        Assumptions.assumeTrue(Files.isReadable(maps), "needs Linux's /proc/self/maps");
        MmapLinearMemory m = MmapLinearMemory.create(MmapLinearMemoryTest.i32(1, 16));
        long base = m.segment().address();
        long page = 65536;
        List<String> lines = Files.readAllLines(maps);
        assertEquals("rw-p", permissions(lines, base));
        assertEquals("rw-p", permissions(lines, base + page - 1));
        assertEquals("---p", permissions(lines, base + page));
        assertEquals("---p", permissions(lines, base + 16 * page - 1));
        assertEquals("---p", permissions(lines, base + 16 * page + ReservationSize.GUARD_BYTES - 1));
        assertEquals(1, m.grow(15));
        lines = Files.readAllLines(maps);
        assertEquals("rw-p", permissions(lines, base + 16 * page - 1));
        assertEquals("---p", permissions(lines, base + 16 * page));
        assertEquals(16, m.maxPages());
    }

    /** The permissions of the mapping that holds {@code address}. */
    private static String permissions(List<String> maps, long address) {
        for (String line : maps) {
            String[] fields = line.split("\\s+");
            String[] range = fields[0].split("-");
            long start = Long.parseUnsignedLong(range[0], 16);
            long end = Long.parseUnsignedLong(range[1], 16);
            if (Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0) {
                return fields[1];
            }
        }
        return "(unmapped)";
    }
}
