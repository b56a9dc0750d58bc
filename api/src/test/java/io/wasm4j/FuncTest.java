package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmBacktrace;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

final class FuncTest {
    private static final FuncType ADD = new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));

    private final Engine engine = HostOnlyBackend.engine();
    private final Store<StringBuilder> store = Store.create(engine, new StringBuilder());

    @Test
    void call_untypedHostFunction_argumentsAndResultsAsVals() {
        Func add = Func.create(store, ADD, (c, a) -> new Val[] {Val.i32(a[0].i32() + a[1].i32())});
        assertArrayEquals(new Val[] {Val.i32(5)}, add.call(Val.i32(2), Val.i32(3)));
        assertEquals(ADD, add.type());
    }

    @Test
    void call_wrongArgumentCountOrType_rejectedBeforeCalling() {
        Func add = Func.create(store, ADD, (c, a) -> {
            throw new AssertionError("not reached");
        });
        assertThrows(IllegalArgumentException.class, () -> add.call(Val.i32(1)));
        assertThrows(IllegalArgumentException.class, () -> add.call(Val.i32(1), Val.i64(2)));
    }

    @Test
    void typed_untypedHostFunction_intBinaryOperator() throws Throwable {
        Func add = Func.create(store, ADD, (c, a) -> new Val[] {Val.i32(a[0].i32() + a[1].i32())});
        IntBinaryOperator op = add.typed(IntBinaryOperator.class);
        assertEquals(42, op.applyAsInt(40, 2));
        TypedFunc t = add.typed(int.class, int.class, int.class);
        assertEquals(MethodType.methodType(int.class, int.class, int.class), t.type());
        assertEquals(7, (int) t.handle().invokeExact(3, 4));
    }

    @Test
    void typed_wrongJavaSignature_rejectedNamingBoth() {
        Func add = Func.create(store, ADD, (c, a) -> a);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> add.typed(long.class, int.class, int.class));
        assertTrue(e.getMessage().contains("(int,int)int"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> add.typed(LongUnaryOperator.class));
    }

    static long times3(Caller<StringBuilder> caller, long x) {
        caller.data().append("called with ").append(x);
        return x * 3;
    }

    @Test
    void create_methodHandleWithCaller_signatureFromHandleAndStoreDataReachable() throws Throwable {
        MethodHandle h = MethodHandles.lookup()
                .findStatic(FuncTest.class, "times3", MethodType.methodType(long.class, Caller.class, long.class));
        Func f = Func.create(store, h);
        assertEquals(new FuncType(List.of(ValType.I64), List.of(ValType.I64)), f.type());
        assertEquals(30L, (long) f.typed(long.class, long.class).handle().invokeExact(10L));
        assertEquals("called with 10", store.data().toString());
        assertArrayEquals(new Val[] {Val.i64(6)}, f.call(Val.i64(2)));
    }

    @Test
    void create_methodHandleWithoutCaller_externrefPassesThrough() {
        MethodHandle id = MethodHandles.identity(Object.class);
        Func f = Func.create(store, id);
        assertEquals(new FuncType(List.of(RefType.EXTERNREF), List.of(RefType.EXTERNREF)), f.type());
        Object o = new Object();
        assertSame(o, f.call(Val.externref(o))[0].ref());
    }

    /** A host interface taking the caller. */
    @FunctionalInterface
    public interface Logger {
        /** Logs. */
        void log(Caller<StringBuilder> caller, int value);
    }

    @Test
    void create_functionalInterface_signatureFromMethodAndCallerPassed() {
        Func f = Func.create(store, Logger.class, (c, v) -> c.data().append(v));
        assertEquals(new FuncType(List.of(ValType.I32), List.of()), f.type());
        f.typed(java.util.function.IntConsumer.class).accept(5);
        f.call(Val.i32(6));
        assertEquals("56", store.data().toString());
        Func twice = Func.create(store, java.util.function.IntUnaryOperator.class, x -> 2 * x);
        assertEquals(Val.i32(8), twice.call(Val.i32(4))[0]);
    }

    @Test
    void create_notAFunctionalInterface_rejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Func.create(store, java.util.Iterator.class, List.of().iterator()));
    }

    @Test
    void create_methodHandleWithUnsupportedType_rejected() {
        MethodHandle h = MethodHandles.identity(String.class);
        assertThrows(IllegalArgumentException.class, () -> Func.create(store, h));
    }

    @Test
    void call_hostThrowsTrap_trapReachesCaller() {
        Func f = Func.create(store, new FuncType(List.of(), List.of()), (c, a) -> {
            throw new Trap(TrapCode.UNREACHABLE);
        });
        Trap t = assertThrows(Trap.class, f::call);
        assertEquals(TrapCode.UNREACHABLE, t.code());
        assertThrows(Trap.class, () -> f.typed(Runnable.class).run());
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void call_stackOverflowLeakedByCallee_becomesStackExhaustedTrap() {
        Func f = Func.create(store, java.util.function.IntUnaryOperator.class, FuncTest::recurse);
        Trap t = assertThrows(Trap.class, () -> f.call(Val.i32(0)));
        assertEquals("call stack exhausted", t.getMessage());
        Trap typed = assertThrows(
                Trap.class,
                () -> f.typed(java.util.function.IntUnaryOperator.class).applyAsInt(0));
        assertEquals(TrapCode.STACK_EXHAUSTED, typed.code());
    }

    @Test
    void call_hostThrowsOwnException_keepsItsType() {
        Func f = Func.create(store, new FuncType(List.of(), List.of()), (c, a) -> {
            throw new IllegalStateException("host failure");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, f::call);
        assertEquals("host failure", e.getMessage());
        assertEquals(null, WasmBacktrace.find(e), "no wasm frames were passed");
    }

    @Test
    void call_hostReturnsWrongResults_reportedClearly() {
        Func f = Func.create(store, ADD, (c, a) -> Val.NONE);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.call(Val.i32(1), Val.i32(2)));
        assertTrue(e.getMessage().contains("returned 0 values"), e.getMessage());
    }

    @Test
    void caller_hostCallFromEmbedder_noCallerExports() {
        Func f = Func.create(store, new FuncType(List.of(), List.of(ValType.I32)), (c, a) -> {
            assertNotNull(c.store());
            return new Val[] {Val.i32(c.getExport("memory").isPresent() ? 1 : 0)};
        });
        assertEquals(Val.i32(0), f.call()[0]);
    }

    @Test
    void call_funcrefThroughIdentity_returnsSameFuncAndRejectsExternref() {
        Func f = Func.create(store, ADD, (c, a) -> a);
        Func id = Func.create(store, new FuncType(List.of(RefType.FUNCREF), List.of(RefType.FUNCREF)), (c, a) -> a);
        Val r = id.call(Val.funcref(f))[0];
        assertEquals(f, r.funcref());
        assertThrows(IllegalArgumentException.class, () -> id.call(Val.externref("not a function")));
    }

    @Test
    void val_floatNanBits_preservedThroughHostCall() {
        Func id = Func.create(store, new FuncType(List.of(ValType.F32), List.of(ValType.F32)), (c, a) -> a);
        float snan = Float.intBitsToFloat(0x7fa0_0001);
        Val r = id.call(Val.f32(snan))[0];
        assertEquals(0x7fa0_0001, Float.floatToRawIntBits(r.f32()));
    }
}
