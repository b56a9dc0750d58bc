package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import org.junit.jupiter.api.Test;

final class WasmTableTest {
    private static WasmTable table(long min, long max) {
        return new WasmTable(new TableType(AddressType.I32, new Limits(min, max), RefType.EXTERNREF), null);
    }

    @Test
    void grow_withinMaximum_returnsOldSizeAndFills() {
        WasmTable t = table(1, 5);
        assertEquals(1, t.grow(3, "x"));
        assertEquals(4, t.size());
        assertNull(t.get(0));
        assertEquals("x", t.get(3));
        assertEquals(-1, t.grow(2, "y"));
        assertEquals(4, t.size());
        assertEquals(4, t.type().limits().min());
    }

    @Test
    void get_outOfBounds_trapsWithSpecText() {
        WasmTable t = table(2, -1);
        Trap trap = assertThrows(Trap.class, () -> t.get(2));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, trap.code());
        assertEquals("out of bounds table access", trap.getMessage());
        assertThrows(Trap.class, () -> t.set(-1, "a"));
    }

    @Test
    void copy_overlapping_movesLikeMemmove() {
        WasmTable t = table(5, -1);
        for (int i = 0; i < 5; i++) {
            t.set(i, i);
        }
        WasmTable.copy(t, 1, t, 0, 3);
        assertArrayEquals(new Object[] {0, 0, 1, 2, 4}, java.util.Arrays.copyOf(t.elements(), 5));
    }

    @Test
    void fill_rangeEndingAtSize_allowedZeroLengthAtEnd() {
        WasmTable t = table(3, -1);
        t.fill(1, "f", 2);
        t.fill(3, "g", 0);
        assertEquals("f", t.get(2));
        assertThrows(Trap.class, () -> t.fill(4, "h", 0));
        assertThrows(Trap.class, () -> t.fill(2, "h", 2));
    }

    @Test
    void init_segmentOutOfBounds_traps() {
        WasmTable t = table(3, -1);
        t.init(0, new Object[] {"a", "b"}, 1, 1);
        assertEquals("b", t.get(0));
        assertThrows(Trap.class, () -> t.init(0, new Object[] {"a"}, 1, 1));
    }
}
