package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;

/**
 * The threads proposal's atomic instructions on an unshared memory, where no other thread can observe
 * the memory: plain accesses with the alignment check, read-modify-write in program order. {@code
 * memory.atomic.wait} on an unshared memory traps as the spec says; on a shared one it returns
 * "not-equal" (1) or "timed-out" (2) at once, since no other thread can notify (real waiting belongs to
 * the threads plugin); {@code notify} wakes nobody.
 */
final class Atomics {
    private Atomics() {}

    static long exec(int op, int[] code, int pc, long[] s, int sp, Instance inst, MemorySegment mem) {
        int flags = code[pc];
        MemorySegment seg = Mem.seg(inst, mem, flags);
        int next = pc + 3;
        if (op == Op.MEMORY_ATOMIC_NOTIFY) {
            sp--;
            long a = aligned(s[sp - 1], flags, code, pc, 4);
            seg.get(Mem.I32, a);
            s[sp - 1] = 0;
            return Dispatch.pack(next, sp);
        }
        if (op == Op.MEMORY_ATOMIC_WAIT32 || op == Op.MEMORY_ATOMIC_WAIT64) {
            sp -= 2;
            boolean wait32 = op == Op.MEMORY_ATOMIC_WAIT32;
            long a = aligned(s[sp - 1], flags, code, pc, wait32 ? 4 : 8);
            long current = wait32 ? seg.get(Mem.I32, a) : seg.get(Mem.I64, a);
            if (!inst.memories[flags >>> 1].type().shared()) {
                throw new Trap(TrapCode.EXPECTED_SHARED_MEMORY);
            }
            long expected = wait32 ? (int) s[sp] : s[sp];
            // no other thread runs this store's code here: a matching value can only time out
            s[sp - 1] = current != expected ? 1 : 2;
            return Dispatch.pack(next, sp);
        }
        // loads 0x10..0x16, stores 0x17..0x1d, rmw 0x1e..0x4e (7 widths x 7 ops), cmpxchg 0x48..0x4e
        int sub = op - Op.I32_ATOMIC_LOAD;
        if (sub < 7) {
            int w = WIDTH[sub];
            long a = aligned(s[sp - 1], flags, code, pc, w);
            s[sp - 1] = read(seg, a, w, sub == 0);
            return Dispatch.pack(next, sp);
        }
        if (sub < 14) {
            int w = WIDTH[sub - 7];
            sp -= 2;
            long a = aligned(s[sp], flags, code, pc, w);
            write(seg, a, w, s[sp + 1]);
            return Dispatch.pack(next, sp);
        }
        int rmw = (sub - 14) / 7;
        int w = WIDTH[(sub - 14) % 7];
        boolean i32 = (sub - 14) % 7 == 0;
        if (rmw == 6) { // cmpxchg
            sp -= 2;
            long a = aligned(s[sp - 1], flags, code, pc, w);
            long old = read(seg, a, w, i32);
            long expected = s[sp] & mask(w);
            if ((old & mask(w)) == expected) {
                write(seg, a, w, s[sp + 1]);
            }
            s[sp - 1] = old;
            return Dispatch.pack(next, sp);
        }
        sp--;
        long a = aligned(s[sp - 1], flags, code, pc, w);
        long old = read(seg, a, w, i32);
        long v = s[sp];
        long nv = switch (rmw) {
            case 0 -> old + v;
            case 1 -> old - v;
            case 2 -> old & v;
            case 3 -> old | v;
            case 4 -> old ^ v;
            default -> v;
        };
        write(seg, a, w, nv);
        s[sp - 1] = old;
        return Dispatch.pack(next, sp);
    }

    /** Access width of the seven variants: i32, i64, i32 8, i32 16, i64 8, i64 16, i64 32. */
    private static final int[] WIDTH = {4, 8, 1, 2, 1, 2, 4};

    private static long mask(int w) {
        return w == 8 ? -1L : (1L << (8 * w)) - 1;
    }

    private static long aligned(long operand, int flags, int[] code, int pc, int w) {
        long a = Mem.ea(operand, flags, code[pc + 1], code[pc + 2]);
        if ((a & (w - 1)) != 0) {
            throw new Trap(TrapCode.UNALIGNED_ATOMIC);
        }
        return a;
    }

    private static long read(MemorySegment seg, long a, int w, boolean signExtend32) {
        return switch (w) {
            case 1 -> seg.get(Mem.I8, a) & 0xFFL;
            case 2 -> seg.get(Mem.I16, a) & 0xFFFFL;
            case 4 -> signExtend32 ? seg.get(Mem.I32, a) : seg.get(Mem.I32, a) & 0xFFFF_FFFFL;
            default -> seg.get(Mem.I64, a);
        };
    }

    private static void write(MemorySegment seg, long a, int w, long v) {
        switch (w) {
            case 1 -> seg.set(Mem.I8, a, (byte) v);
            case 2 -> seg.set(Mem.I16, a, (short) v);
            case 4 -> seg.set(Mem.I32, a, (int) v);
            default -> seg.set(Mem.I64, a, v);
        }
    }
}
