package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The typed entry points of interpreted functions: for signatures of up to four numeric parameters and
 * at most one numeric or reference result, a method handle that writes the arguments straight into the
 * value stack and reads the result back, allocating nothing. Other signatures use the boxing adapter.
 */
final class TypedEntry {
    private TypedEntry() {}

    private static final int MAX_PARAMS = 4;
    private static final MethodHandle[] NUM = new MethodHandle[MAX_PARAMS + 1];
    private static final MethodHandle[] REF = new MethodHandle[MAX_PARAMS + 1];
    private static final MethodHandle I2L;
    private static final MethodHandle F2L;
    private static final MethodHandle D2L;
    private static final MethodHandle L2I;
    private static final MethodHandle L2F;
    private static final MethodHandle L2D;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            for (int n = 0; n <= MAX_PARAMS; n++) {
                Class<?>[] params = new Class<?>[n + 2];
                params[0] = InterpFunction.class;
                params[1] = ModuleInstance.class;
                for (int i = 0; i < n; i++) {
                    params[i + 2] = long.class;
                }
                NUM[n] = l.findStatic(TypedEntry.class, "num" + n, MethodType.methodType(long.class, params));
                REF[n] = l.findStatic(TypedEntry.class, "ref" + n, MethodType.methodType(Object.class, params));
            }
            I2L = l.findStatic(TypedEntry.class, "i2l", MethodType.methodType(long.class, int.class));
            F2L = l.findStatic(TypedEntry.class, "f2l", MethodType.methodType(long.class, float.class));
            D2L = l.findStatic(TypedEntry.class, "d2l", MethodType.methodType(long.class, double.class));
            L2I = l.findStatic(TypedEntry.class, "l2i", MethodType.methodType(int.class, long.class));
            L2F = l.findStatic(TypedEntry.class, "l2f", MethodType.methodType(float.class, long.class));
            L2D = l.findStatic(TypedEntry.class, "l2d", MethodType.methodType(double.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Returns the allocation-free handle for {@code f}, or {@code null} when its signature is not covered. */
    static MethodHandle of(InterpFunction f) {
        FuncType t = f.signature();
        int n = t.params().size();
        if (n > MAX_PARAMS || t.results().size() > 1) {
            return null;
        }
        for (ValType p : t.params()) {
            if (!(p instanceof NumType)) {
                return null;
            }
        }
        ValType result = t.results().isEmpty() ? null : t.results().getFirst();
        boolean refResult = result instanceof RefType;
        if (result != null && !refResult && !(result instanceof NumType)) {
            return null;
        }
        MethodHandle h = (refResult ? REF[n] : NUM[n]).bindTo(f);
        for (int i = 0; i < n; i++) {
            MethodHandle filter = switch ((NumType) t.params().get(i)) {
                case I32 -> I2L;
                case I64 -> null;
                case F32 -> F2L;
                case F64 -> D2L;
            };
            if (filter != null) {
                h = MethodHandles.filterArguments(h, i + 1, filter);
            }
        }
        if (result == null) {
            h = h.asType(h.type().changeReturnType(void.class));
        } else if (result instanceof NumType num) {
            MethodHandle filter = switch (num) {
                case I32 -> L2I;
                case I64 -> null;
                case F32 -> L2F;
                case F64 -> L2D;
            };
            if (filter != null) {
                h = MethodHandles.filterReturnValue(h, filter);
            }
        }
        return h.asType(WasmFunction.methodType(t));
    }

    private static long i2l(int v) {
        return v;
    }

    private static long f2l(float v) {
        return Float.floatToRawIntBits(v);
    }

    private static long d2l(double v) {
        return Double.doubleToRawLongBits(v);
    }

    private static int l2i(long v) {
        return (int) v;
    }

    private static float l2f(long v) {
        return Float.intBitsToFloat((int) v);
    }

    private static double l2d(long v) {
        return Double.longBitsToDouble(v);
    }

    /** Runs {@code f} with its arguments already at {@code m.s[base..]}; results are left at {@code base}. */
    private static void run(InterpFunction f, Machine m, int base) {
        int savedDepth = m.depth;
        int savedFrames = m.frames;
        try {
            Interpreter.execute(m, f.instance, f.code(), base);
        } catch (StackOverflowError e) {
            m.top = base;
            m.releaseIfIdle();
            throw new Trap(TrapCode.STACK_EXHAUSTED, e);
        } catch (RuntimeException | Error e) {
            m.top = base;
            m.releaseIfIdle();
            throw e;
        } finally {
            m.top = base;
            m.depth = savedDepth;
            m.frames = savedFrames;
        }
    }

    private static Machine enter(InterpFunction f) {
        Machine m = Machine.current();
        m.ensure(m.top + f.code().frameSize);
        return m;
    }

    private static long num0(InterpFunction f, ModuleInstance caller) {
        Machine m = enter(f);
        return result(m, run0(m, f));
    }

    private static long num1(InterpFunction f, ModuleInstance caller, long a) {
        Machine m = enter(f);
        return result(m, run1(m, f, a));
    }

    private static long num2(InterpFunction f, ModuleInstance caller, long a, long c) {
        Machine m = enter(f);
        return result(m, run2(m, f, a, c));
    }

    private static long num3(InterpFunction f, ModuleInstance caller, long a, long c, long d) {
        Machine m = enter(f);
        return result(m, run3(m, f, a, c, d));
    }

    private static long num4(InterpFunction f, ModuleInstance caller, long a, long c, long d, long e) {
        Machine m = enter(f);
        return result(m, run4(m, f, a, c, d, e));
    }

    private static Object ref0(InterpFunction f, ModuleInstance caller) {
        Machine m = enter(f);
        return take(m, run0(m, f));
    }

    private static Object ref1(InterpFunction f, ModuleInstance caller, long a) {
        Machine m = enter(f);
        return take(m, run1(m, f, a));
    }

    private static Object ref2(InterpFunction f, ModuleInstance caller, long a, long c) {
        Machine m = enter(f);
        return take(m, run2(m, f, a, c));
    }

    private static Object ref3(InterpFunction f, ModuleInstance caller, long a, long c, long d) {
        Machine m = enter(f);
        return take(m, run3(m, f, a, c, d));
    }

    private static Object ref4(InterpFunction f, ModuleInstance caller, long a, long c, long d, long e) {
        Machine m = enter(f);
        return take(m, run4(m, f, a, c, d, e));
    }

    /** Pushes 0 arguments, runs {@code f} and returns the frame base, where its result is. */
    private static int run0(Machine m, InterpFunction f) {
        int b = m.top;
        run(f, m, b);
        return b;
    }

    /** Pushes 1 argument, runs {@code f} and returns the frame base, where its result is. */
    private static int run1(Machine m, InterpFunction f, long a) {
        int b = m.top;
        m.s[b] = a;
        run(f, m, b);
        return b;
    }

    /** Pushes 2 arguments, runs {@code f} and returns the frame base, where its result is. */
    private static int run2(Machine m, InterpFunction f, long a, long c) {
        int b = m.top;
        m.s[b] = a;
        m.s[b + 1] = c;
        run(f, m, b);
        return b;
    }

    /** Pushes 3 arguments, runs {@code f} and returns the frame base, where its result is. */
    private static int run3(Machine m, InterpFunction f, long a, long c, long d) {
        int b = m.top;
        m.s[b] = a;
        m.s[b + 1] = c;
        m.s[b + 2] = d;
        run(f, m, b);
        return b;
    }

    /** Pushes 4 arguments, runs {@code f} and returns the frame base, where its result is. */
    private static int run4(Machine m, InterpFunction f, long a, long c, long d, long e) {
        int b = m.top;
        m.s[b] = a;
        m.s[b + 1] = c;
        m.s[b + 2] = d;
        m.s[b + 3] = e;
        run(f, m, b);
        return b;
    }

    private static Object take(Machine m, int b) {
        Object v = m.r[b];
        m.releaseIfIdle();
        return v;
    }

    private static long result(Machine m, int b) {
        long v = m.s[b];
        m.releaseIfIdle();
        return v;
    }
}
