package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

final class HeapMemoryCreatorTest {
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private final MemoryCreator creator = new HeapMemoryCreator();

    private static MemoryType type(long min, long max) {
        return new MemoryType(AddressType.I32, new Limits(min, max), false, 16);
    }

    @Test
    void create_minimumPages_zeroedSegmentOfExactSize() {
        LinearMemory m = creator.create(type(2, -1));
        assertEquals(2, m.pages());
        assertEquals(2 * 65536, m.byteSize());
        assertEquals(2 * 65536, m.segment().byteSize());
        assertEquals(0, m.segment().get(I32, 65536 * 2 - 4));
        assertEquals(65536, m.maxPages());
    }

    @Test
    void grow_keepsContentsAndZeroesNewPages() {
        LinearMemory m = creator.create(type(1, 10));
        m.segment().set(I32, 100, 0x12345678);
        assertEquals(1, m.grow(3));
        assertEquals(4, m.pages());
        assertEquals(0x12345678, m.segment().get(I32, 100));
        assertEquals(0, m.segment().get(I32, 3 * 65536 + 8));
        assertEquals((byte) 0x78, m.segment().get(ValueLayout.JAVA_BYTE, 100), "little-endian");
    }

    @Test
    void grow_beyondMaximum_returnsMinusOneAndKeepsSize() {
        LinearMemory m = creator.create(type(1, 2));
        assertEquals(-1, m.grow(2));
        assertEquals(1, m.pages());
        assertEquals(1, m.grow(1));
        assertEquals(-1, m.grow(1));
        assertEquals(2, m.grow(0));
    }

    @Test
    void access_beyondSize_throwsIndexOutOfBounds() {
        LinearMemory m = creator.create(type(1, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.segment().get(I32, 65533));
    }

    @Test
    void create_zeroPages_emptySegmentThatGrows() {
        LinearMemory m = creator.create(type(0, -1));
        assertEquals(0, m.segment().byteSize());
        assertEquals(0, m.grow(1));
        assertEquals(65536, m.segment().byteSize());
    }

    @Test
    void create_customPageSizeOne_byteGranularity() {
        LinearMemory m = creator.create(new MemoryType(AddressType.I32, new Limits(3, -1), false, 0));
        assertEquals(3, m.byteSize());
        assertEquals(3, m.grow(5));
        assertEquals(8, m.segment().byteSize());
    }

    @Test
    void create_beyondHeapLimit_failsNamingTheMmapArtifact() {
        MemoryType huge = new MemoryType(AddressType.I64, new Limits(1L << 20, -1), false, 16);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> creator.create(huge));
        assertTrue(e.getMessage().contains("wasm4j-memory-mmap"), e.getMessage());
    }

    @Test
    void grow_memory64_cappedByHeapLimit() {
        LinearMemory m = creator.create(new MemoryType(AddressType.I64, new Limits(0, -1), false, 16));
        assertEquals(HeapMemoryCreator.MAX_BYTES >>> 16, m.maxPages());
        assertEquals(-1, m.grow(1L << 40));
    }
}
