package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.code.Opcode;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;

/**
 * The threads proposal's atomic instructions, for memories no other thread can observe: plain accesses
 * with the alignment check and read-modify-write in program order. {@code memory.atomic.wait} traps on an
 * unshared memory and, with no other thread to wake it, returns "not-equal" or "timed-out" on a shared
 * one; {@code notify} wakes nobody.
 */
public final class AtomicOps {
    private AtomicOps() {}

    public static long exec(MemorySegment seg, long addr, long a, long b, boolean shared, Opcode op) {
        int w = 1 << op.naturalAlignment();
        if ((addr & (w - 1)) != 0) {
            seg.get(Layouts.I8, addr); // out of bounds wins over unaligned
            throw new Trap(TrapCode.UNALIGNED_ATOMIC);
        }
        String m = op.mnemonic();
        boolean i32 = m.startsWith("i32");
        switch (op) {
            case MEMORY_ATOMIC_NOTIFY -> {
                seg.get(Layouts.I32, addr);
                return 0;
            }
            case MEMORY_ATOMIC_WAIT32, MEMORY_ATOMIC_WAIT64 -> {
                long current = read(seg, addr, w, false);
                if (!shared) {
                    throw new Trap(TrapCode.EXPECTED_SHARED_MEMORY);
                }
                long expected = w == 4 ? a & 0xFFFF_FFFFL : a;
                return current != expected ? 1 : 2;
            }
            default -> {}
        }
        if (m.contains(".load")) {
            return read(seg, addr, w, i32);
        }
        if (m.contains(".store")) {
            write(seg, addr, w, a);
            return 0;
        }
        long old = read(seg, addr, w, i32);
        long mask = w == 8 ? -1L : (1L << (8 * w)) - 1;
        String rmw = m.substring(m.lastIndexOf('.') + 1);
        if (rmw.startsWith("cmpxchg")) {
            if ((old & mask) == (a & mask)) {
                write(seg, addr, w, b);
            }
            return old;
        }
        long nv;
        if (rmw.startsWith("add")) {
            nv = old + a;
        } else if (rmw.startsWith("sub")) {
            nv = old - a;
        } else if (rmw.startsWith("and")) {
            nv = old & a;
        } else if (rmw.startsWith("or")) {
            nv = old | a;
        } else if (rmw.startsWith("xor")) {
            nv = old ^ a;
        } else {
            nv = a;
        }
        write(seg, addr, w, nv);
        return old;
    }

    private static long read(MemorySegment seg, long a, int w, boolean signExtend32) {
        return switch (w) {
            case 1 -> seg.get(Layouts.I8, a) & 0xFFL;
            case 2 -> seg.get(Layouts.I16, a) & 0xFFFFL;
            case 4 -> signExtend32 ? seg.get(Layouts.I32, a) : seg.get(Layouts.I32, a) & 0xFFFF_FFFFL;
            default -> seg.get(Layouts.I64, a);
        };
    }

    private static void write(MemorySegment seg, long a, int w, long v) {
        switch (w) {
            case 1 -> seg.set(Layouts.I8, a, (byte) v);
            case 2 -> seg.set(Layouts.I16, a, (short) v);
            case 4 -> seg.set(Layouts.I32, a, (int) v);
            default -> seg.set(Layouts.I64, a, v);
        }
    }
}
