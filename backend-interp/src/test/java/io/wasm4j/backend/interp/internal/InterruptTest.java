package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.wat.Wat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class InterruptTest {
    private static final String LOOP = """
            (module (func (export "spin") (param i32) (result i32)
              (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))) (local.get 0)))""";

    private static ModuleInstance instance(boolean epoch, boolean fuel, StoreContext store) {
        InterpModule m = InterpModule.compile(
                ValidatedModule.of(Wat.parse(LOOP)), new CompileContext(Wasm.TYPES, 512 * 1024, Map.of(), epoch, fuel));
        return m.instantiate(Imports.NONE, new InstanceContext(new HeapMemoryCreator(), store));
    }

    @Test
    void fuel_runsOutInLoop() {
        StoreContext store = new StoreContext(new AtomicLong());
        store.setFuel(1_000);
        ModuleInstance inst = instance(false, true, store);
        assertEquals(0, inst.function(0).invoke(null, 10)[0]);
        assertTrue(store.fuel() < 1_000);
        Trap t = assertThrows(Trap.class, () -> inst.function(0).invoke(null, 1_000_000));
        assertEquals(TrapCode.OUT_OF_FUEL, t.code());
    }

    @Test
    void epoch_deadlineInterruptsLoop() {
        AtomicLong epoch = new AtomicLong();
        StoreContext store = new StoreContext(epoch);
        store.setEpochDeadline(1);
        ModuleInstance inst = instance(true, false, store);
        assertEquals(0, inst.function(0).invoke(null, 1000)[0]);
        epoch.incrementAndGet();
        assertEquals(
                TrapCode.INTERRUPT,
                assertThrows(Trap.class, () -> inst.function(0).invoke(null, 5)).code());
    }
}
