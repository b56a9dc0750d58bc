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

    private static final String OFFSETS = """
            (module
              (memory 1)
              (table 2 funcref)
              (func $div (param i32) (result i32) (i32.div_u (i32.const 7) (local.get 0)))
              (func $load (param i32) (result i32)
                (i32.add (i32.const 1) (i32.load offset=8 (local.get 0))))
              (func $indirect (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
              (func $loop (param i32) (result i32) (local i32)
                (loop $l
                  (local.set 1 (i32.add (local.get 1) (call $load (local.get 0))))
                  (local.set 0 (i32.add (local.get 0) (i32.const 4096)))
                  (br $l))
                (local.get 1))
              (func (export "run") (param i32 i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (call $div (local.get 1)))
                  (else (if (result i32) (i32.eq (local.get 0) (i32.const 1))
                    (then (call $loop (local.get 1)))
                    (else (call $indirect (local.get 1))))))))
            """;

    @Test
    void trapOffsets_ofEveryFrame_agreeWithTheInterpreter() {
        byte[] bytes = io.wasm4j.wat.Wat.parse(OFFSETS);
        Wasm w = Wasm.of(OFFSETS);
        io.wasm4j.spi.ModuleInstance ref = interp(bytes);
        int run = w.module.module().module().export("run").index();
        Object[][] cases = {{0, 0}, {1, 0}, {2, 1}, {2, 5}};
        for (Object[] args : cases) {
            Trap expected = assertThrows(Trap.class, () -> ref.function(run).invoke(null, args));
            Trap actual =
                    assertThrows(Trap.class, () -> w.instance.function(run).invoke(null, args));
            assertEquals(expected.code(), actual.code());
            List<FrameInfo> frames = actual.backtrace().frames();
            assertTrue(frames.stream().allMatch(f -> f.codeOffset() > 0), frames.toString());
            assertEquals(expected.backtrace().frames(), frames);
        }
    }

    private static io.wasm4j.spi.ModuleInstance interp(byte[] bytes) {
        io.wasm4j.spi.CompilerProvider interp = null;
        for (var p : java.util.ServiceLoader.load(io.wasm4j.spi.CompilerProvider.class)) {
            if (p.id().equals("interp")) {
                interp = p;
            }
        }
        assertTrue(interp != null, "interp provider on the test path");
        var inst = interp.compile(
                        io.wasm4j.core.ValidatedModule.of(bytes),
                        new io.wasm4j.spi.CompileContext(Wasm.TYPES, 512 * 1024, java.util.Map.of(), false, false))
                .instantiate(
                        io.wasm4j.spi.Imports.NONE,
                        new io.wasm4j.spi.InstanceContext(
                                new io.wasm4j.spi.HeapMemoryCreator(),
                                new io.wasm4j.spi.StoreContext(new java.util.concurrent.atomic.AtomicLong())));
        inst.start();
        return inst;
    }

    private static void assertFrames(List<FrameInfo> frames) {
        assertEquals(List.of(3, 2, 1), frames.stream().map(FrameInfo::funcIndex).toList());
        assertEquals(
                List.of("inner", "middle", "outer"),
                frames.stream().map(FrameInfo::funcName).toList());
    }
}
