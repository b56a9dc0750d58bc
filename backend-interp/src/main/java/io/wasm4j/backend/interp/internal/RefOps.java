package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.GcRef;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.Refs;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmFunction;

/**
 * The reference family ({@code ref.*}) and the run-time type test shared with casts. Heap types are
 * encoded as a module type index ({@code >= 0}) or {@code -1 - AbsHeapType.ordinal()}.
 */
final class RefOps {
    private RefOps() {}

    private static final AbsHeapType[] ABS = AbsHeapType.values();

    static long exec(int op, int[] code, int pc, long[] s, Object[] r, int sp, Instance inst) {
        switch (op) {
            case Op.REF_NULL -> {
                r[sp] = null;
                return Dispatch.pack(pc + 1, sp + 1);
            }
            case Op.REF_IS_NULL -> {
                s[sp - 1] = r[sp - 1] == null ? 1 : 0;
                return Dispatch.pack(pc, sp);
            }
            case Op.REF_FUNC -> {
                r[sp] = inst.functions[code[pc]];
                return Dispatch.pack(pc + 1, sp + 1);
            }
            case Op.REF_EQ -> {
                s[sp - 2] = Refs.refEq(r[sp - 2], r[sp - 1]) ? 1 : 0;
                return Dispatch.pack(pc, sp - 1);
            }
            case Op.REF_AS_NON_NULL -> {
                if (r[sp - 1] == null) {
                    throw new Trap(TrapCode.NULL_REFERENCE);
                }
                return Dispatch.pack(pc, sp);
            }
            default -> throw new Trap(TrapCode.INTERNAL_ERROR, "not a reference opcode: " + op);
        }
    }

    /** {@code br_on_null}, {@code br_on_non_null}, {@code br_on_cast(_fail)}; {@code ob} is the operand base. */
    static long branch(int op, int[] code, int pc, long[] s, long[] h, Object[] r, int sp, int ob, Instance inst) {
        boolean taken;
        int next = pc + 3;
        switch (op) {
            case Op.BR_ON_NULL -> {
                taken = r[sp - 1] == null;
                if (taken) {
                    sp--;
                }
            }
            case Op.BR_ON_NON_NULL -> {
                taken = r[sp - 1] != null;
                if (!taken) {
                    sp--;
                }
            }
            default -> {
                taken = test(r[sp - 1], code[pc + 3], code[pc + 4] != 0, inst) == (op == Op.BR_ON_CAST);
                next = pc + 5;
            }
        }
        if (!taken) {
            return Dispatch.pack(next, sp);
        }
        return Dispatch.pack(code[pc], Frames.unwind(s, h, r, sp, ob + code[pc + 1], code[pc + 2]));
    }

    /** Returns whether {@code v} is a value of reference type {@code (ref null? ht)}. */
    static boolean test(Object v, int ht, boolean nullable, Instance inst) {
        if (v == null) {
            return nullable;
        }
        if (ht >= 0) {
            DefinedType target = inst.types[ht];
            DefinedType actual;
            if (v instanceof GcRef g) {
                actual = g.definedType();
            } else if (v instanceof WasmFunction f) {
                actual = f.type();
            } else {
                return false;
            }
            return actual == target || actual.isSubtypeOf(target);
        }
        return switch (ABS[-1 - ht]) {
            case ANY, EXTERN -> true;
            case EQ -> v instanceof I31Ref || v instanceof GcRef;
            case I31 -> v instanceof I31Ref;
            case STRUCT -> v instanceof GcRef g && g.definedType().isStruct();
            case ARRAY -> v instanceof GcRef g && g.definedType().isArray();
            case FUNC -> v instanceof WasmFunction;
            case EXN -> v instanceof Exn;
            case NONE, NOFUNC, NOEXTERN, NOEXN -> false;
        };
    }
}
