package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmTable;

/** The table family: {@code table.*} and {@code elem.drop}. Operands carry {@code tableidx << 1 | is64}. */
final class TableOps {
    private TableOps() {}

    private static long index(long v, int flags) {
        return (flags & 1) == 0 ? v & 0xFFFF_FFFFL : v;
    }

    private static WasmTable table(Instance inst, int flags) {
        return inst.tables[flags >>> 1];
    }

    static long exec(int op, int[] code, int pc, long[] s, Object[] r, int sp, Instance inst) {
        switch (op) {
            case Op.TABLE_GET -> {
                int f = code[pc];
                r[sp - 1] = table(inst, f).get(index(s[sp - 1], f));
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.TABLE_SET -> {
                int f = code[pc];
                sp -= 2;
                table(inst, f).set(index(s[sp], f), r[sp + 1]);
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.TABLE_SIZE -> {
                int f = code[pc];
                s[sp] = table(inst, f).size();
                return Dispatch.pack(pc + 1, sp + 1);
            }
            case Op.TABLE_GROW -> {
                int f = code[pc];
                sp--;
                long delta = index(s[sp], f);
                long old = table(inst, f).grow(delta, r[sp - 1]);
                s[sp - 1] = (f & 1) == 0 ? (int) old : old;
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.TABLE_FILL -> {
                int f = code[pc];
                sp -= 3;
                table(inst, f).fill(index(s[sp], f), r[sp + 1], index(s[sp + 2], f));
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.TABLE_COPY -> {
                int df = code[pc];
                int sf = code[pc + 1];
                sp -= 3;
                long n = (df & sf & 1) == 0 ? s[sp + 2] & 0xFFFF_FFFFL : s[sp + 2];
                WasmTable.copy(table(inst, df), index(s[sp], df), table(inst, sf), index(s[sp + 1], sf), n);
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.TABLE_INIT -> {
                Object[] seg = inst.elems[code[pc]];
                int f = code[pc + 1];
                sp -= 3;
                table(inst, f).init(index(s[sp], f), seg, s[sp + 1] & 0xFFFF_FFFFL, s[sp + 2] & 0xFFFF_FFFFL);
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.ELEM_DROP -> {
                inst.elems[code[pc]] = Instance.DROPPED_ELEM;
                return Dispatch.pack(pc + 1, sp);
            }
            default -> throw new Trap(TrapCode.INTERNAL_ERROR, "not a table opcode: " + op);
        }
    }
}
