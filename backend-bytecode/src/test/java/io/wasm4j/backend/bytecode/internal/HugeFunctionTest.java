package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.Export;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompilerProvider;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.wat.Wat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Functions too large for one JVM method run in the interpreter (through the spi), share the instance's
 * state with the compiled functions, and agree with the interpreter; every other function stays bytecode.
 */
final class HugeFunctionTest {
    private static InstanceContext instanceContext() {
        return new InstanceContext(new HeapMemoryCreator(), new StoreContext(new AtomicLong()));
    }

    private static CompileContext compileContext() {
        return new CompileContext(Wasm.TYPES, 512 * 1024, Map.of(), false, false);
    }

    /** The bytecode backend with function splitting off, so that functions over 64 KiB use the fallback. */
    static CompileContext unsplitContext() {
        return new CompileContext(Wasm.TYPES, 512 * 1024, Map.of("methodLimit", "0"), false, false);
    }

    /** A module whose {@code huge} adds 1 to its argument {@code n} times, calls and writes state. */
    static String addModule(int n) {
        StringBuilder sb = new StringBuilder(n * 24);
        sb.append("""
                (module
                  (memory 1)
                  (global $g (mut i32) (i32.const 0))
                  (func $small (export "small") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
                  (func $getg (export "getg") (result i32) (global.get $g))
                  (func $load (export "load") (result i32) (i32.load (i32.const 16)))
                  (func $huge (export "huge") (param i32) (result i32)
                    local.get 0
                """);
        for (int i = 0; i < n; i++) {
            sb.append("i32.const 1 i32.add\n");
        }
        sb.append("""
                    call $small
                    global.set $g
                    (i32.store (i32.const 16) (i32.add (global.get $g) (i32.const 7)))
                    global.get $g)
                  (func $caller (export "caller") (param i32) (result i32)
                    (i32.add (call $huge (local.get 0)) (i32.const 1)))
                )
                """);
        return sb.toString();
    }

