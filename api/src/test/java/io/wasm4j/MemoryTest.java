package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.spi.Trap;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class MemoryTest {
    private final Engine engine = HostOnlyBackend.engine();
    private final Store<Void> store = Store.create(engine, null);

    private Instance withData() {
        byte[] module = new WasmBuilder()
                .memory(1, 3)
                .data(16, "hello".getBytes(StandardCharsets.UTF_8))
                .export("memory", 2, 0)
                .build();
        return new Linker<Void>(engine).instantiate(store, Module.fromBinary(engine, module));
    }

    @Test
    void exportedMemory_dataSegmentApplied_readBack() {
        Memory m = withData().getMemory("memory").orElseThrow();
        assertEquals(1, m.size());
        assertEquals(65536, m.dataSize());
        assertEquals("hello", m.readString(16, 5));
        byte[] b = new byte[3];
        m.read(17, b);
        assertArrayEquals("ell".getBytes(StandardCharsets.UTF_8), b);
    }

    @Test
    void writeAndRead_primitives_littleEndian() {
        Memory m = Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, -1), false, 16));
        m.writeInt(0, 0x01020304);
        assertEquals(4, m.readByte(0));
        m.writeLong(8, -2L);
        assertEquals(-2L, m.readLong(8));
        m.writeDouble(16, Math.PI);
        assertEquals(Math.PI, m.readDouble(16));
        m.writeFloat(24, 1.5f);
        assertEquals(1.5f, m.readFloat(24));
        m.writeShort(28, (short) -3);
        assertEquals((short) -3, m.readShort(28));
    }

    @Test
    void byteBuffers_copyRemainingAndAdvancePosition() {
        Memory m = Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, -1), false, 16));
        ByteBuffer src = ByteBuffer.wrap(new byte[] {9, 8, 7, 6});
        src.position(1);
        m.write(100, src);
        assertEquals(4, src.position());
        ByteBuffer dst = ByteBuffer.allocateDirect(3);
        m.read(100, dst);
        assertEquals(3, dst.position());
        assertEquals(8, dst.get(0));
        assertEquals(6, dst.get(2));
    }

    @Test
    void access_outOfBounds_indexOutOfBoundsNotTrap() {
        Memory m = withData().getMemory("memory").orElseThrow();
        assertThrows(IndexOutOfBoundsException.class, () -> m.readInt(65534));
        assertThrows(IndexOutOfBoundsException.class, () -> m.write(65535, new byte[2]));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readByte(-1));
    }

    @Test
    void grow_toMaximumThenBeyond_failsWithoutChange() {
        Memory m = withData().getMemory("memory").orElseThrow();
        assertEquals(1, m.grow(2));
        assertEquals(3, m.size());
        assertEquals("hello", m.readString(16, 5));
        assertThrows(IllegalStateException.class, () -> m.grow(1));
        assertEquals(3, m.size());
        assertEquals(3, ((ExternType.Memory) m.externType()).type().limits().min());
    }

    @Test
    void instantiate_dataSegmentOutOfBounds_traps() {
        byte[] module =
                new WasmBuilder().memory(1, -1).data(65535, new byte[] {1, 2}).build();
        Trap t = assertThrows(
                Trap.class, () -> new Linker<Void>(engine).instantiate(store, Module.fromBinary(engine, module)));
        assertEquals("out of bounds memory access", t.getMessage());
    }

    @Test
    void create_tooLargeForTheHeap_uninstantiableNamingMmap() {
        MemoryType huge = new MemoryType(AddressType.I64, new Limits(1L << 30, -1), false, 16);
        UninstantiableException e = assertThrows(UninstantiableException.class, () -> Memory.create(store, huge));
        assertEquals(true, e.getMessage().contains("wasm4j-memory-mmap"), e.getMessage());
    }

    @Test
    void instantiate_importedMemory_sharedWithHost() {
        Memory host = Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, -1), false, 16));
        byte[] module = new WasmBuilder()
                .importMemory("env", "memory", 1, -1)
                .data(0, new byte[] {42})
                .export("mem", 2, 0)
                .build();
        Instance i = new Linker<Void>(engine)
                .define("env", "memory", host)
                .instantiate(store, Module.fromBinary(engine, module));
        assertEquals(42, host.readByte(0));
        assertEquals(host, i.getMemory("mem").orElseThrow());
    }
}
