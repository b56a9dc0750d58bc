package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.ExternType;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** {@link Memory} shared between host and guest: bulk copies, typed accesses, growth and bounds. */
final class MemoryApiTest {
    private static final String GUEST = """
            (module
              (memory (export "mem") 1 3)
              (data (i32.const 16) "hello")
              (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
              (func (export "store") (param i32 i32) (result i32)
                (i32.store8 (local.get 0) (local.get 1)) (i32.const 0))
              (func (export "size") (result i32) (memory.size))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """;

    private static final int PAGE = 65536;

    private static MemoryType pages(long min, long max) {
        return new MemoryType(AddressType.I32, new Limits(min, max), false, 16);
    }

    @OnEveryBackend
    void byteArrays_hostAndGuestSeeEachOthersWrites(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Memory mem = instance.getMemory("mem").orElseThrow();
        IntUnaryOperator load = instance.getFunc("load").orElseThrow().typed(IntUnaryOperator.class);
        IntBinaryOperator store = instance.getFunc("store").orElseThrow().typed(IntBinaryOperator.class);

        assertEquals("hello", mem.readString(16, 5));
        mem.write(100, new byte[] {9, 8, 7, 6, 5}, 1, 3);
        assertEquals(8, load.applyAsInt(100));
        assertEquals(6, load.applyAsInt(102));
        assertEquals(0, load.applyAsInt(103));

        store.applyAsInt(200, 0xAB);
        store.applyAsInt(201, 0xCD);
        byte[] dst = new byte[4];
        mem.read(200, dst, 1, 2);
        assertArrayEquals(new byte[] {0, (byte) 0xAB, (byte) 0xCD, 0}, dst);
    }

    @OnEveryBackend
    void byteBuffers_heapAndDirect_copyRemainingAndAdvance(Strategy backend) {
        Memory mem = Guests.instantiate(backend, GUEST).getMemory("mem").orElseThrow();
        for (ByteBuffer src : new ByteBuffer[] {ByteBuffer.allocate(8), ByteBuffer.allocateDirect(8)}) {
            src.order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(0x0403_0201)
                    .putInt(0x0807_0605)
                    .flip();
            src.position(2);
            mem.write(1000, src);
            assertEquals(8, src.position());
            assertEquals(0x0605_0403, mem.readInt(1000));

            ByteBuffer dst = src.isDirect() ? ByteBuffer.allocateDirect(5) : ByteBuffer.allocate(5);
            dst.position(1);
            mem.read(1000, dst);
            assertEquals(5, dst.position());
            assertEquals(0, dst.get(0));
            assertEquals(3, dst.get(1));
            assertEquals(6, dst.get(4));
        }
    }

    @OnEveryBackend
    void typedAccessors_areLittleEndian_andVisibleToGuest(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Memory mem = instance.getMemory("mem").orElseThrow();
        IntUnaryOperator load = instance.getFunc("load").orElseThrow().typed(IntUnaryOperator.class);
        mem.writeLong(300, 0x0102_0304_0506_0708L);
        assertEquals(0x08, load.applyAsInt(300));
        assertEquals(0x01, load.applyAsInt(307));
        mem.writeDouble(400, -2.5);
        assertEquals(-2.5, mem.readDouble(400));
        assertEquals(Double.doubleToRawLongBits(-2.5), mem.readLong(400));
        mem.writeShort(500, (short) -2);
        assertEquals(0xFE, load.applyAsInt(500));
        assertEquals(-2, mem.readShort(500));
        mem.writeFloat(600, 1.5f);
        assertEquals(Float.floatToRawIntBits(1.5f), mem.readInt(600));
        assertEquals(5, mem.writeString(700, "héllo".substring(0, 4)));
        assertEquals("héll", mem.readString(700, 5));
    }

    @OnEveryBackend
    void grow_fromHostAndGuest_bothSeeTheNewSize_andMaximumHolds(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Memory mem = instance.getMemory("mem").orElseThrow();
        IntUnaryOperator grow = instance.getFunc("grow").orElseThrow().typed(IntUnaryOperator.class);
        var size = instance.getFunc("size").orElseThrow();

        assertEquals(1, mem.grow(1));
        assertEquals(2, size.call()[0].i32());
        assertEquals(2L * PAGE, mem.dataSize());
        mem.writeByte(2L * PAGE - 1, (byte) 42);

        assertEquals(2, grow.applyAsInt(1));
        assertEquals(3, mem.size());
        assertEquals(3L * PAGE, mem.segment().byteSize());
        assertEquals(42, mem.readByte(2L * PAGE - 1));
        assertEquals(0, mem.readByte(3L * PAGE - 1));

        assertEquals(-1, grow.applyAsInt(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> mem.grow(1));
        assertTrue(e.getMessage().contains("maximum 3"), e.getMessage());
        assertEquals(3, mem.size());
        assertEquals(new ExternType.Memory(pages(3, 3)), mem.externType());
        assertEquals(new Limits(1, 3L), mem.type().limits());
    }

    @OnEveryBackend
    void outOfBounds_hostAccessThrowsAndWritesNothing_guestTraps(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Memory mem = instance.getMemory("mem").orElseThrow();
        mem.writeByte(PAGE - 2, (byte) 1);
        assertThrows(IndexOutOfBoundsException.class, () -> mem.write(PAGE - 2, new byte[] {7, 7, 7}));
        assertEquals(1, mem.readByte(PAGE - 2));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.read(PAGE - 2, new byte[3]));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.readInt(PAGE - 3));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.writeLong(-1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.readByte(PAGE));
        assertThrows(IndexOutOfBoundsException.class, () -> mem.write(PAGE - 1, ByteBuffer.allocate(2)));
        ByteBuffer dst = ByteBuffer.allocate(4);
        assertThrows(IndexOutOfBoundsException.class, () -> mem.read(PAGE - 2, dst));
        assertEquals(0, dst.position());
        assertThrows(IndexOutOfBoundsException.class, () -> mem.readString(PAGE - 1, 2));

        Trap trap = assertThrows(
                Trap.class,
                () -> instance.getFunc("load")
                        .orElseThrow()
                        .typed(IntUnaryOperator.class)
                        .applyAsInt(PAGE));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, trap.code());
    }

    @OnEveryBackend
    void hostCreatedMemory_importedByGuest_sharedBothWays(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> store = Store.create(engine, null);
        Memory mem = Memory.create(store, pages(1, 2));
        mem.writeInt(8, 1234);
        Module module = Module.fromText(engine, """
                (module
                  (import "env" "mem" (memory 1))
                  (func (export "get") (param i32) (result i32) (i32.load (local.get 0)))
                  (func (export "put") (param i32 i32) (i32.store (local.get 0) (local.get 1))))
                """);
        Instance instance = new Linker<Void>(engine).define("env", "mem", mem).instantiate(store, module);
        assertEquals(
                1234,
                instance.getFunc("get")
                        .orElseThrow()
                        .typed(IntUnaryOperator.class)
                        .applyAsInt(8));
        instance.getFunc("put").orElseThrow().call(io.wasm4j.Val.i32(12), io.wasm4j.Val.i32(-7));
        assertEquals(-7, mem.readInt(12));
        assertEquals(mem, instance.getMemory("mem").orElse(mem));
    }
}
