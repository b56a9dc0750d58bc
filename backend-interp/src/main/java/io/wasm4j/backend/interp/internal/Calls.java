package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.FuncType;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmTable;

/** Call helpers: resolving indirect and reference calls, and calling functions the interpreter does not own. */
final class Calls {
    private Calls() {}

    /** Resolves {@code call_indirect}: bounds, null and signature checks. */
    static WasmFunction indirect(Instance inst, int tableFlags, long index, int typeIndex) {
        WasmTable table = inst.tables[tableFlags >>> 1];
        if (index < 0 || index >= table.size()) {
            throw new Trap(TrapCode.UNDEFINED_ELEMENT);
        }
        Object e = table.elements()[(int) index];
        if (e == null) {
            throw Trap.atIndex(TrapCode.UNINITIALIZED_ELEMENT, index);
        }
        WasmFunction f = (WasmFunction) e;
        DefinedType expected = inst.types[typeIndex];
        DefinedType actual = f.type();
        if (actual != expected && !actual.isSubtypeOf(expected)) {
            throw new Trap(TrapCode.INDIRECT_CALL_TYPE_MISMATCH);
        }
        return f;
    }

    /** Checks a {@code call_ref} operand. */
    static WasmFunction nonNull(Object ref) {
        if (ref == null) {
            throw new Trap(TrapCode.NULL_FUNCTION_REFERENCE);
        }
        return (WasmFunction) ref;
    }

    /**
     * Calls a function that is not interpreted through its untyped path: boxes the arguments on top of the
     * stack, unboxes the results in their place, and returns the new stack pointer.
     */
    static int host(Machine m, Instance inst, WasmFunction f, int sp) {
        FuncType sig = f.signature();
        int np = sig.params().size();
        int base = sp - np;
        Object[] args = Values.boxAll(sig.params(), m.s, m.h, m.r, base);
        m.top = sp;
        Object[] results = f.invoke(inst, args);
        int nr = sig.results().size();
        m.ensure(base + nr + 1);
        Values.unboxAll(sig.results(), results, m.s, m.h, m.r, base);
        return base + nr;
    }
}
