package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.ValType;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmTag;
import java.util.List;

/** Exception handling: throwing, and finding and entering handlers from a function's handler table. */
final class Exceptions {
    private Exceptions() {}

    /** {@code throw tag}: pops the payload and returns the exception to throw. */
    static ThrownException newThrow(Instance inst, int tagIndex, long[] s, long[] h, Object[] r, int sp) {
        WasmTag tag = inst.tags[tagIndex];
        List<ValType> params = tag.type().funcType().params();
        Object[] payload = Values.boxAll(params, s, h, r, sp - params.size());
        return new ThrownException(new Exn(tag, payload));
    }

    /** {@code throw_ref}. */
    static ThrownException throwRef(Object ref) {
        if (ref == null) {
            throw new Trap(TrapCode.NULL_EXCEPTION_REFERENCE);
        }
        return new ThrownException((Exn) ref);
    }

    /**
     * Returns the index in {@code fc.handlers} of the handler that catches {@code exn} thrown at code
     * position {@code pc}, or -1 when the exception leaves the function.
     */
    static int findHandler(FuncCode fc, Instance inst, int pc, Exn exn) {
        int[] hs = fc.handlers;
        int skipInside = -1;
        for (int i = 0; i < hs.length; i += FuncCode.HANDLER_STRIDE) {
            if (pc < hs[i + FuncCode.H_START] || pc >= hs[i + FuncCode.H_END]) {
                continue;
            }
            if (skipInside >= 0 && fc.nestedIn(hs[i + FuncCode.H_OWNER], skipInside)) {
                continue;
            }
            switch (hs[i + FuncCode.H_KIND]) {
                case FuncCode.K_CATCH, FuncCode.K_CATCH_REF, FuncCode.K_LEGACY_CATCH -> {
                    if (inst.tags[hs[i + FuncCode.H_TAG]] == exn.tag()) {
                        return i;
                    }
                }
                case FuncCode.K_DELEGATE -> {
                    int target = hs[i + FuncCode.H_AUX];
                    if (target < 0) {
                        return -1;
                    }
                    skipInside = target;
                }
                default -> {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Pushes what handler {@code hi} receives and returns the new stack pointer. */
    static int enterHandler(FuncCode fc, int hi, Exn exn, long[] s, long[] h, Object[] r, int fp, int ob) {
        int[] hs = fc.handlers;
        int kind = hs[hi + FuncCode.H_KIND];
        int sp = ob + hs[hi + FuncCode.H_HEIGHT];
        if (kind == FuncCode.K_LEGACY_CATCH || kind == FuncCode.K_LEGACY_CATCH_ALL) {
            r[fp + hs[hi + FuncCode.H_AUX]] = exn;
        }
        if (kind == FuncCode.K_CATCH || kind == FuncCode.K_CATCH_REF || kind == FuncCode.K_LEGACY_CATCH) {
            List<ValType> params = exn.tag().type().funcType().params();
            Values.unboxAll(params, exn.payload(), s, h, r, sp);
            sp += params.size();
        }
        if (kind == FuncCode.K_CATCH_REF || kind == FuncCode.K_CATCH_ALL_REF) {
            r[sp++] = exn;
        }
        return sp;
    }
}
