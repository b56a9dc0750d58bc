package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.wat.Wat;
import org.junit.jupiter.api.Test;

/**
 * A function too large for one JVM method that uses segment instructions runs in the fallback, and its
 * {@code memory.init}/{@code table.init} read, and its {@code data.drop}/{@code elem.drop} drop, the same
 * segments as the compiled functions of the instance.
 */
final class HugeFunctionSegmentsTest {
    private static String module(int adds) {
        StringBuilder sb = new StringBuilder(adds * 24);
        sb.append("""
                (module
                  (memory 1)
                  (table $t 4 funcref)
                  (type $r (func (result i32)))
                  (data $d "\\05\\06\\07\\08")
                  (elem $e func $a $b)
                  (func $a (result i32) (i32.const 10))
                  (func $b (result i32) (i32.const 20))
                  (func (export "reinit") (result i32)
                    (memory.init $d (i32.const 200) (i32.const 0) (i32.const 4))
                    (i32.load (i32.const 200)))
                  (func (export "retable") (table.init $t $e (i32.const 0) (i32.const 0) (i32.const 2)))
                  (func (export "huge") (param i32) (result i32)
                    (if (local.get 0) (then (data.drop $d) (elem.drop $e) (return (i32.const -1))))
                    (memory.init $d (i32.const 100) (i32.const 1) (i32.const 3))
                    (table.init $t $e (i32.const 2) (i32.const 0) (i32.const 2))
                    local.get 0
                """);
        for (int i = 0; i < adds; i++) {
            sb.append("i32.const 1 i32.add\n");
        }
        sb.append("""
                    (i32.load (i32.const 100))
                    i32.add
                    (call_indirect (type $r) (i32.const 3))
                    i32.add))
                """);
        return sb.toString();
    }

    @Test
    void segmentInstructions_inFallback_shareTheInstancesSegments() {
        byte[] bytes = Wat.parse(module(100_000));
        HugeFunctionTest.Compiled c = HugeFunctionTest.compile(bytes);
        ValidatedModule vm = c.module().module();
        assertTrue(c.module().isFallback(vm.module().export("huge").index()));
        ModuleInstance ref = HugeFunctionTest.interp(bytes);
        ModuleInstance bc = c.instance();
        // 100,000 + the bytes 06 07 08 read as a little-endian i32 + $b's 20
        int expected = 100_000 + 0x080706 + 20;
        assertEquals(expected, HugeFunctionTest.call(ref, vm, "huge", 0));
        assertEquals(expected, HugeFunctionTest.call(bc, vm, "huge", 0));
        assertEquals(0x08070605, HugeFunctionTest.call(bc, vm, "reinit"));
        // the fallback drops both segments; compiled code sees them dropped
        assertEquals(-1, HugeFunctionTest.call(bc, vm, "huge", 1));
        Trap memory = assertThrows(Trap.class, () -> HugeFunctionTest.call(bc, vm, "reinit"));
        assertEquals(TrapCode.MEMORY_OUT_OF_BOUNDS, memory.code());
        Trap table = assertThrows(
                Trap.class,
                () -> bc.function(vm.module().export("retable").index()).invoke(null));
        assertEquals(TrapCode.TABLE_OUT_OF_BOUNDS, table.code());
    }
}
