package io.wasm4j;

import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A function with a fixed Java signature: the allocation-free call path. Call {@link #handle()} with
 * {@code invokeExact} (fastest from a {@code static final} field), or use {@link #as(Class)} to get a
 * functional-interface view.
 *
 * {@snippet :
 * TypedFunc add = func.typed(int.class, int.class, int.class);
 * int r = (int) add.handle().invokeExact(1, 2);
 * }
 */
public final class TypedFunc {
    private static final MethodHandle STACK_EXHAUSTED;

    static {
        try {
            STACK_EXHAUSTED = MethodHandles.lookup()
                    .findStatic(
                            TypedFunc.class,
                            "stackExhausted",
                            MethodType.methodType(Object.class, StackOverflowError.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Func func;
    private final MethodHandle handle;

    TypedFunc(Func func, MethodType expected) {
        MethodHandle h = func.raw().handle();
        MethodType actual = h.type().dropParameterTypes(0, 1);
        if (!actual.equals(expected)) {
            throw new IllegalArgumentException(
                    "function of type " + func.type() + " has Java signature " + actual + ", not " + expected);
        }
        this.func = func;
        this.handle = stackOverflowAsTrap(MethodHandles.insertArguments(h, 0, (ModuleInstance) null));
    }

    /** Wraps {@code h} so a {@link StackOverflowError} that a backend let out becomes a trap. */
    private static MethodHandle stackOverflowAsTrap(MethodHandle h) {
        MethodHandle handler = MethodHandles.dropArguments(
                STACK_EXHAUSTED.asType(MethodType.methodType(h.type().returnType(), StackOverflowError.class)),
                1,
                h.type().parameterList());
        return MethodHandles.catchException(h, StackOverflowError.class, handler);
    }

    private static Object stackExhausted(StackOverflowError e) {
        throw new Trap(TrapCode.STACK_EXHAUSTED, e);
    }

    static <F> F forInterface(Func func, Class<F> iface) {
        Method sam = singleAbstractMethod(iface);
        TypedFunc typed = new TypedFunc(func, MethodType.methodType(sam.getReturnType(), sam.getParameterTypes()));
        return MethodHandleProxies.asInterfaceInstance(iface, typed.handle);
    }

    static Method singleAbstractMethod(Class<?> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface.getName() + " is not an interface");
        }
        Method found = null;
        for (Method m : iface.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
                if (found != null) {
                    throw new IllegalArgumentException(iface.getName() + " has more than one abstract method");
                }
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(iface.getName() + " has no abstract method");
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Returns the function. */
    public Func func() {
        return func;
    }

    /** Returns the Java type of {@link #handle()}. */
    public MethodType type() {
        return handle.type();
    }

    /**
     * Returns a method handle of exactly {@link #type()}; {@code invokeExact} on it allocates nothing for
     * primitive signatures. Throws what the function throws ({@link io.wasm4j.spi.Trap} and others).
     */
    public MethodHandle handle() {
        return handle;
    }

    /** Returns a functional-interface view; see {@link Func#typed(Class)}. */
    public <F> F as(Class<F> iface) {
        return forInterface(func, iface);
    }

    /** Returns the Java method type of a WebAssembly function type's typed path, without the caller. */
    static MethodType javaType(io.wasm4j.core.FuncType type) {
        return WasmFunction.methodType(type).dropParameterTypes(0, 1);
    }

    @Override
    public String toString() {
        return "TypedFunc" + handle.type();
    }
}
