package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import org.junit.jupiter.api.Test;

/** Fuel and epoch interruption as the facade sets them up; backends poll the {@link StoreContext}. */
final class LimitsTest {
    @Test
    void fuel_disabledByDefault_storeRefuses() {
        Store<Void> store = Store.create(HostOnlyBackend.engine(), null);
        assertThrows(IllegalStateException.class, () -> store.setFuel(10));
        assertThrows(IllegalStateException.class, () -> store.setEpochDeadline(1));
    }

    @Test
    void fuel_enabled_consumedUntilTrap() {
        Store<Void> store = Store.create(
                HostOnlyBackend.engine(Config.builder().consumeFuel(true).build()), null);
        assertEquals(0, store.getFuel());
        store.setFuel(10);
        StoreContext ctx = store.context();
        ctx.consumeFuel(4);
        assertEquals(6, store.getFuel());
        Trap t = assertThrows(Trap.class, () -> ctx.consumeFuel(7));
        assertEquals(TrapCode.OUT_OF_FUEL, t.code());
        assertEquals(0, store.getFuel());
        assertThrows(IllegalArgumentException.class, () -> store.setFuel(-1));
    }

    @Test
    void epoch_deadlineReachedByIncrements_interruptTrap() {
        Engine engine =
                HostOnlyBackend.engine(Config.builder().epochInterruption(true).build());
        Store<Void> store = Store.create(engine, null);
        StoreContext ctx = store.context();
        ctx.checkEpoch();
        store.setEpochDeadline(2);
        engine.incrementEpoch();
        ctx.checkEpoch();
        engine.incrementEpoch();
        Trap t = assertThrows(Trap.class, ctx::checkEpoch);
        assertEquals("interrupt", t.getMessage());
        store.setEpochDeadline(1);
        ctx.checkEpoch();
    }
}
