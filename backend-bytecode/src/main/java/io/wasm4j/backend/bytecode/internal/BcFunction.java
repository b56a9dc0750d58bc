package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A function defined by a compiled module instance. Its typed handle is the compiled static method with
 * the instance bound, behind a boundary that turns JVM exceptions of generated code into traps.
 */
final class BcFunction extends WasmFunction {
    private static final MethodHandle TRANSLATE;
    private static final MethodHandle AFTER;
    private static final MethodHandle AFTER_VOID;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TRANSLATE = l.findStatic(Rt.class, "translate", MethodType.methodType(Throwable.class, Throwable.class));
            AFTER = l.findStatic(
                    Rt.class, "afterCall", MethodType.methodType(Object.class, Object.class, BcInstance.class));
            AFTER_VOID = l.findStatic(Rt.class, "afterVoidCall", MethodType.methodType(void.class, BcInstance.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final BcInstance instance;
    private final int funcIndex;
    private volatile MethodHandle handle;
    /** {@link #handle()} as {@code (ModuleInstance, Object[]) → Object}, for {@link #invoke}. */
    private volatile MethodHandle spreader;

    BcFunction(BcInstance instance, int funcIndex, DefinedType type) {
        super(type);
        this.instance = instance;
        this.funcIndex = funcIndex;
    }

    @Override
    public MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = build();
            handle = h;
        }
        return h;
    }

    private MethodHandle build() {
        MethodHandle target = instance.module.staticHandle(funcIndex);
        int n = signature().params().size();
        target = MethodHandles.insertArguments(target, n, instance);
        if (instance.module.hasTailCalls) {
            Class<?> r = target.type().returnType();
            MethodHandle after = r == void.class
                    ? AFTER_VOID.bindTo(instance)
                    : MethodHandles.insertArguments(AFTER, 1, instance).asType(MethodType.methodType(r, r));
            target = MethodHandles.filterReturnValue(target, after);
        }
        if (instance.module.facts.depthLimit > 0) {
            target = CallDepth.entry(target, instance);
        }
        target = MethodHandles.dropArguments(target, 0, ModuleInstance.class);
        MethodType type = target.type();
        MethodHandle thrower = MethodHandles.throwException(type.returnType(), Throwable.class);
        thrower = MethodHandles.filterArguments(thrower, 0, TRANSLATE);
        thrower = MethodHandles.dropArguments(thrower, 1, type.parameterList());
        return MethodHandles.catchException(target, Throwable.class, thrower);
    }

    /**
     * Calls through a spreading adapter of {@link #handle()} made once, instead of the default's {@code
     * invokeWithArguments}, which is slow: the interpreter calls compiled functions (from functions too large to
     * compile, see {@link FallbackModule}) this way.
     */
    @Override
    public Object[] invoke(ModuleInstance caller, Object... args) {
        MethodHandle s = spreader;
        if (s == null) {
            s = handle().asSpreader(Object[].class, signature().params().size())
                    .asType(MethodType.methodType(Object.class, ModuleInstance.class, Object[].class));
            spreader = s;
        }
        Object r;
        try {
            r = (Object) s.invokeExact(caller, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("checked exception from a wasm function", t);
        }
        return switch (signature().results().size()) {
            case 0 -> new Object[0];
            case 1 -> new Object[] {r};
            default -> (Object[]) r;
        };
    }

    BcInstance instance() {
        return instance;
    }

    /** Calls the compiled method with boxed arguments, without the boundary; returns the boxed result. */
    Object invokeDirect(Object[] args) {
        boolean counted = instance.module.facts.depthLimit > 0;
        Object[] all = java.util.Arrays.copyOf(args, args.length + (counted ? 2 : 1));
        all[args.length] = instance;
        if (counted) {
            // a pending tail call runs at the depth its caller wrote (see CallDepth)
            all[args.length + 1] = instance.store.callDepth;
        }
        try {
            return instance.module.staticHandle(funcIndex).invokeWithArguments(all);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String toString() {
        return "wasm function " + funcIndex + " " + signature();
    }
}
