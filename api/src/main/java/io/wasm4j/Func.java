package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Objects;

/**
 * A function of a store: exported by an instance, or a host function. Call it untyped with {@link
 * #call(Val...)} or get an allocation-free typed view with {@link #typed(Class, Class...)} or {@link
 * #typed(Class)}.
 *
 * {@snippet :
 * java.util.function.IntBinaryOperator add = instance.getFunc("add").orElseThrow().typed(java.util.function.IntBinaryOperator.class);
 * int three = add.applyAsInt(1, 2);
 * }
 */
public final class Func implements Extern {
    private final Store<?> store;
    private final WasmFunction raw;

    Func(Store<?> store, WasmFunction raw) {
        this.store = store;
        this.raw = Objects.requireNonNull(raw);
    }

    /**
     * Creates a host function in {@code store} (wasmtime's {@code Func::new}).
     *
     * @param type the signature; type indices in it must be in canonical encoding
     * @param fn the implementation
     */
    public static <T> Func create(Store<T> store, FuncType type, HostFunction<T> fn) {
        HostDefinition<T> def = HostDefinition.untyped(store.engine().core().types(), type, fn);
        return new Func(store, def.instantiate(store));
    }

    /**
     * Creates a host function in {@code store} from a method handle of type {@code ([Caller,] params...) →
     * result} with {@code int}, {@code long}, {@code float}, {@code double}, {@code V128} or {@code Object}
     * (externref) values; its wasm signature follows from the handle's type.
     *
     * @throws IllegalArgumentException if the handle's type has other parameter or result types
     */
    public static <T> Func create(Store<T> store, MethodHandle handle) {
        HostDefinition<T> def = HostDefinition.typed(store.engine().core().types(), handle);
        return new Func(store, def.instantiate(store));
    }

    /**
     * Creates a host function in {@code store} from a lambda implementing a functional interface, as
     * {@link Linker#func(String, String, Class, Object)} describes.
     *
     * @throws IllegalArgumentException if the interface is not functional or uses other Java types
     */
    public static <T, F> Func create(Store<T> store, Class<F> functionalInterface, F impl) {
        HostDefinition<T> def = HostDefinition.ofInterface(store.engine().core().types(), functionalInterface, impl);
        return new Func(store, def.instantiate(store));
    }

    /** Returns the function's signature (canonical encoding). */
    public FuncType type() {
        return raw.signature();
    }

    @Override
    public ExternType externType() {
        return new ExternType.Func(raw.signature());
    }

    /**
     * Calls the function.
     *
     * @param args one value per parameter, of the parameter's type
     * @return one value per result
     * @throws IllegalArgumentException if the arguments do not match the signature
     * @throws Trap if execution traps
     * @throws ThrownException if a WebAssembly exception escapes
     */
    public Val[] call(Val... args) {
        FuncType sig = raw.signature();
        if (args.length != sig.params().size()) {
            throw new IllegalArgumentException(
                    "expected " + sig.params().size() + " arguments for " + sig + ", got " + args.length);
        }
        Object[] rawArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rawArgs[i] = Values.toRaw(store, args[i], sig.params().get(i));
        }
        Object[] rawResults;
        try {
            rawResults = raw.invoke(null, rawArgs);
        } catch (StackOverflowError e) {
            throw new Trap(TrapCode.STACK_EXHAUSTED, e);
        }
        Val[] results = new Val[rawResults.length];
        for (int i = 0; i < results.length; i++) {
            results[i] = Values.fromRaw(store, rawResults[i], sig.results().get(i));
        }
        return results;
    }

    /**
     * Returns a typed view whose {@link TypedFunc#handle()} has exactly the Java type {@code (params) →
     * result}: {@code int}, {@code long}, {@code float}, {@code double}, {@link io.wasm4j.spi.V128},
     * {@code Object} for references; {@code void} for no result, {@code Object[]} for several.
     *
     * @throws IllegalArgumentException if that is not this function's signature
     */
    public TypedFunc typed(Class<?> result, Class<?>... params) {
        return new TypedFunc(this, MethodType.methodType(result, params));
    }

    /**
     * Returns this function as an instance of a functional interface whose method has exactly this
     * function's Java signature, e.g. {@link java.util.function.IntBinaryOperator} for {@code (i32, i32) →
     * i32} or {@link Runnable} for {@code () → ()}. Calls allocate nothing for primitive signatures.
     *
     * @throws IllegalArgumentException if the interface's method does not match the signature
     */
    public <F> F typed(Class<F> functionalInterface) {
        return TypedFunc.forInterface(this, functionalInterface);
    }

    Store<?> store() {
        return store;
    }

    WasmFunction raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Func f && f.raw == raw;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(raw);
    }

    @Override
    public String toString() {
        return "Func" + raw.signature();
    }
}
