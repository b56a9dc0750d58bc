package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Feature;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.InvalidModuleException;
import org.junit.jupiter.api.Test;

/**
 * Turning a feature off in {@link Config} rejects modules whose instructions or value types use it, with
 * a message naming the instruction and the feature; with the feature on the same module runs.
 */
final class FeatureToggleApiTest {
    private static Engine engine(Strategy backend, Feature feature, boolean enabled) {
        return Engine.create(
                Config.builder().strategy(backend).wasmFeature(feature, enabled).build());
    }

    private static InvalidModuleException rejected(Feature feature, String wat) {
        return assertThrows(
                InvalidModuleException.class,
                () -> Module.fromText(engine(Strategy.INTERP, feature, false), wat),
                "accepted with " + feature + " off: " + wat);
    }

    private static int run(Strategy backend, Feature feature, String wat, int arg) {
        Engine e = engine(backend, feature, true);
        return new Linker<Void>(e)
                .instantiate(Store.create(e, null), Module.fromText(e, wat))
                .getFunc("f")
                .orElseThrow()
                .call(Val.i32(arg))[0]
                .i32();
    }

    private static void assertMentions(InvalidModuleException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
        }
    }

    @OnEveryBackend
    void simd_off_rejectsTheFirstSimdInstructionWithItsOffset_on_runsIt(Strategy backend) {
        String wat = """
                (module (func (export "f") (param i32) (result i32)
                  (i32x4.extract_lane 2 (i32x4.add (i32x4.splat (local.get 0)) (i32x4.splat (i32.const 1))))))
                """;
        InvalidModuleException e = rejected(Feature.SIMD, wat);
        assertMentions(e, "function 0 uses i32x4.splat at offset 0x", "SIMD");
        assertTrue(e.offset() > 0, "offset " + e.offset());
        assertEquals(42, run(backend, Feature.SIMD, wat, 41));
    }

    @Test
    void simd_off_rejectsV128InSignaturesLocalsAndGlobalInitialisers() {
        assertMentions(rejected(Feature.SIMD, "(module (func (param v128)))"), "v128", "SIMD");
        assertMentions(rejected(Feature.SIMD, "(module (func (local v128)))"), "v128 local", "SIMD");
        assertMentions(
                rejected(Feature.SIMD, "(module (global v128 (v128.const i64x2 1 2)))"),
                "constant expression uses SIMD",
                "SIMD");
    }

    @OnEveryBackend
    void relaxedSimd_off_rejectsOnlyTheRelaxedInstructions(Strategy backend) {
        String relaxed = """
                (module (func (export "f") (param i32) (result i32)
                  (i32x4.extract_lane 0 (i32x4.relaxed_laneselect
                    (i32x4.splat (local.get 0)) (i32x4.splat (i32.const 0)) (v128.const i32x4 -1 -1 -1 -1)))))
                """;
        assertMentions(rejected(Feature.RELAXED_SIMD, relaxed), "i32x4.relaxed_laneselect", "RELAXED_SIMD");
        assertMentions(rejected(Feature.SIMD, relaxed), "SIMD");
        assertEquals(7, run(backend, Feature.RELAXED_SIMD, relaxed, 7));
        Module plain = Module.fromText(
                engine(backend, Feature.RELAXED_SIMD, false),
                "(module (func (result v128) (i32x4.splat (i32.const 1))))");
        assertEquals(0, plain.imports().size());
    }

    @OnEveryBackend
    void tailCall_off_rejectsReturnCall_on_runsIt(Strategy backend) {
        String wat = """
                (module
                  (func $down (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 5))
                      (else (return_call $down (i32.sub (local.get 0) (i32.const 1))))))
                  (func (export "f") (param i32) (result i32) (return_call $down (local.get 0))))
                """;
        assertMentions(rejected(Feature.TAIL_CALL, wat), "function 0 uses return_call", "TAIL_CALL");
        assertEquals(5, run(backend, Feature.TAIL_CALL, wat, 100_000));
    }

    @Test
    void exceptions_off_rejectsTryTableAndLegacyTryWithoutTags() {
        assertMentions(
                rejected(Feature.EXCEPTIONS, "(module (func (block $h (try_table (catch_all $h)))))"),
                "try_table",
                "EXCEPTIONS");
        assertMentions(rejected(Feature.EXCEPTIONS, "(module (func (try (do) (catch_all))))"), "try", "EXCEPTIONS");
    }

    @Test
    void gc_off_rejectsI31WithoutAnyStructOrArrayType() {
        assertMentions(
                rejected(Feature.GC, "(module (func (result i32) (i31.get_s (ref.i31 (i32.const 3)))))"),
                "ref.i31",
                "GC");
    }

    @OnEveryBackend
    void threads_offByDefault_rejectsAtomicsOnUnsharedMemory_on_runsThem(Strategy backend) {
        String wat = """
                (module (memory 1)
                  (func (export "f") (param i32) (result i32)
                    (drop (i32.atomic.rmw.add (i32.const 8) (local.get 0)))
                    (i32.atomic.load (i32.const 8))))
                """;
        InvalidModuleException e =
                assertThrows(InvalidModuleException.class, () -> Module.fromText(Guests.engine(backend), wat));
        assertMentions(e, "i32.atomic.rmw.add", "THREADS");
        assertEquals(9, run(backend, Feature.THREADS, wat, 9));
    }

    @Test
    void validate_appliesTheSameChecks() {
        Engine noTail = engine(Strategy.INTERP, Feature.TAIL_CALL, false);
        byte[] bytes = io.wasm4j.wat.Wat.parse("(module (func $f (return_call $f)))");
        assertThrows(InvalidModuleException.class, () -> Module.validate(noTail, bytes));
    }
}
