package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;

/** A function defined by an interpreted module instance. */
final class InterpFunction extends WasmFunction {
    final Instance instance;
    final FuncCode code;

    InterpFunction(Instance instance, FuncCode code, DefinedType type) {
        super(type);
        this.instance = instance;
        this.code = code;
    }

    private MethodHandle typed;

    /** Returns an allocation-free handle for numeric signatures, else the boxing adapter. */
    @Override
    public MethodHandle handle() {
        MethodHandle h = typed;
        if (h == null) {
            h = TypedEntry.of(this);
            if (h == null) {
                h = super.handle();
            }
            typed = h;
        }
        return h;
    }

    @Override
    public Object[] invoke(ModuleInstance caller, Object... args) {
        if (args.length != code.numParams) {
            throw new IllegalArgumentException("expected " + code.numParams + " arguments, got " + args.length);
        }
        Machine m = Machine.current();
        int base = m.top;
        int savedDepth = m.depth;
        m.ensure(base + Math.max(code.numParams, code.numResults) + 1);
        Values.unboxAll(code.type.params(), args, m.s, m.h, m.r, base);
        try {
            Interpreter.execute(m, instance, code, base);
            return Values.boxAll(code.type.results(), m.s, m.h, m.r, base);
        } catch (StackOverflowError e) {
            throw new Trap(TrapCode.STACK_EXHAUSTED, e);
        } finally {
            m.top = base;
            m.depth = savedDepth;
            java.util.Arrays.fill(m.r, base, Math.min(m.r.length, base + code.frameSize), null);
        }
    }

    @Override
    public String toString() {
        return "wasm function " + code.funcIndex + " " + signature();
    }
}
