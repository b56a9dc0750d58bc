package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;

/** The array instructions of the GC family. Lengths and indices are unsigned {@code i32}. */
final class ArrayOps {
    private ArrayOps() {}

    private static final long U32 = 0xFFFF_FFFFL;

    static WasmArray array(Object o) {
        if (o == null) {
            throw new Trap(TrapCode.NULL_ARRAY_REFERENCE);
        }
        return (WasmArray) o;
    }

    private static void check(WasmArray a, long from, long n) {
        if (from + n > a.length) {
            throw new Trap(TrapCode.ARRAY_OUT_OF_BOUNDS);
        }
    }

    static long exec(int op, int[] code, int pc, long[] s, long[] h, Object[] r, int sp, Instance inst) {
        switch (op) {
            case Op.ARRAY_NEW -> {
                sp--;
                WasmArray a = GcOps.newArray(inst, code[pc], s[sp] & U32);
                GcOps.fill(a, 0, a.length, s, h, r, sp - 1);
                r[sp - 1] = a;
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.ARRAY_NEW_DEFAULT -> {
                r[sp - 1] = GcOps.newArray(inst, code[pc], s[sp - 1] & U32);
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.ARRAY_NEW_FIXED -> {
                int n = code[pc + 1];
                WasmArray a = GcOps.newArray(inst, code[pc], n);
                sp -= n;
                for (int k = 0; k < n; k++) {
                    int slot = a.kind == GcLayout.K_V128 ? 2 * k : k;
                    GcOps.store(a.kind, a.p, a.r, slot, s, h, r, sp + k);
                }
                r[sp] = a;
                return Dispatch.pack(pc + 2, sp + 1);
            }
            case Op.ARRAY_NEW_DATA -> {
                int t = code[pc];
                byte[] data = inst.datas[code[pc + 1]];
                sp--;
                long n = s[sp] & U32;
                long from = s[sp - 1] & U32;
                var st = GcLayout.elementStorage(inst.module.wasm, t);
                if (from + n * GcLayout.byteWidth(st) > data.length) {
                    throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
                }
                WasmArray a = GcOps.newArray(inst, t, n);
                GcOps.fromData(a, 0, st, data, from, n);
                r[sp - 1] = a;
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.ARRAY_NEW_ELEM -> {
                Object[] seg = inst.elems[code[pc + 1]];
                sp--;
                long n = s[sp] & U32;
                long from = s[sp - 1] & U32;
                if (from + n > seg.length) {
                    throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
                }
                WasmArray a = GcOps.newArray(inst, code[pc], n);
                System.arraycopy(seg, (int) from, a.r, 0, (int) n);
                r[sp - 1] = a;
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.ARRAY_GET, Op.ARRAY_GET_S, Op.ARRAY_GET_U -> {
                sp--;
                WasmArray a = array(r[sp - 1]);
                long i = s[sp] & U32;
                check(a, i, 1);
                int slot = a.kind == GcLayout.K_V128 ? 2 * (int) i : (int) i;
                GcOps.load(a.kind, a.p, a.r, slot, s, h, r, sp - 1, op == Op.ARRAY_GET_S);
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.ARRAY_SET -> {
                sp -= 3;
                WasmArray a = array(r[sp]);
                long i = s[sp + 1] & U32;
                check(a, i, 1);
                int slot = a.kind == GcLayout.K_V128 ? 2 * (int) i : (int) i;
                GcOps.store(a.kind, a.p, a.r, slot, s, h, r, sp + 2);
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.ARRAY_LEN -> {
                s[sp - 1] = array(r[sp - 1]).length;
                return Dispatch.pack(pc, sp);
            }
            case Op.ARRAY_FILL -> {
                sp -= 4;
                WasmArray a = array(r[sp]);
                long from = s[sp + 1] & U32;
                long n = s[sp + 3] & U32;
                check(a, from, n);
                GcOps.fill(a, (int) from, (int) n, s, h, r, sp + 2);
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.ARRAY_COPY -> {
                sp -= 5;
                WasmArray d = array(r[sp]);
                WasmArray src = array(r[sp + 2]);
                long di = s[sp + 1] & U32;
                long si = s[sp + 3] & U32;
                long n = s[sp + 4] & U32;
                check(d, di, n);
                check(src, si, n);
                if (d.kind == GcLayout.K_REF) {
                    System.arraycopy(src.r, (int) si, d.r, (int) di, (int) n);
                } else if (d.kind == GcLayout.K_V128) {
                    System.arraycopy(src.p, 2 * (int) si, d.p, 2 * (int) di, 2 * (int) n);
                } else {
                    System.arraycopy(src.p, (int) si, d.p, (int) di, (int) n);
                }
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.ARRAY_INIT_DATA -> {
                int t = code[pc];
                byte[] data = inst.datas[code[pc + 1]];
                sp -= 4;
                WasmArray a = array(r[sp]);
                long d = s[sp + 1] & U32;
                long from = s[sp + 2] & U32;
                long n = s[sp + 3] & U32;
                check(a, d, n);
                GcOps.fromData(a, (int) d, GcLayout.elementStorage(inst.module.wasm, t), data, from, n);
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.ARRAY_INIT_ELEM -> {
                Object[] seg = inst.elems[code[pc + 1]];
                sp -= 4;
                WasmArray a = array(r[sp]);
                long d = s[sp + 1] & U32;
                long from = s[sp + 2] & U32;
                long n = s[sp + 3] & U32;
                check(a, d, n);
                if (from + n > seg.length) {
                    throw new Trap(TrapCode.TABLE_OUT_OF_BOUNDS);
                }
                System.arraycopy(seg, (int) from, a.r, (int) d, (int) n);
                return Dispatch.pack(pc + 2, sp);
            }
            default -> throw new Trap(TrapCode.INTERNAL_ERROR, "not a GC opcode: " + op);
        }
    }
}
