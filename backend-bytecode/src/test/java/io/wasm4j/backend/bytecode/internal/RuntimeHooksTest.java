package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where entry checks go, traps from JVM exceptions, and deep tail recursion (interruption: {@link InterruptTest}). */
final class RuntimeHooksTest {
    @Test
    void entryCheck_onlyInFunctionsWithACallOutsideEveryLoop() {
        ModuleFacts f = ModuleFacts.of(io.wasm4j.core.ValidatedModule.of(io.wasm4j.wat.Wat.parse("""
                (module
                  (func $leaf (param i32) (result i32) (local.get 0))
                  (func $callOutside (result i32) (call $leaf (i32.const 1)))
                  (func $callInLoop (result i32) (loop $l (result i32) (call $leaf (i32.const 1))))
                  (func $callAfterLoop (result i32) (loop $l) (block $b (result i32) (call $leaf (i32.const 1))))
                  (func $tailSelf (param i32) (return_call $tailSelf (local.get 0))))
                """)));
        assertEquals(
                List.of(false, true, false, true, true),
                List.of(f.entryCheck(0), f.entryCheck(1), f.entryCheck(2), f.entryCheck(3), f.entryCheck(4)));
    }

    @Test
    void outOfBoundsLoad_trapsWithTheSpecMessage() {
        Wasm w = Wasm.of(
                "(module (memory 1) (func (export \"load\") (param i32) (result i32)" + " (i32.load (local.get 0))))");
        Trap t = assertThrows(Trap.class, () -> w.call("load", 65534));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
    }

    @Test
    void mutualTailCalls_millionDeep_runInConstantStack() {
        Wasm w = Wasm.of("""
                (module
                  (func $even (export "even") (param i64) (result i32)
                    (if (result i32) (i64.eqz (local.get 0)) (then (i32.const 1))
                      (else (return_call $odd (i64.sub (local.get 0) (i64.const 1))))))
                  (func $odd (param i64) (result i32)
                    (if (result i32) (i64.eqz (local.get 0)) (then (i32.const 0))
                      (else (return_call $even (i64.sub (local.get 0) (i64.const 1)))))))
                """);
        assertEquals(1, w.call1("even", 1_000_000L));
    }

    @Test
    void recursion_unbounded_trapsAsStackExhausted() {
        Wasm w = Wasm.of("(module (func $f (export \"f\") (call $f)))");
        Trap t = assertThrows(Trap.class, () -> w.call("f"));
        assertEquals(TrapCode.STACK_EXHAUSTED, t.code());
    }
}
