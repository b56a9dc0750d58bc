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
    private final int funcIndex;
    private FuncCode code;

    InterpFunction(Instance instance, int funcIndex, DefinedType type) {
        super(type);
        this.instance = instance;
        this.funcIndex = funcIndex;
    }

    /** Returns the translated code, translating the body on first use (a benign race: FuncCode is immutable). */
    FuncCode code() {
        FuncCode c = code;
        if (c == null) {
            c = instance.module.code(funcIndex);
            code = c;
        }
        return c;
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
        FuncCode code = code();
        if (args.length != code.numParams) {
            throw new IllegalArgumentException("expected " + code.numParams + " arguments, got " + args.length);
        }
        Machine m = Machine.current();
        int base = m.top;
        int savedDepth = m.depth;
        int savedFrames = m.frames;
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
            m.frames = savedFrames;
            m.releaseIfIdle();
        }
    }

    @Override
    public String toString() {
        return "wasm function " + funcIndex + " " + signature();
    }
}
