package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Guests on the mmap memory creator ({@code io.wasm4j:wasm4j-memory-mmap}) through the facade, on every backend. */
final class MmapMemoryTest {
    private static final String GUEST = """
            (module
              (memory (export "mem") 1 4)
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "store") (param i32 i32) (result i32)
                (i32.store (local.get 0) (local.get 1)) (i32.const 0))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """;

    private static Instance instantiate(Strategy backend, String wat) {
        Engine engine = Engine.create(
                Config.builder().strategy(backend).memoryCreator("mmap").build());
        assertEquals(backend.backendId(), engine.backend().orElseThrow());
        return new Linker<Void>(engine).instantiate(Store.create(engine, null), Module.fromText(engine, wat));
    }

    @OnEveryBackend
    void outOfBoundsAccess_trapsWithMemoryOutOfBounds(Strategy backend) {
        Instance instance = instantiate(backend, GUEST);
        IntUnaryOperator load = instance.getFunc("load").orElseThrow().typed(IntUnaryOperator.class);
        IntBinaryOperator store = instance.getFunc("store").orElseThrow().typed(IntBinaryOperator.class);
        assertTrue(instance.getMemory("mem").orElseThrow().segment().isNative());

        assertEquals(0, load.applyAsInt(65532));
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> load.applyAsInt(65533)).code());
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> load.applyAsInt(-1)).code());
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> store.applyAsInt(65535, 1)).code());
        Func untyped = instance.getFunc("load").orElseThrow();
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> untyped.call(Val.i32(1 << 20))).code());
    }

    @OnEveryBackend
    void guestGrow_keepsContentsAndBaseAddress_andStopsAtTheMaximum(Strategy backend) {
        Instance instance = instantiate(backend, GUEST);
        Memory mem = instance.getMemory("mem").orElseThrow();
        IntUnaryOperator load = instance.getFunc("load").orElseThrow().typed(IntUnaryOperator.class);
        IntBinaryOperator store = instance.getFunc("store").orElseThrow().typed(IntBinaryOperator.class);
        IntUnaryOperator grow = instance.getFunc("grow").orElseThrow().typed(IntUnaryOperator.class);
        long base = mem.segment().address();
        store.applyAsInt(65532, 0x12345678);

        assertEquals(1, grow.applyAsInt(2));

        assertEquals(base, mem.segment().address());
        assertEquals(3 * 65536, mem.dataSize());
        assertEquals(0x12345678, load.applyAsInt(65532));
        assertEquals(0, load.applyAsInt(3 * 65536 - 4));
        store.applyAsInt(3 * 65536 - 4, 7);
        assertEquals(7, mem.readInt(3 * 65536 - 4));
        assertEquals(-1, grow.applyAsInt(2));
        assertEquals(3, grow.applyAsInt(1));
        assertEquals(-1, grow.applyAsInt(1));
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> load.applyAsInt(4 * 65536)).code());
    }

    @OnEveryBackend
    void memory64_beyond4GiB_growsInPlace_andTheLastPageIsUsable(Strategy backend) throws IOException {
        Path overcommit = Path.of("/proc/sys/vm/overcommit_memory");
        Assumptions.assumeFalse(
                Files.isReadable(overcommit)
                        && Files.readString(overcommit).trim().equals("2"),
                "strict overcommit accounting: 5 GiB cannot be committed without RAM to back it");
        Instance instance = instantiate(backend, """
                (module
                  (memory (export "mem") i64 1)
                  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
                  (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
                  (func (export "load") (param i64) (result i64) (i64.load (local.get 0))))
                """);
        Func grow = instance.getFunc("grow").orElseThrow();
        Func store = instance.getFunc("store").orElseThrow();
        Func load = instance.getFunc("load").orElseThrow();
        long fiveGiB = 5L << 30;

        assertEquals(1L, grow.call(Val.i64(fiveGiB / 65536 - 1))[0].i64());
        store.call(Val.i64(fiveGiB - 8), Val.i64(0x1122334455667788L));

        assertEquals(0x1122334455667788L, load.call(Val.i64(fiveGiB - 8))[0].i64());
        assertEquals(0L, load.call(Val.i64(fiveGiB - 16))[0].i64());
        assertEquals(fiveGiB, instance.getMemory("mem").orElseThrow().dataSize());
        assertEquals(
                TrapCode.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> load.call(Val.i64(fiveGiB - 4))).code());
    }

    /** The example in {@code MmapMemoryCreator}'s Javadoc. */
    @Test
    void javadocExample_selectsTheMmapCreator() {
        Engine engine = Engine.create(Config.builder().memoryCreator("mmap").build());
        Module module = Module.fromText(engine, "(module (memory (export \"mem\") 1))");
        Instance instance = new Linker<Void>(engine).instantiate(Store.create(engine, null), module);

        Memory mem = instance.getMemory("mem").orElseThrow();
        assertTrue(mem.segment().isNative());
        assertEquals(65536, mem.segment().byteSize());
    }
}
