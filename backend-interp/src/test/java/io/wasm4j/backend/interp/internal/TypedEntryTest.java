package io.wasm4j.backend.interp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

final class TypedEntryTest {
    private static final Wasm W = Wasm.of("""
            (module
              (func (export "add") (param i32 i64 f32 f64) (result f64)
                (f64.add (f64.add (f64.convert_i32_s (local.get 0)) (f64.convert_i64_s (local.get 1)))
                         (f64.add (f64.promote_f32 (local.get 2)) (local.get 3))))
              (func (export "none"))
              (func (export "ext") (param i32) (result externref) (ref.null extern))
              (func (export "trap") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
            )""");

    private static WasmFunction fn(String name) {
        return W.instance.function(W.module.module().module().export(name).index());
    }

    @Test
    void handle_numericSignatures_callDirectly() throws Throwable {
        MethodHandle add = fn("add").handle();
        assertEquals(10.0, (double) add.invokeExact((ModuleInstance) null, 1, 2L, 3.0f, 4.0));
        assertSame(add, fn("add").handle());
        fn("none").handle().invokeExact((ModuleInstance) null);
        assertEquals(null, (Object) fn("ext").handle().invokeExact((ModuleInstance) null, 1));
        MethodHandle trap = fn("trap").handle();
        assertThrows(Trap.class, () -> {
            int unused = (int) trap.invokeExact((ModuleInstance) null, 0);
        });
        assertEquals(1, (int) trap.invokeExact((ModuleInstance) null, 1));
    }
}
