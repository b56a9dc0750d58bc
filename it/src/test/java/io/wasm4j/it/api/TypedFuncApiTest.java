package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.Func;
import io.wasm4j.Instance;
import io.wasm4j.Strategy;
import io.wasm4j.TypedFunc;
import io.wasm4j.spi.V128;
import java.lang.invoke.MethodType;
import java.util.function.IntBinaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

/** {@link TypedFunc} and functional-interface views of guest functions. */
final class TypedFuncApiTest {
    private static final String GUEST = """
            (module
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "neg") (param i64) (result i64) (i64.sub (i64.const 0) (local.get 0)))
              (func (export "mix") (param f32 f64) (result f64)
                (f64.add (f64.promote_f32 (local.get 0)) (local.get 1)))
              (func (export "splat") (param i32) (result v128) (i32x4.splat (local.get 0)))
              (func (export "id") (param externref) (result externref) (local.get 0))
              (func (export "pair") (param i32) (result i32 i64)
                (local.get 0) (i64.extend_i32_s (local.get 0))))
            """;

    @OnEveryBackend
    void handle_hasTheExactJavaType_andInvokesExactly(Strategy backend) throws Throwable {
        Instance instance = Guests.instantiate(backend, GUEST);
        TypedFunc add = instance.getTypedFunc("add", int.class, int.class, int.class);
        assertEquals(MethodType.methodType(int.class, int.class, int.class), add.type());
        assertEquals(5, (int) add.handle().invokeExact(2, 3));
        assertEquals(instance.getFunc("add").orElseThrow(), add.func());

        TypedFunc mix = instance.getTypedFunc("mix", double.class, float.class, double.class);
        assertEquals(3.75, (double) mix.handle().invokeExact(1.5f, 2.25));
        TypedFunc splat = instance.getTypedFunc("splat", V128.class, int.class);
        V128 v = (V128) splat.handle().invokeExact(0x01020304);
        assertEquals(new V128(0x0102_0304_0102_0304L, 0x0102_0304_0102_0304L), v);
        Object token = new Object();
        assertSame(token, (Object)
                instance.getTypedFunc("id", Object.class, Object.class).handle().invokeExact(token));
        Object[] pair = (Object[]) instance.getTypedFunc("pair", Object[].class, int.class)
                .handle()
                .invokeExact(-4);
        assertArrayEquals(new Object[] {-4, -4L}, pair);
    }

    @OnEveryBackend
    void functionalInterfaces_viewTheFunction(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Func add = instance.getFunc("add").orElseThrow();
        assertEquals(7, add.typed(IntBinaryOperator.class).applyAsInt(3, 4));
        assertEquals(
                -9L,
                instance.getFunc("neg")
                        .orElseThrow()
                        .typed(LongUnaryOperator.class)
                        .applyAsLong(9));
        TypedFunc typed = add.typed(int.class, int.class, int.class);
        assertEquals(-1, typed.as(IntBinaryOperator.class).applyAsInt(Integer.MAX_VALUE, Integer.MIN_VALUE));
        @SuppressWarnings("unchecked")
        UnaryOperator<Object> id = instance.getFunc("id").orElseThrow().typed(UnaryOperator.class);
        assertEquals("x", id.apply("x"));
    }

    @OnEveryBackend
    void wrongJavaSignatures_rejectedNamingTheProblem(Strategy backend) {
        Instance instance = Guests.instantiate(backend, GUEST);
        Func add = instance.getFunc("add").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> add.typed(long.class, int.class, int.class));
        assertThrows(IllegalArgumentException.class, () -> add.typed(int.class, int.class));
        assertThrows(IllegalArgumentException.class, () -> add.typed(LongUnaryOperator.class));
        assertThrows(IllegalArgumentException.class, () -> add.typed(String.class));
        assertThrows(IllegalArgumentException.class, () -> instance.getTypedFunc("absent", int.class));
    }
}
