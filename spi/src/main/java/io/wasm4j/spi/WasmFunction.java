package io.wasm4j.spi;

import io.wasm4j.core.FuncType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;

/**
 * A function reference ({@code funcref}): a WebAssembly function of some instance, or a host function.
 * Backends and the facade call functions they did not create only through this type.
 *
 * <p>Two call paths reach every function:
 *
 * <ul>
 *   <li>the typed path, {@link #handle()}: a {@link MethodHandle} of type {@link #methodType(FuncType)
 *       (ModuleInstance caller, params...) → result}, where parameters are Java primitives (see the package
 *       description), and the result is {@code void}, the single result, or an {@code Object[]} of boxed
 *       results when there are several. Calling it with {@code invokeExact} allocates nothing for
 *       single-result signatures;
 *   <li>the untyped path, {@link #invoke(ModuleInstance, Object...)}: boxed arguments in, boxed results
 *       out.
 * </ul>
 *
 * <p>{@code caller} is the instance whose code makes the call ({@code null} when the embedder calls): host
 * functions use it to give a {@code Caller} the calling instance's exports.
 *
 * <p>Implementations must:
 *
 * <ul>
 *   <li>override at least one of {@link #handle()} and {@link #invoke}; each defaults to an adapter over
 *       the other (overriding both gives the fastest paths);
 *   <li>return a handle of exactly {@code methodType(signature())}, the same handle on every call;
 *   <li>report traps as {@link Trap}, wasm exceptions as {@link ThrownException}, and let host exceptions
 *       through unchanged (adding frames with {@link WasmBacktrace#of(Throwable)});
 *   <li>never let a {@link StackOverflowError} out: guest recursion beyond {@link
 *       CompileContext#maxWasmStack()} (or a JVM stack overflow in guest code) is {@code new
 *       Trap(TrapCode.STACK_EXHAUSTED)}, and the JVM keeps running;
 *   <li>be safe to call from any thread that the store allows.
 * </ul>
 */
public abstract class WasmFunction {
    private static final MethodHandle INVOKE;
    private static final MethodHandle FIRST;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            INVOKE = lookup.findVirtual(
                    WasmFunction.class,
                    "invoke",
                    MethodType.methodType(Object[].class, ModuleInstance.class, Object[].class));
            FIRST = MethodHandles.insertArguments(MethodHandles.arrayElementGetter(Object[].class), 1, 0);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DefinedType type;
    private final FuncType signature;
    private MethodHandle untypedAdapter;

    /**
     * Creates a function reference.
     *
     * @param type the canonical function type (used by {@code call_indirect}, casts and linking)
     * @param signature the same type as a {@link FuncType} in canonical encoding, which fixes the Java
     *     signature of the typed path; usually {@code type.funcType()}
     */
    protected WasmFunction(DefinedType type, FuncType signature) {
        this.type = Objects.requireNonNull(type);
        this.signature = Objects.requireNonNull(signature);
        if (!type.isFunc()) {
            throw new IllegalArgumentException("not a function type: " + type);
        }
    }

    /** Returns the canonical function type. */
    public final DefinedType type() {
        return type;
    }

    /** Returns the function's parameter and result types, in canonical encoding. */
    public final FuncType signature() {
        return signature;
    }

    /**
     * Returns the typed entry point, of type {@code methodType(signature())}. The default adapts {@link
     * #invoke}; it boxes.
     */
    public MethodHandle handle() {
        MethodHandle h = untypedAdapter;
        if (h == null) {
            h = adaptUntyped(signature, INVOKE.bindTo(this));
            untypedAdapter = h;
        }
        return h;
    }

    /**
     * Calls the function through the untyped path. The default spreads the arguments into {@link
     * #handle()}.
     *
     * @param caller the calling instance, or {@code null} when the embedder calls
     * @param args boxed arguments, one per parameter
     * @return boxed results, one per result (a new array; empty when there are none)
     * @throws Trap if execution traps
     * @throws ThrownException if a wasm exception escapes
     */
    public Object[] invoke(ModuleInstance caller, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = caller;
        System.arraycopy(args, 0, all, 1, args.length);
        Object r;
        try {
            r = handle().invokeWithArguments(all);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("checked exception from a wasm function", t);
        }
        return switch (signature.results().size()) {
            case 0 -> new Object[0];
            case 1 -> new Object[] {r};
            default -> (Object[]) r;
        };
    }

    /**
     * Returns the Java method type of the typed path for a function type: {@code (ModuleInstance,
     * params...) → result}.
     */
    public static MethodType methodType(FuncType signature) {
        Class<?>[] params = new Class<?>[signature.params().size() + 1];
        params[0] = ModuleInstance.class;
        for (int i = 1; i < params.length; i++) {
            params[i] = ValueTypes.javaType(signature.params().get(i - 1));
        }
        return MethodType.methodType(returnType(signature), params);
    }

    /** Returns the Java return type of the typed path: {@code void}, the single result, or Object[]. */
    public static Class<?> returnType(FuncType signature) {
        return switch (signature.results().size()) {
            case 0 -> void.class;
            case 1 -> ValueTypes.javaType(signature.results().getFirst());
            default -> Object[].class;
        };
    }

    /**
     * Adapts an untyped entry point {@code (ModuleInstance, Object[] args) → Object[] results} to the typed
     * path of {@code signature}. Useful for interpreters and host functions; the adapter boxes.
     */
    public static MethodHandle adaptUntyped(FuncType signature, MethodHandle untyped) {
        int n = signature.params().size();
        MethodHandle collected = untyped.asCollector(Object[].class, n);
        MethodType target = methodType(signature);
        MethodHandle h =
                signature.results().size() == 1 ? MethodHandles.filterReturnValue(collected, FIRST) : collected;
        return h.asType(target);
    }

    @Override
    public String toString() {
        return "func " + signature;
    }
}