    /** A function with many i64 locals and deep nested blocks that exits some of them early. */
    static String localsModule(int locals, int depth, int rounds) {
        StringBuilder sb = new StringBuilder();
        sb.append("(module (func $deep (export \"deep\") (param i32) (result i64)");
        for (int i = 0; i < locals; i++) {
            sb.append(" (local i64)");
        }
        sb.append('\n');
        for (int d = 0; d < depth; d++) {
            sb.append("(block $b").append(d).append('\n');
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 1; i <= locals; i++) {
                sb.append("(local.set ")
                        .append(i)
                        .append(" (i64.add (local.get ")
                        .append(i)
                        .append(") (i64.extend_i32_u (i32.add (local.get 0) (i32.const ")
                        .append(r * 31 + i)
                        .append(")))))\n");
            }
            sb.append("(br_if $b")
                    .append(depth - 1 - (r % depth))
                    .append(" (i32.eq (local.get 0) (i32.const ")
                    .append(r)
                    .append(")))\n");
        }
        for (int d = 0; d < depth; d++) {
            sb.append(")\n");
        }
        sb.append("(i64.const 0)\n");
        for (int i = 1; i <= locals; i++) {
            sb.append("(i64.mul (local.get ")
                    .append(i)
                    .append(") (i64.const ")
                    .append(i)
                    .append(")) i64.add\n");
        }
        sb.append("))");
        return sb.toString();
    }

    static ModuleInstance interp(byte[] bytes) {
        return interp(bytes, compileContext());
    }

    static ModuleInstance interp(byte[] bytes, CompileContext context) {
        CompilerProvider interp = null;
        for (CompilerProvider p : ServiceLoader.load(CompilerProvider.class)) {
            if (p.id().equals("interp")) {
                interp = p;
            }
        }
        assertTrue(interp != null, "interp provider on the test path");
        ModuleInstance inst =
                interp.compile(ValidatedModule.of(bytes), context).instantiate(Imports.NONE, instanceContext());
        inst.start();
        return inst;
    }

    static Object call(ModuleInstance inst, ValidatedModule vm, String name, Object... args) {
        Export e = vm.module().export(name);
        return inst.function(e.index()).invoke(null, args)[0];
    }

    record Compiled(BcModule module, ModuleInstance instance, List<byte[]> classes) {}

    static Compiled compile(byte[] bytes) {
        return compile(bytes, unsplitContext());
    }

    static Compiled compile(byte[] bytes, CompileContext context) {
        List<byte[]> classes = new ArrayList<>();
        BcModule.classListener = classes::add;
        try {
            BcModule m = BcModule.compile(ValidatedModule.of(bytes), context);
            ModuleInstance inst = m.instantiate(Imports.NONE, instanceContext());
            inst.start();
            return new Compiled(m, inst, classes);
        } finally {
            BcModule.classListener = null;
        }
    }

    @Test
    void compile_100kAdds_runsInFallbackAndAgreesWithInterpreter() {
        byte[] bytes = Wat.parse(addModule(100_000));
        Compiled c = compile(bytes);
        ValidatedModule vm = c.module().module();
        assertTrue(c.module().isFallback(vm.module().export("huge").index()));
        for (String f : List.of("small", "getg", "load", "caller")) {
            assertFalse(c.module().isFallback(vm.module().export(f).index()), f);
        }
        for (byte[] cls : c.classes()) {
            assertEquals("", EmittedClassTest.verify(cls));
        }
        ModuleInstance ref = interp(bytes);
        assertEquals(call(ref, vm, "huge", 5), call(c.instance(), vm, "huge", 5));
        assertEquals((100_005) * 3, call(c.instance(), vm, "huge", 5));
        // the fallback wrote the instance's global and memory, which compiled code reads
        assertEquals(300_015, call(c.instance(), vm, "getg"));
        assertEquals(300_022, call(c.instance(), vm, "load"));
        // compiled code calls the fallback function
        assertEquals(call(ref, vm, "caller", -2), call(c.instance(), vm, "caller", -2));
        assertEquals(call(ref, vm, "load"), call(c.instance(), vm, "load"));
    }

    @Test
    void compile_manyLocalsDeepBlocks_agreesWithInterpreter() {
        byte[] bytes = Wat.parse(localsModule(300, 60, 24));
        Compiled c = compile(bytes);
        ValidatedModule vm = c.module().module();
        assertTrue(c.module().isFallback(vm.module().export("deep").index()));
        for (byte[] cls : c.classes()) {
            assertEquals("", EmittedClassTest.verify(cls));
        }
        ModuleInstance ref = interp(bytes);
        for (int arg : new int[] {0, 5, 23, 100, -1}) {
            assertEquals(call(ref, vm, "deep", arg), call(c.instance(), vm, "deep", arg), "arg " + arg);
        }
    }

    @Test
    void compile_methodOverJitLimit_isCounted() {
        Compiled small = compile(Wat.parse(addModule(10)));
        assertEquals(0, small.module().hugeMethodCount());
        Compiled big = compile(Wat.parse(addModule(5_000)));
        assertEquals(1, big.module().hugeMethodCount());
        assertTrue(big.module().maxMethodSize() > MethodSizes.JIT_LIMIT);
        assertFalse(big.module()
                .isFallback(big.module().module().module().export("huge").index()));
        assertEquals(5_005 * 3, call(big.instance(), big.module().module(), "huge", 5));
    }

    @Test
    void compile_constantPoolOverflow_splitsTheClass() {
        // 200 functions with 200 distinct i64 constants each: 80,000 constant-pool slots, more than a class holds
        StringBuilder sb = new StringBuilder("(module\n");
        for (int f = 0; f < 200; f++) {
            sb.append("(func (export \"f").append(f).append("\") (result i64) (i64.const 0)\n");
            for (int k = 0; k < 200; k++) {
                sb.append("(i64.const ")
                        .append(1_000_000_000_000L + f * 1000L + k)
                        .append(") i64.add\n");
            }
            sb.append(")\n");
        }
        byte[] bytes = Wat.parse(sb.append(')').toString());
        Compiled c = compile(bytes);
        assertTrue(c.module().classCount() > 1, "classes: " + c.module().classCount());
        for (byte[] cls : c.classes()) {
            assertEquals("", EmittedClassTest.verify(cls));
        }
        ValidatedModule vm = c.module().module();
        for (int f : new int[] {0, 99, 100, 199}) {
            long expected = 0;
            for (int k = 0; k < 200; k++) {
                expected += 1_000_000_000_000L + f * 1000L + k;
            }
            assertFalse(c.module().isFallback(f));
            assertEquals(expected, call(c.instance(), vm, "f" + f));
        }
    }

    @Test
    void compile_hugeFunctionWithTableRefsAndResults_agreesWithInterpreter() {
        StringBuilder sb = new StringBuilder("""
                (module
                  (type $t (func (param i64) (result i64)))
                  (table $tab 4 funcref)
                  (elem (table $tab) (i32.const 0) func $inc $dbl)
                  (tag $e (param i64))
                  (func $inc (type $t) (i64.add (local.get 0) (i64.const 1)))
                  (func $dbl (type $t) (i64.mul (local.get 0) (i64.const 2)))
                  (func $huge (export "huge") (param i64 i32) (result i64 i32)
                    (table.set $tab (i32.const 2) (ref.func $inc))
                    (block $out (result i64)
                      (try_table (result i64) (catch $e $out)
                        (if (i32.eqz (local.get 1)) (then (throw $e (i64.const 42))))
                        local.get 0
                """);
        for (int i = 0; i < 12_000; i++) {
            sb.append("(call_indirect (type $t) (i32.const ").append(i % 3).append("))\n");
        }
        sb.append("""
                      ))
                    (i32.const 9))
                  (func (export "viaTable") (param i64) (result i64)
                    (call_indirect (type $t) (local.get 0) (i32.const 2)))
                )
                """);
        byte[] bytes = Wat.parse(sb.toString());
        Compiled c = compile(bytes);
        ValidatedModule vm = c.module().module();
        assertTrue(c.module().isFallback(vm.module().export("huge").index()));
        ModuleInstance ref = interp(bytes);
        Export e = vm.module().export("huge");
        for (int flag : new int[] {0, 1}) {
            assertEquals(
                    List.of(ref.function(e.index()).invoke(null, 3L, flag)),
                    List.of(c.instance().function(e.index()).invoke(null, 3L, flag)),
                    "flag " + flag);
        }
        // the fallback's table.set is visible to compiled code
        assertEquals(8L, call(c.instance(), vm, "viaTable", 7L));
    }

    private static final class Add100 extends io.wasm4j.spi.WasmFunction {
        Add100() {
            super(Wasm.TYPES.funcType(new io.wasm4j.core.FuncType(
                    List.of(io.wasm4j.core.NumType.I32), List.of(io.wasm4j.core.NumType.I32))));
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            return new Object[] {(Integer) args[0] + 100};
        }
    }

    private static Imports hostImports() {
        var g = new io.wasm4j.spi.WasmGlobal(new io.wasm4j.core.GlobalType(io.wasm4j.core.NumType.I32, true), 0);
        var m = new HeapMemoryCreator()
                .create(new io.wasm4j.core.MemoryType(
                        io.wasm4j.core.AddressType.I64, new io.wasm4j.core.Limits(1, 2), false, 16));
        return new Imports(
                new io.wasm4j.spi.WasmFunction[] {new Add100()},
                new io.wasm4j.spi.WasmTable[0],
                new io.wasm4j.spi.LinearMemory[] {m},
                new io.wasm4j.spi.WasmGlobal[] {g},
                new io.wasm4j.spi.WasmTag[0]);
    }

    @Test
    void compile_hugeFunctionUsingImports_sharesThemWithCompiledCode() {
        StringBuilder sb = new StringBuilder("""
                (module
                  (import "h" "add100" (func $h (param i32) (result i32)))
                  (import "h" "g" (global $g (mut i32)))
                  (import "h" "m" (memory $m i64 1 2))
                  (memory $own 1 3)
                  (global $own (mut i64) (i64.const 5))
                  (func $huge (export "huge") (param i32) (result i32)
                    local.get 0
                """);
        for (int i = 0; i < 40_000; i++) {
            sb.append("i32.const 1 i32.add\n");
        }
        sb.append("""
                    call $h
                    global.set $g
                    (i64.store $m (i64.const 8) (i64.extend_i32_u (global.get $g)))
                    (i32.store $own (i32.const 4) (global.get $g))
                    (global.set $own (i64.const 77))
                    (global.get $g))
                  (func (export "readM") (result i64) (i64.load $m (i64.const 8)))
                  (func (export "readOwn") (result i32) (i32.load $own (i32.const 4)))
                  (func (export "readOwnG") (result i64) (global.get $own))
                )
                """);
        byte[] bytes = Wat.parse(sb.toString());
        ValidatedModule vm = ValidatedModule.of(bytes);
        BcModule m = BcModule.compile(vm, unsplitContext());
        assertTrue(m.isFallback(vm.module().export("huge").index()));
        Imports imports = hostImports();
        ModuleInstance inst = m.instantiate(imports, instanceContext());
        assertEquals(40_102, call(inst, vm, "huge", 2));
        assertEquals(40_102, imports.globals()[0].getInt());
        assertEquals(40_102L, call(inst, vm, "readM"));
        assertEquals(40_102, call(inst, vm, "readOwn"));
        assertEquals(77L, call(inst, vm, "readOwnG"));
    }
}
