package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.ExternKind;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link BcInstance#requestInterrupt}: the module's switch, the instance's word, and the trap. */
final class InterruptTest {
    private static final String SPIN = "(module (func (export \"spin\") (loop $l (br $l))))";

    /** Counts down from its argument in a loop; returns 7. */
    private static final String COUNT = "(module (func (export \"count\") (param i32) (result i32)"
            + " (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))) (i32.const 7)))";

    private static ModuleInstance instantiate(BcModule m) {
        ModuleInstance inst = m.instantiate(
                Imports.NONE, new InstanceContext(new HeapMemoryCreator(), new StoreContext(new AtomicLong())));
        inst.start();
        return inst;
    }

    private static Object[] call(BcModule m, ModuleInstance inst, String name, Object... args) {
        var e = m.module().module().export(name);
        assertEquals(ExternKind.FUNC, e.kind());
        return inst.function(e.index()).invoke(null, args);
    }

    @Test
    void requestBeforeCall_trapsAtTheLoopHeader_thenTheSwitchIsOffAndCallsRunAgain() {
        BcModule m = Wasm.compile(COUNT);
        ModuleInstance inst = instantiate(m);
        assertFalse(m.interrupts.armed());
        ((BcInstance) inst).requestInterrupt();
        assertTrue(m.interrupts.armed());
        Trap t = assertThrows(Trap.class, () -> call(m, inst, "count", 10));
        assertEquals(TrapCode.INTERRUPT, t.code());
        assertFalse(m.interrupts.armed());
        assertEquals(7, call(m, inst, "count", 10)[0]);
    }

    @Test
    void requestFromAnotherThread_stopsAnEndlessLoopThatRunsCompiled() throws Exception {
        BcModule m = Wasm.compile(SPIN);
        ModuleInstance inst = instantiate(m);
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        Thread runner = new Thread(() -> {
            try {
                call(m, inst, "spin");
                done.complete(null);
            } catch (Throwable x) {
                done.complete(x);
            }
        });
        runner.setDaemon(true);
        runner.start();
        // long enough for the loop to be JIT-compiled with the check folded away
        Thread.sleep(1500);
        assertFalse(done.isDone());
        ((BcInstance) inst).requestInterrupt();
        Throwable x = done.get(30, TimeUnit.SECONDS);
        assertEquals(TrapCode.INTERRUPT, assertInstanceOf(Trap.class, x).code());
        assertFalse(m.interrupts.armed());
    }

    @Test
    void request_stopsOnlyItsInstance_otherInstancesOfTheModuleContinue() {
        BcModule m = Wasm.compile(COUNT);
        ModuleInstance a = instantiate(m);
        ModuleInstance b = instantiate(m);
        ((BcInstance) a).requestInterrupt();
        ((BcInstance) a).requestInterrupt(); // a second request while one is pending changes nothing
        assertEquals(7, call(m, b, "count", 100_000)[0]);
        assertTrue(m.interrupts.armed());
        Trap t = assertThrows(Trap.class, () -> call(m, a, "count", 100_000));
        assertEquals(TrapCode.INTERRUPT, t.code());
        assertFalse(m.interrupts.armed());
        assertEquals(7, call(m, a, "count", 100_000)[0]);
    }

    @Test
    void request_inRecursionWithoutLoops_trapsAtTheEntryCheck() {
        Wasm w = Wasm.of("(module (func $f (export \"f\") (param i32) (result i32)"
                + " (if (result i32) (local.get 0) (then (call $f (i32.sub (local.get 0) (i32.const 1))))"
                + " (else (i32.const 5)))))");
        assertEquals(5, w.call1("f", 1000));
        ((BcInstance) w.instance).requestInterrupt();
        Trap t = assertThrows(Trap.class, () -> w.call("f", 1000));
        assertEquals(TrapCode.INTERRUPT, t.code());
    }

    @Test
    void manyRequests_theSwitchStaysOnTheWordReadAfterMaxDisarms_andRequestsStillTrap() {
        BcModule m = Wasm.compile(COUNT);
        ModuleInstance inst = instantiate(m);
        for (int i = 0; i < Interrupts.MAX_DISARMS + 3; i++) {
            ((BcInstance) inst).requestInterrupt();
            Trap t = assertThrows(Trap.class, () -> call(m, inst, "count", 10));
            assertEquals(TrapCode.INTERRUPT, t.code());
            assertEquals(i >= Interrupts.MAX_DISARMS, m.interrupts.armed(), "after request " + i);
            assertEquals(7, call(m, inst, "count", 10)[0]);
        }
    }
}
