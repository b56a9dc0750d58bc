package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.spi.V128;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * A host function defined in a {@link Linker} or with {@link Func#create}, not yet bound to a store. Each
 * store instantiates it once ({@link Store#hostFunction}).
 *
 * @param <T> the store's data type
 */
final class HostDefinition<T> {
    private static final MethodHandle NEW_CALLER;

    static {
        try {
            NEW_CALLER = MethodHandles.lookup()
                    .findConstructor(
                            Caller.class, MethodType.methodType(void.class, Store.class, ModuleInstance.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DefinedType type;
    private final HostFunction<T> untyped;
    private final MethodHandle typed;

    private HostDefinition(DefinedType type, HostFunction<T> untyped, MethodHandle typed) {
        this.type = type;
        this.untyped = untyped;
        this.typed = typed;
    }

    static <T> HostDefinition<T> untyped(TypeRegistry registry, FuncType type, HostFunction<T> fn) {
        return new HostDefinition<>(registry.funcType(type), fn, null);
    }

    /**
     * A host function from a method handle of type {@code ([Caller,] params...) → result}: {@code int},
     * {@code long}, {@code float}, {@code double}, {@link V128} or {@code Object} (externref); the result
     * may also be {@code void}.
     */
    static <T> HostDefinition<T> typed(TypeRegistry registry, MethodHandle handle) {
        MethodType mt = handle.type();
        int first = mt.parameterCount() > 0 && mt.parameterType(0) == Caller.class ? 1 : 0;
        List<ValType> params = new ArrayList<>();
        for (int i = first; i < mt.parameterCount(); i++) {
            params.add(valType(mt.parameterType(i), handle));
        }
        List<ValType> results = mt.returnType() == void.class ? List.of() : List.of(valType(mt.returnType(), handle));
        return new HostDefinition<>(registry.funcType(new FuncType(params, results)), null, handle);
    }

    /**
     * A host function from an implementation of a functional interface; its single abstract method's
     * signature is read as for {@link #typed}.
     */
    static <T, F> HostDefinition<T> ofInterface(TypeRegistry registry, Class<F> iface, F impl) {
        java.lang.reflect.Method sam = TypedFunc.singleAbstractMethod(iface);
        MethodHandle h;
        try {
            h = MethodHandles.publicLookup()
                    .findVirtual(
                            iface, sam.getName(), MethodType.methodType(sam.getReturnType(), sam.getParameterTypes()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot call " + sam + ": " + e.getMessage(), e);
        }
        return typed(registry, h.bindTo(java.util.Objects.requireNonNull(impl, "impl")));
    }

    private static ValType valType(Class<?> c, MethodHandle h) {
        if (c == int.class) {
            return ValType.I32;
        } else if (c == long.class) {
            return ValType.I64;
        } else if (c == float.class) {
            return ValType.F32;
        } else if (c == double.class) {
            return ValType.F64;
        } else if (c == V128.class) {
            return ValType.V128;
        } else if (c == Object.class) {
            return io.wasm4j.core.RefType.EXTERNREF;
        }
        throw new IllegalArgumentException("unsupported Java type " + c.getName() + " in host function " + h.type()
                + "; use int, long, float, double, V128 or Object (externref), or a HostFunction");
    }

    DefinedType type() {
        return type;
    }

    WasmFunction instantiate(Store<T> store) {
        if (untyped != null) {
            return new Untyped<>(type, store, untyped);
        }
        MethodHandle h = typed;
        if (h.type().parameterCount() > 0 && h.type().parameterType(0) == Caller.class) {
            h = MethodHandles.filterArguments(h, 0, MethodHandles.insertArguments(NEW_CALLER, 0, store));
        } else {
            h = MethodHandles.dropArguments(h, 0, ModuleInstance.class);
        }
        return new Typed(type, h.asType(WasmFunction.methodType(type.funcType())));
    }

    /** A store's instance of an untyped host function. */
    private static final class Untyped<T> extends WasmFunction {
        private final Store<T> store;
        private final HostFunction<T> fn;

        Untyped(DefinedType type, Store<T> store, HostFunction<T> fn) {
            super(type, type.funcType());
            this.store = store;
            this.fn = fn;
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            FuncType sig = signature();
            Val[] vals = new Val[args.length];
            for (int i = 0; i < args.length; i++) {
                vals[i] = Values.fromRaw(store, args[i], sig.params().get(i));
            }
            Val[] results = fn.call(new Caller<>(store, caller), vals);
            if (results == null) {
                results = Val.NONE;
            }
            if (results.length != sig.results().size()) {
                throw new IllegalStateException("host function returned " + results.length + " values, its type " + sig
                        + " has " + sig.results().size());
            }
            Object[] raw = new Object[results.length];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = Values.toRaw(store, results[i], sig.results().get(i));
            }
            return raw;
        }
    }

    /** A store's instance of a method-handle host function. */
    private static final class Typed extends WasmFunction {
        private final MethodHandle handle;

        Typed(DefinedType type, MethodHandle handle) {
            super(type, type.funcType());
            this.handle = handle;
        }

        @Override
        public MethodHandle handle() {
            return handle;
        }
    }
}
