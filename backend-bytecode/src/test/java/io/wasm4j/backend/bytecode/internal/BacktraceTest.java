package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traps of compiled code carry the wasm frames they unwound through, innermost first. */
final class BacktraceTest {
    private static final String THREE_DEEP = """
            (module
              (memory 1)
              (func $pad)
              (func $outer (export "outer") (param i32) (call $middle (local.get 0)))
              (func $middle (param i32) (call $inner (local.get 0)))
              (func $inner (param i32)
                (if (i32.eqz (local.get 0)) (then (unreachable)))
                (drop (i32.load (i32.const 65534)))))
            """;

    @Test
    void unreachable_threeCallsDeep_recordsFramesInnermostFirstWithNames() {
        Wasm w = Wasm.of(THREE_DEEP);
        Trap t = assertThrows(Trap.class, () -> w.call("outer", 0));
        assertEquals(TrapCode.UNREACHABLE, t.code());
        assertFrames(t.backtrace().frames());
    }

    @Test
    void outOfBoundsLoad_threeCallsDeep_recordsFramesInnermostFirstWithNames() {
        Wasm w = Wasm.of(THREE_DEEP);
        Trap t = assertThrows(Trap.class, () -> w.call("outer", 1));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, t.code());
        assertFrames(t.backtrace().frames());
    }

    @Test
    void recursion_unbounded_trapsWithFramesOfTheRecursiveFunction() {
        Wasm w = Wasm.of("(module (func $f (export \"f\") (call $f)))");
        Trap t = assertThrows(Trap.class, () -> w.call("f"));
        assertEquals(TrapCode.STACK_EXHAUSTED, t.code());
        List<FrameInfo> frames = t.backtrace().frames();
        assertTrue(!frames.isEmpty());
        assertEquals("f", frames.getFirst().funcName());
    }

    private static void assertFrames(List<FrameInfo> frames) {
        assertEquals(List.of(3, 2, 1), frames.stream().map(FrameInfo::funcIndex).toList());
        assertEquals(
                List.of("inner", "middle", "outer"),
                frames.stream().map(FrameInfo::funcName).toList());
    }
}
