package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.backend.bytecode.BytecodeCompilerProvider;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.wat.Wat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Lazy compilation: a function's class is generated when the function is first linked, and only then. */
final class LazyCompileTest {
    /** {@code a} calls {@code b}, which adds {@code n} ones in one body; {@code unused} is never called. */
    private static String module(int n) {
        StringBuilder sb = new StringBuilder("""
                (module
                  (global $g (mut i32) (i32.const 0))
                  (func $a (export "a") (param i32) (result i32) (i32.add (call $b (local.get 0)) (i32.const 1)))
                  (func $unused (export "unused") (result i32) (i32.const 42))
                  (func $b (param i32) (result i32)
                    local.get 0
                """);
        sb.append("i32.const 1 i32.add\n".repeat(n));
        return sb.append("(global.set $g (i32.const 9)))\n  (func (export \"g\") (result i32) (global.get $g)))")
                .toString();
    }

    private static BcModule compile(String wat, Map<String, String> settings) {
        ValidatedModule vm = ValidatedModule.of(Wat.parse(wat));
        return (BcModule) new BytecodeCompilerProvider()
                .compile(vm, new CompileContext(Wasm.TYPES, 512 * 1024, settings, false, false));
    }

    private static Object call(BcModule m, ModuleInstance inst, String name, Object... args) {
        return inst.function(m.module().module().export(name).index()).invoke(null, args)[0];
    }

    private static ModuleInstance instantiate(BcModule m) {
        return m.instantiate(
                Imports.NONE, new InstanceContext(new HeapMemoryCreator(), new StoreContext(new AtomicLong())));
    }

    @Test
    void lazy_compilesOnlyTheFunctionsThatRun() {
        BcModule m = compile(module(10), Map.of("lazy", "true"));
        assertTrue(m.isLazy());
        ModuleInstance inst = instantiate(m);
        assertEquals(0, m.classCount());
        assertEquals(16, call(m, inst, "a", 5));
        assertEquals(2, m.classCount(), "a and b, one class each");
        assertEquals(9, call(m, inst, "g"));
        assertEquals(3, m.classCount());
        assertEquals(16, call(m, inst, "a", 5));
        assertEquals(3, m.classCount(), "compiled once");
    }

    @Test
    void eager_compilesEverythingUpFront() {
        BcModule m = compile(module(10), Map.of("lazy", "false"));
        assertFalse(m.isLazy());
        assertEquals(1, m.classCount());
        assertEquals(16, call(m, instantiate(m), "a", 5));
        assertEquals(1, m.classCount());
    }

    @Test
    void auto_isEagerForSmallModules() {
        assertFalse(compile(module(10), Map.of()).isLazy());
        assertFalse(compile(module(10), Map.of("lazy", "auto")).isLazy());
    }

    @Test
    void lazy_functionTooLargeForOneMethod_runsInFallbackWithSettingsGiven() {
        BcModule m = compile(module(100_000), Map.of("lazy", "true", "methodLimit", "0"));
        ModuleInstance inst = instantiate(m);
        assertEquals(100_006, call(m, inst, "a", 5));
        assertEquals(9, call(m, inst, "g"), "the fallback wrote the instance's global");
        assertTrue(m.isFallback(m.module().module().export("a").index() + 2));
    }

    @Test
    void badValue_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> compile(module(1), Map.of("lazy", "sometimes")));
    }
}
