package io.wasm4j.memory.mmap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class MmapLinearMemoryTest {
    private static final long PAGE = 65536;

    static MemoryType i32(long min, long max) {
        return new MemoryType(AddressType.I32, new Limits(min, max), false, 16);
    }

    static MemoryType i64(long min, long max) {
        return new MemoryType(AddressType.I64, new Limits(min, max), false, 16);
    }

    @Test
    void create_minPages_segmentIsNativeZeroedAndExactlySized() {
        MmapLinearMemory m = MmapLinearMemory.create(i32(2, -1));
        MemorySegment s = m.segment();
        assertTrue(s.isNative());
        assertEquals(2 * PAGE, s.byteSize());
        assertEquals(2 * PAGE, m.byteSize());
        assertEquals(2, m.pages());
        assertEquals(65536, m.maxPages());
        assertEquals(-1, s.asSlice(0, 2 * PAGE).mismatch(MemorySegment.ofArray(new byte[(int) (2 * PAGE)])));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(ValueLayout.JAVA_BYTE, 2 * PAGE));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(ValueLayout.JAVA_INT_UNALIGNED, 2 * PAGE - 3));
    }

    @Test
    void grow_keepsContentsAndBaseAddress_addsZeroPages() {
        MmapLinearMemory m = MmapLinearMemory.create(i32(1, 10));
        MemorySegment before = m.segment();
        before.set(ValueLayout.JAVA_LONG_UNALIGNED, PAGE - 8, 0x0102030405060708L);
        before.set(ValueLayout.JAVA_BYTE, 0, (byte) 42);

        assertEquals(1, m.grow(3));

        MemorySegment after = m.segment();
        assertEquals(before.address(), after.address());
        assertEquals(4 * PAGE, after.byteSize());
        assertEquals(42, after.get(ValueLayout.JAVA_BYTE, 0));
        assertEquals(0x0102030405060708L, after.get(ValueLayout.JAVA_LONG_UNALIGNED, PAGE - 8));
        assertEquals(-1, after.asSlice(PAGE, 3 * PAGE).mismatch(MemorySegment.ofArray(new byte[(int) (3 * PAGE)])));
        after.set(ValueLayout.JAVA_INT_UNALIGNED, 4 * PAGE - 4, 7);
        assertEquals(7, after.get(ValueLayout.JAVA_INT_UNALIGNED, 4 * PAGE - 4));
        // The segment read before the grow still reaches the same (first) page.
        assertEquals(42, before.get(ValueLayout.JAVA_BYTE, 0));
    }

    @Test
    void grow_beyondMax_returnsMinusOne_andChangesNothing() {
        MmapLinearMemory m = MmapLinearMemory.create(i32(1, 3));
        assertEquals(3, m.maxPages());
        assertEquals(-1, m.grow(3));
        assertEquals(-1, m.grow(-1));
        assertEquals(-1, m.grow(Long.MAX_VALUE));
        assertEquals(1, m.pages());
        assertEquals(PAGE, m.segment().byteSize());
        assertEquals(1, m.grow(0));
        assertEquals(1, m.grow(2));
        assertEquals(-1, m.grow(1));
        assertEquals(3, m.pages());
    }

    @Test
    void create_maxZero_hasAnEmptySegment_andCannotGrow() {
        MmapLinearMemory m = MmapLinearMemory.create(i32(0, 0));
        assertEquals(0, m.segment().byteSize());
        assertEquals(0, m.maxPages());
        assertEquals(-1, m.grow(1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.segment().get(ValueLayout.JAVA_BYTE, 0));
    }

    @Test
    void memory64_growsTo5GiB_andTouchesItsLastPage() throws IOException {
        Path overcommit = Path.of("/proc/sys/vm/overcommit_memory");
        Assumptions.assumeFalse(
                Files.isReadable(overcommit)
                        && Files.readString(overcommit).trim().equals("2"),
                "strict overcommit accounting: 5 GiB cannot be committed without RAM to back it");
        MmapLinearMemory m = MmapLinearMemory.create(i64(1, -1));
        assertEquals(ReservationSize.DEFAULT_RESERVATION_64 / PAGE, m.maxPages());
        long pages = (5L << 30) / PAGE;
        assertEquals(1, m.grow(pages - 1));
        MemorySegment s = m.segment();
        assertEquals(5L << 30, s.byteSize());
        assertEquals(0L, s.get(ValueLayout.JAVA_LONG_UNALIGNED, (5L << 30) - 8));
        s.set(ValueLayout.JAVA_LONG_UNALIGNED, (5L << 30) - 8, -1L);
        assertEquals(-1L, s.get(ValueLayout.JAVA_LONG_UNALIGNED, (5L << 30) - 8));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(ValueLayout.JAVA_BYTE, 5L << 30));
    }

    @Test
    void customPageSizeOfOneByte_segmentIsExact_andGrowsByBytes() {
        MmapLinearMemory m =
                MmapLinearMemory.create(new MemoryType(AddressType.I32, new Limits(10, 100_000), false, 0));
        assertEquals(10, m.segment().byteSize());
        assertThrows(IndexOutOfBoundsException.class, () -> m.segment().get(ValueLayout.JAVA_BYTE, 10));
        m.segment().set(ValueLayout.JAVA_BYTE, 9, (byte) 9);
        assertEquals(10, m.grow(99_990));
        assertEquals(100_000, m.segment().byteSize());
        assertEquals(9, m.segment().get(ValueLayout.JAVA_BYTE, 9));
        assertEquals(0, m.segment().get(ValueLayout.JAVA_BYTE, 10));
        assertEquals(0, m.segment().get(ValueLayout.JAVA_BYTE, 99_999));
        assertEquals(-1, m.grow(1));
    }

    @Test
    void create_minimumBeyondTheLimit_failsWithAMessage() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> MmapLinearMemory.create(i64(1L << 30, -1)));
        assertTrue(e.getMessage().contains("exceeds the mmap memory limit"), e.getMessage());
    }

    @Test
    void create_fromManyThreads_givesDistinctWorkingMemories() throws Exception {
        Thread[] threads = new Thread[4];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        MmapLinearMemory m = MmapLinearMemory.create(i32(1, -1));
                        m.segment().set(ValueLayout.JAVA_INT_UNALIGNED, 0, id * 1000 + i);
                        assertEquals(1, m.grow(1));
                        assertEquals(id * 1000 + i, m.segment().get(ValueLayout.JAVA_INT_UNALIGNED, 0));
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw new AssertionError(failure[0]);
            }
        }
    }
}
