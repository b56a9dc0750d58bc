package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WasmFunctionTest {
    private final TypeRegistry registry = new TypeRegistry();

    /** Implements only the untyped path. */
    private static final class Untyped extends WasmFunction {
        Untyped(DefinedType t) {
            super(t, t.funcType());
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            if ((Integer) args[0] < 0) {
                throw new Trap(TrapCode.UNREACHABLE);
            }
            return new Object[] {(long) (Integer) args[0] * 2};
        }
    }

    /** Implements only the typed path. */
    private static final class Typed extends WasmFunction {
        private final MethodHandle handle;

        Typed(DefinedType t) throws ReflectiveOperationException {
            super(t, t.funcType());
            handle = MethodHandles.lookup()
                    .findStatic(
                            WasmFunctionTest.class,
                            "swap",
                            MethodType.methodType(Object[].class, ModuleInstance.class, float.class, double.class));
        }

        @Override
        public MethodHandle handle() {
            return handle;
        }
    }

    static Object[] swap(ModuleInstance caller, float a, double b) {
        return new Object[] {b, a};
    }

    @Test
    void handle_untypedImplementation_adaptedToExactPrimitiveType() throws Throwable {
        WasmFunction f = new Untyped(registry.funcType(new FuncType(List.of(ValType.I32), List.of(ValType.I64))));
        assertEquals(
                MethodType.methodType(long.class, ModuleInstance.class, int.class),
                f.handle().type());
        long r = (long) f.handle().invokeExact((ModuleInstance) null, 21);
        assertEquals(42L, r);
    }

    @Test
    void handle_untypedImplementationTraps_trapPropagates() {
        WasmFunction f = new Untyped(registry.funcType(new FuncType(List.of(ValType.I32), List.of(ValType.I64))));
        assertThrows(Trap.class, () -> {
            long unused = (long) f.handle().invokeExact((ModuleInstance) null, -1);
        });
    }

    @Test
    void invoke_typedImplementationWithTwoResults_boxesResults() throws ReflectiveOperationException {
        WasmFunction f = new Typed(
                registry.funcType(new FuncType(List.of(ValType.F32, ValType.F64), List.of(ValType.F64, ValType.F32))));
        assertArrayEquals(new Object[] {2.0d, 1.0f}, f.invoke(null, 1.0f, 2.0d));
    }

    @Test
    void methodType_refsAndVectors_objectAndV128() {
        FuncType t = new FuncType(List.of(io.wasm4j.core.RefType.FUNCREF, ValType.V128), List.of());
        assertEquals(
                MethodType.methodType(void.class, ModuleInstance.class, Object.class, V128.class),
                WasmFunction.methodType(t));
    }
}
