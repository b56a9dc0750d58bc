package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.wat.Wat;
import org.junit.jupiter.api.Test;

/**
 * Memory 0's segment is hoisted into a local and re-read only where it may have changed: after calls that may
 * grow memory (transitively), after {@code memory.grow}, and in exception handlers.
 */
final class MemorySegmentReloadTest {
    private static final String MODULE = """
            (module
              (memory 1)
              (tag $t)
              (func $pure (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
              (func $grows (result i32) (drop (memory.grow (i32.const 1))) (i32.const 0))
              (func $growsDeep (result i32) (call $grows))
              (func $growThenThrow (drop (memory.grow (i32.const 1))) (throw $t))
              (func (export "afterPure") (result i32)
                (i32.store (i32.const 8) (call $pure (i32.const 41)))
                (i32.load (i32.const 8)))
              (func (export "afterGrow") (result i32)
                (drop (call $growsDeep))
                (i32.store (i32.const 70000) (i32.const 7))
                (i32.load (i32.const 70000)))
              (func (export "afterCatch") (result i32)
                (block $h (try_table (catch $t $h) (call $growThenThrow)))
                (i32.store (i32.const 70000) (i32.const 9))
                (i32.load (i32.const 70000))))
            """;

    @Test
    void facts_growIsTransitiveAndMemoryUseIsPerFunction() {
        ModuleFacts f = ModuleFacts.of(ValidatedModule.of(Wat.parse(MODULE)));
        assertFalse(f.mayGrow(0));
        assertTrue(f.mayGrow(1));
        assertTrue(f.mayGrow(2));
        assertFalse(f.usesMemory0(0));
        assertFalse(f.usesMemory0(1));
        assertTrue(f.usesMemory0(4));
    }

    @Test
    void calls_thatGrowMemory_leaveTheCallerWithTheNewSegment() {
        Wasm w = Wasm.of(MODULE);
        assertEquals(42, w.call1("afterPure"));
        assertEquals(7, w.call1("afterGrow"));
    }

    @Test
    void handler_afterACalleeGrewMemoryAndThrew_seesTheNewSegment() {
        assertEquals(9, Wasm.of(MODULE).call1("afterCatch"));
    }
}
