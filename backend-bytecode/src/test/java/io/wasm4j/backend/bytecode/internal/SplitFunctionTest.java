package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.Export;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.V128;
import io.wasm4j.wat.Wat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Functions split into region methods (docs/adr/0029) agree with the interpreter: large functions split at
 * the default limit (every method under HotSpot's JIT limit, no fallback), and a corpus of control-flow,
 * exception, tail-call, memory and SIMD functions with splitting forced at tiny limits (nearly every
 * instruction its own region), comparing results, trap codes and backtraces.
 */
final class SplitFunctionTest {
    private static CompileContext context(int limit) {
        return new CompileContext(Wasm.TYPES, 512 * 1024, Map.of("methodLimit", Integer.toString(limit)), false, false);
    }

    private static void assertClean(HugeFunctionTest.Compiled c) {
        for (byte[] cls : c.classes()) {
            assertEquals("", EmittedClassTest.verify(cls));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {100_000, 20_000})
    void adds_splitAtDefaultLimit_everyMethodJitCompilableAndAgrees(int adds) {
        byte[] bytes = Wat.parse(HugeFunctionTest.addModule(adds));
        HugeFunctionTest.Compiled c = HugeFunctionTest.compile(bytes, context(MethodSplitter.DEFAULT_LIMIT));
        ValidatedModule vm = c.module().module();
        assertFalse(c.module().isFallback(vm.module().export("huge").index()));
        assertEquals(0, c.module().hugeMethodCount());
        assertTrue(
                c.module().maxMethodSize() <= MethodSplitter.DEFAULT_LIMIT,
                "max " + c.module().maxMethodSize());
        assertClean(c);
        ModuleInstance ref = HugeFunctionTest.interp(bytes);
        for (String f : List.of("huge", "getg", "load", "caller")) {
            Object[] args = f.equals("getg") || f.equals("load") ? new Object[0] : new Object[] {5};
            assertEquals(HugeFunctionTest.call(ref, vm, f, args), HugeFunctionTest.call(c.instance(), vm, f, args), f);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {MethodSplitter.DEFAULT_LIMIT, 2000, 300})
    void deepBlocksManyLocals_split_agrees(int limit) {
        byte[] bytes = Wat.parse(HugeFunctionTest.localsModule(300, 60, 24));
        HugeFunctionTest.Compiled c = HugeFunctionTest.compile(bytes, context(limit));
        ValidatedModule vm = c.module().module();
        assertFalse(c.module().isFallback(vm.module().export("deep").index()));
        assertEquals(0, c.module().hugeMethodCount());
        assertClean(c);
        ModuleInstance ref = HugeFunctionTest.interp(bytes);
        for (int arg : new int[] {0, 5, 23, 100, -1}) {
            assertEquals(
                    HugeFunctionTest.call(ref, vm, "deep", arg),
                    HugeFunctionTest.call(c.instance(), vm, "deep", arg),
                    "arg " + arg);
        }
    }

    /** Runs every export of {@code wat} with each argument list on both backends and compares. */
    private static void agree(int limit, String wat, Object[]... argLists) {
        agree(context(limit), new CompileContext(Wasm.TYPES, 512 * 1024, Map.of(), false, false), wat, argLists);
    }

    private static void agree(CompileContext bytecode, CompileContext interp, String wat, Object[]... argLists) {
        int limit = Integer.parseInt(bytecode.settings().get("methodLimit"));
        byte[] bytes = Wat.parse(wat);
        HugeFunctionTest.Compiled c = HugeFunctionTest.compile(bytes, bytecode);
        assertClean(c);
        ModuleInstance ref = HugeFunctionTest.interp(bytes, interp);
        ValidatedModule vm = c.module().module();
        for (Export e : vm.module().exports()) {
            if (e.kind() != io.wasm4j.core.ExternKind.FUNC) {
                continue;
            }
            int params = vm.module().funcTypeOf(e.index()).params().size();
            for (Object[] args : argLists) {
                if (args.length != params) {
                    continue;
                }
                String where = e.name() + Arrays.toString(args) + " limit " + limit;
                assertEquals(outcome(ref, e.index(), args), outcome(c.instance(), e.index(), args), where);
            }
        }
    }

    private static String outcome(ModuleInstance inst, int func, Object[] args) {
        try {
            List<String> out = new ArrayList<>();
            for (Object o : inst.function(func).invoke(null, args)) {
                out.add(
                        o instanceof V128 v
                                ? v.lo() + ":" + v.hi()
                                : o instanceof Float f
                                        ? "f" + Float.floatToRawIntBits(f)
                                        : o instanceof Double d
                                                ? "d" + Double.doubleToRawLongBits(d)
                                                : String.valueOf(o));
            }
            return out.toString();
        } catch (Trap t) {
            List<String> frames = new ArrayList<>();
            for (var f : t.backtrace().frames()) {
                frames.add(f.funcIndex() + "@" + f.codeOffset());
            }
            return "trap " + t.code() + " " + frames;
        } catch (RuntimeException e) {
            return "exception " + e.getClass().getSimpleName();
        }
    }

    private static final Object[][] INTS = {{0}, {1}, {2}, {3}, {7}, {-1}, {100}};

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 120, 400})
    void controlFlow_forcedSplit_agrees(int limit) {
        agree(limit, """
                (module
                  (func $fac (export "fac") (param i32) (result i32)
                    (if (result i32) (i32.le_s (local.get 0) (i32.const 1))
                      (then (i32.const 1))
                      (else (i32.mul (local.get 0) (call $fac (i32.sub (local.get 0) (i32.const 1)))))))
                  (func (export "loop") (param i32) (result i32) (local i32 f64 i64 f32)
                    (block $done
                      (loop $l
                        (br_if $done (i32.le_s (local.get 0) (i32.const 0)))
                        (local.set 1 (i32.add (local.get 1) (local.get 0)))
                        (local.set 2 (f64.add (local.get 2) (f64.const 0.5)))
                        (local.set 3 (i64.sub (local.get 3) (i64.extend_i32_s (local.get 0))))
                        (local.set 4 (f32.add (local.get 4) (f32.const -1.25)))
                        (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                        (br $l)))
                    (i32.add (i32.add (local.get 1) (i32.trunc_f64_s (local.get 2)))
                      (i32.add (i32.wrap_i64 (local.get 3)) (i32.trunc_f32_s (local.get 4)))))
                  (func (export "table") (param i32) (result i32)
                    (block $c (block $b (block $a (br_table $a $b $c $b (local.get 0)))
                        (return (i32.const 10)))
                      (return (i32.const 20)))
                    (i32.const 30))
                  (func (export "brvals") (param i32) (result i32 i64)
                    (block $o (result i32 i64)
                      (i32.const 1) (i64.const 2) (br_if $o (local.get 0)) drop drop
                      (i32.const 3) (i64.const 4)))
                  (func (export "stack") (param i32) (result i32)
                    (i32.const 100) (i32.const 7)
                    (block (param i32 i32) (result i32) i32.add (local.get 0) i32.mul)
                    (i32.const 5) (local.get 0) (select (i32.const 1) (i32.const 2) (local.get 0)) i32.add i32.add i32.add
                    (if (param i32) (result i32) (local.get 0) (then (i32.const 3) i32.sub) (else (i32.const 4) i32.add)))
                  (func (export "lp") (param i32) (result i32) (local i32)
                    i32.const 0
                    local.get 0
                    loop $l (param i32 i32) (result i32)
                      local.set 1
                      local.get 1
                      i32.const 0
                      i32.gt_s
                      if (param i32) (result i32)
                        local.get 1
                        i32.add
                        local.get 1
                        i32.const 1
                        i32.sub
                        br $l
                      end
                    end)
                  (func (export "early") (param i32) (result i32)
                    (block $x (result i32)
                      (loop $y
                        (if (i32.eq (local.get 0) (i32.const 3)) (then (return (i32.const 333))))
                        (if (i32.gt_s (local.get 0) (i32.const 50)) (then (br $x (i32.const 50))))
                        (local.set 0 (i32.add (local.get 0) (i32.const 7)))
                        (br_if $y (i32.lt_s (local.get 0) (i32.const 60))))
                      (i32.const -9)))
                  (func (export "traps") (param i32) (result i32)
                    (block (block
                      (br_table 0 1 1 (local.get 0)))
                      (return (i32.div_s (i32.const 1) (i32.sub (local.get 0) (i32.const 1)))))
                    (if (i32.eq (local.get 0) (i32.const 2)) (then unreachable))
                    (i32.rem_u (i32.const 5) (i32.sub (local.get 0) (i32.const 3))))
                )
                """, INTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 300})
    void callDepthCounted_forcedSplit_agrees(int limit) {
        // a maxWasmStack below the default counts frames (CallDepth): region methods carry the frame's depth
        long stack = 64 * 1024;
        agree(
                new CompileContext(Wasm.TYPES, stack, Map.of("methodLimit", Integer.toString(limit)), false, false),
                new CompileContext(Wasm.TYPES, stack, Map.of(), false, false),
                """
                (module
                  (func $down (export "down") (param i32) (result i32)
                    (block $b (result i32)
                      (drop (br_if $b (i32.const 0) (i32.eqz (local.get 0))))
                      (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))
                  (func $tail (export "tail") (param i32) (result i32)
                    (if (i32.eqz (local.get 0)) (then (return (i32.const 7))))
                    (return_call $tail (i32.sub (local.get 0) (i32.const 1))))
                )
                """,
                new Object[] {0},
                new Object[] {100},
                new Object[] {300},
                new Object[] {100_000});
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 300})
    void memoryGlobalsCalls_forcedSplit_agree(int limit) {
        agree(limit, """
                (module
                  (memory 1 4)
                  (global $g (mut i64) (i64.const 3))
                  (table 3 funcref)
                  (type $t (func (param i32) (result i32)))
                  (elem (i32.const 0) $inc $dbl $grow)
                  (func $inc (type $t) (i32.add (local.get 0) (i32.const 1)))
                  (func $dbl (type $t) (i32.mul (local.get 0) (i32.const 2)))
                  (func $grow (type $t) (memory.grow (local.get 0)))
                  (func (export "mem") (param i32) (result i32) (local i32)
                    (loop $l
                      (i32.store (i32.mul (local.get 1) (i32.const 4)) (i32.add (local.get 1) (local.get 0)))
                      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                      (br_if $l (i32.lt_u (local.get 1) (i32.const 10))))
                    (drop (call_indirect (type $t) (i32.const 1) (i32.const 2)))
                    (i32.store (i32.const 70000) (i32.const 5))
                    (i32.add (i32.load (i32.const 12)) (i32.load (i32.const 70000))))
                  (func (export "oob") (param i32) (result i32)
                    (if (local.get 0) (then (drop (call_indirect (type $t) (i32.const 1) (i32.const 2)))))
                    (i32.load (i32.const 65534)))
                  (func (export "ind") (param i32) (result i32)
                    (global.set $g (i64.add (global.get $g) (i64.extend_i32_u (local.get 0))))
                    (i32.add (call_indirect (type $t) (local.get 0) (local.get 0))
                      (i32.wrap_i64 (global.get $g))))
                )
                """, INTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 300})
    void exceptions_forcedSplit_agree(int limit) {
        agree(limit, """
                (module
                  (tag $e (param i32))
                  (tag $f)
                  (func $thrower (param i32)
                    (if (i32.eq (local.get 0) (i32.const 1)) (then (throw $e (i32.const 41))))
                    (if (i32.eq (local.get 0) (i32.const 2)) (then (throw $f))))
                  (func (export "tt") (param i32) (result i32)
                    (block $h (result i32)
                      (block $g
                        (try_table (catch $e $h) (catch $f $g)
                          (call $thrower (local.get 0))
                          (if (i32.eq (local.get 0) (i32.const 3)) (then (throw $e (i32.const 7)))))
                        (return (i32.const 100)))
                      (return (i32.const 200)))
                    (i32.const 1) i32.add)
                  (func (export "tref") (param i32) (result i32)
                    (block $h (result exnref)
                      (try_table (catch_all_ref $h) (call $thrower (local.get 0)))
                      (return (i32.const 5)))
                    (block $k (param exnref) (result i32)
                      (try_table (param exnref) (catch $e $k) throw_ref)
                      unreachable))
                  (func (export "legacy") (param i32) (result i32) (local i32)
                    (try (result i32)
                      (do
                        (try (do (call $thrower (local.get 0)))
                          (catch $e (local.set 1) (if (i32.eq (local.get 1) (i32.const 41)) (then (rethrow 1)))))
                        (i32.const 9))
                      (catch $e (i32.add (i32.const 1000)))
                      (catch_all (i32.const -1))))
                  (func (export "deleg") (param i32) (result i32)
                    (try (result i32)
                      (do
                        (try (do (call $thrower (local.get 0))) (delegate 0))
                        (i32.const 3))
                      (catch $e)
                      (catch $f (i32.const 77))))
                  (func (export "uncaught") (param i32) (call $thrower (local.get 0)))
                )
                """, INTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 300})
    void tailCallsSimdRefs_forcedSplit_agree(int limit) {
        agree(
                limit,
                """
                (module
                  (type $t (func (param i32) (result i32)))
                  (table 2 funcref)
                  (elem (i32.const 0) $even $odd)
                  (func $count (export "count") (param i32 i64) (result i64)
                    (if (i32.eqz (local.get 0)) (then (return (local.get 1))))
                    (return_call $count (i32.sub (local.get 0) (i32.const 1)) (i64.add (local.get 1) (i64.const 2))))
                  (func $even (export "even") (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
                      (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
                  (func $odd (export "odd") (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                      (else (return_call_indirect (type $t) (i32.sub (local.get 0) (i32.const 1)) (i32.const 0)))))
                  (func (export "deep") (param i32) (result i32) (call $even (i32.mul (local.get 0) (i32.const 101))))
                  (func (export "simd") (param i32) (result v128 i32) (local v128 v128)
                    (local.set 1 (v128.const i32x4 1 2 3 4))
                    (local.set 2 (i32x4.splat (local.get 0)))
                    (local.set 1 (i32x4.add (local.get 1) (local.get 2)))
                    (local.get 1)
                    (i32x4.extract_lane 3 (local.get 1)))
                  (func $r (result i32) (i32.const 1))
                  (elem declare func $r)
                  (func (export "refs") (param i32) (result i32) (local funcref)
                    (if (local.get 0) (then (local.set 1 (ref.func $r))))
                    (block $null
                      (br_on_null $null (local.get 1))
                      (return (i32.add (ref.is_null (ref.null func)) (i32.const 10))))
                    (ref.is_null (local.get 1)))
                )
                """,
                new Object[] {0},
                new Object[] {1},
                new Object[] {5},
                new Object[] {10_000},
                new Object[] {3, 4L},
                new Object[] {200_000, 1L});
    }
}
