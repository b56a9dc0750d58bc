package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.V128;
import io.wasm4j.spi.WasmGlobal;

/** Reference and {@code v128} global accesses (numeric ones are inline in {@link Interpreter#execute}). */
final class Globals {
    private Globals() {}

    static long exec(int op, int[] code, int pc, long[] s, long[] h, Object[] r, int sp, Instance inst) {
        WasmGlobal g = inst.globals[code[pc]];
        switch (op) {
            case Op.GLOBAL_GET_REF -> r[sp++] = g.getRef();
            case Op.GLOBAL_SET_REF -> g.setRef(r[--sp]);
            case Op.GLOBAL_GET_V -> {
                V128 v = g.getV128();
                s[sp] = v.lo();
                h[sp++] = v.hi();
            }
            case Op.GLOBAL_SET_V -> {
                sp--;
                g.setV128(new V128(s[sp], h[sp]));
            }
            default -> throw new IllegalStateException("not a global opcode: " + op);
        }
        return Dispatch.pack(pc + 1, sp);
    }
}
