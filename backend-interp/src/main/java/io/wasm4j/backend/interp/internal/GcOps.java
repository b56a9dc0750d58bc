package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.StorageType;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/** The GC family: structs, arrays, i31 and casts. GC objects are plain JVM objects ({@link WasmStruct}, {@link WasmArray}). */
final class GcOps {
    private GcOps() {}

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    static long exec(int op, int[] code, int pc, long[] s, long[] h, Object[] r, int sp, Instance inst) {
        switch (op) {
            case Op.STRUCT_NEW, Op.STRUCT_NEW_DEFAULT -> {
                int t = code[pc];
                GcLayout layout = inst.module.layouts[t];
                WasmStruct o = new WasmStruct(inst.types[t], layout);
                if (op == Op.STRUCT_NEW) {
                    int n = layout.kinds().length;
                    sp -= n;
                    for (int f = 0; f < n; f++) {
                        store(layout.kinds()[f], o.p, o.r, layout.slots()[f], s, h, r, sp + f);
                    }
                }
                r[sp] = o;
                return Dispatch.pack(pc + 1, sp + 1);
            }
            case Op.STRUCT_GET, Op.STRUCT_GET_S, Op.STRUCT_GET_U -> {
                WasmStruct o = struct(r[sp - 1]);
                int kind = code[pc];
                int slot = code[pc + 1];
                load(kind, o.p, o.r, slot, s, h, r, sp - 1, op == Op.STRUCT_GET_S);
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.STRUCT_SET -> {
                sp -= 2;
                WasmStruct o = struct(r[sp]);
                store((byte) code[pc], o.p, o.r, code[pc + 1], s, h, r, sp + 1);
                return Dispatch.pack(pc + 2, sp);
            }
            case Op.REF_I31 -> {
                r[sp - 1] = I31Ref.wrap((int) s[sp - 1]);
                return Dispatch.pack(pc, sp);
            }
            case Op.I31_GET_S, Op.I31_GET_U -> {
                if (!(r[sp - 1] instanceof I31Ref i)) {
                    throw new Trap(TrapCode.NULL_I31_REFERENCE);
                }
                s[sp - 1] = op == Op.I31_GET_S ? i.value() : i.unsigned();
                return Dispatch.pack(pc, sp);
            }
            case Op.ANY_CONVERT_EXTERN, Op.EXTERN_CONVERT_ANY -> {
                return Dispatch.pack(pc, sp);
            }
            case Op.REF_TEST, Op.REF_TEST_NULL -> {
                s[sp - 1] = RefOps.test(r[sp - 1], code[pc], op == Op.REF_TEST_NULL, inst) ? 1 : 0;
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.REF_CAST, Op.REF_CAST_NULL -> {
                if (!RefOps.test(r[sp - 1], code[pc], op == Op.REF_CAST_NULL, inst)) {
                    throw new Trap(TrapCode.CAST_FAILURE);
                }
                return Dispatch.pack(pc + 1, sp);
            }
            default -> {
                return ArrayOps.exec(op, code, pc, s, h, r, sp, inst);
            }
        }
    }

    static WasmStruct struct(Object o) {
        if (o == null) {
            throw new Trap(TrapCode.NULL_STRUCTURE_REFERENCE);
        }
        return (WasmStruct) o;
    }

    /** Stores the stack value at {@code i} into a field or element of kind {@code kind}. */
    static void store(byte kind, long[] p, Object[] refs, int slot, long[] s, long[] h, Object[] r, int i) {
        switch (kind) {
            case GcLayout.K_NUM -> p[slot] = s[i];
            case GcLayout.K_I8 -> p[slot] = s[i] & 0xFF;
            case GcLayout.K_I16 -> p[slot] = s[i] & 0xFFFF;
            case GcLayout.K_V128 -> {
                p[slot] = s[i];
                p[slot + 1] = h[i];
            }
            default -> refs[slot] = r[i];
        }
    }

    /** Loads a field or element of kind {@code kind} into stack slot {@code i}. */
    static void load(
            int kind, long[] p, Object[] refs, int slot, long[] s, long[] h, Object[] r, int i, boolean signed) {
        switch (kind) {
            case GcLayout.K_NUM -> s[i] = p[slot];
            case GcLayout.K_I8 -> s[i] = signed ? (byte) p[slot] : p[slot];
            case GcLayout.K_I16 -> s[i] = signed ? (short) p[slot] : p[slot];
            case GcLayout.K_V128 -> {
                s[i] = p[slot];
                h[i] = p[slot + 1];
            }
            default -> r[i] = refs[slot];
        }
    }

    static WasmArray newArray(Instance inst, int t, long n) {
        if (n < 0 || n > MAX_ARRAY) {
            throw new Trap(TrapCode.INTERNAL_ERROR, "array of " + n + " elements is too large");
        }
        return new WasmArray(inst.types[t], inst.module.layouts[t].kinds()[0], (int) n);
    }

    /** Reads {@code n} elements of storage type {@code st} from {@code data} at {@code from} into {@code a}. */
    static void fromData(WasmArray a, int at, StorageType st, byte[] data, long from, long n) {
        int w = GcLayout.byteWidth(st);
        if (from < 0 || from + n * w > data.length) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        MemorySegment seg = MemorySegment.ofArray(data);
        for (int k = 0; k < n; k++) {
            long off = from + (long) k * w;
            switch (w) {
                case 1 -> a.p[at + k] = data[(int) off] & 0xFF;
                case 2 -> a.p[at + k] = seg.get(Mem.I16, off) & 0xFFFF;
                case 4 -> a.p[at + k] = seg.get(Mem.I32, off);
                case 8 -> a.p[at + k] = seg.get(Mem.I64, off);
                default -> {
                    a.p[2 * (at + k)] = seg.get(Mem.I64, off);
                    a.p[2 * (at + k) + 1] = seg.get(Mem.I64, off + 8);
                }
            }
        }
    }

    static void fill(WasmArray a, int from, int n, long[] s, long[] h, Object[] r, int i) {
        switch (a.kind) {
            case GcLayout.K_REF -> Arrays.fill(a.r, from, from + n, r[i]);
            case GcLayout.K_V128 -> {
                for (int k = from; k < from + n; k++) {
                    a.p[2 * k] = s[i];
                    a.p[2 * k + 1] = h[i];
                }
            }
            case GcLayout.K_I8 -> Arrays.fill(a.p, from, from + n, s[i] & 0xFF);
            case GcLayout.K_I16 -> Arrays.fill(a.p, from, from + n, s[i] & 0xFFFF);
            default -> Arrays.fill(a.p, from, from + n, s[i]);
        }
    }
}
