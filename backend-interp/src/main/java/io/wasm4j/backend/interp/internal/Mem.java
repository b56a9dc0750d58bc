package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The memory family: loads, stores, {@code memory.*} and {@code data.drop}. Out-of-bounds accesses
 * surface as the segment's {@link IndexOutOfBoundsException}, which {@link Interpreter#execute} turns
 * into a trap.
 */
final class Mem {
    private Mem() {}

    static final ValueLayout.OfByte I8 = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Returns the effective address of an access: the operand plus the memarg offset. */
    static long ea(long operand, int flags, int offLo, int offHi) {
        long off = (offLo & 0xFFFF_FFFFL) | ((long) offHi << 32);
        if ((flags & 1) == 0) {
            return (operand & 0xFFFF_FFFFL) + off;
        }
        long e = operand + off;
        if ((operand | off | e) < 0) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        return e;
    }

    /** The address of a fast access (memory 0, 32-bit addresses): operand plus unsigned offset. */
    static long fastAddress(long operand, int offset) {
        return (operand & 0xFFFF_FFFFL) + (offset & 0xFFFF_FFFFL);
    }

    /** Returns the segment of the memory named by {@code flags}. */
    static MemorySegment seg(Instance inst, MemorySegment mem0, int flags) {
        return flags >>> 1 == 0 ? mem0 : inst.memories[flags >>> 1].segment();
    }

    static long address(long operand, int flags) {
        return (flags & 1) == 0 ? operand & 0xFFFF_FFFFL : operand;
    }

    static int grow(Instance inst, int flags, long[] s, int sp) {
        LinearMemory m = inst.memories[flags >>> 1];
        long delta = address(s[sp - 1], flags);
        long old = delta < 0 ? -1 : m.grow(delta);
        s[sp - 1] = (flags & 1) == 0 ? (int) old : old;
        return sp;
    }

    private static long pack(int pc, int sp) {
        return (long) pc << 32 | (sp & 0xFFFF_FFFFL);
    }

    static long exec(
            int op, int[] code, int pc, long[] s, long[] h, Object[] r, int sp, Instance inst, MemorySegment mem) {
        switch (op) {
            case Op.MEMORY_SIZE -> {
                int flags = code[pc];
                long pages = inst.memories[flags >>> 1].pages();
                s[sp] = (flags & 1) == 0 ? (int) pages : pages;
                return pack(pc + 1, sp + 1);
            }
            case Op.MEMORY_FILL -> {
                int flags = code[pc];
                sp -= 3;
                MemorySegment seg = seg(inst, mem, flags);
                long d = address(s[sp], flags);
                long n = address(s[sp + 2], flags);
                check(seg, d, n);
                seg.asSlice(d, n).fill((byte) s[sp + 1]);
                return pack(pc + 1, sp);
            }
            case Op.MEMORY_COPY -> {
                int df = code[pc];
                int sf = code[pc + 1];
                sp -= 3;
                MemorySegment dst = seg(inst, mem, df);
                MemorySegment src = seg(inst, mem, sf);
                long d = address(s[sp], df);
                long from = address(s[sp + 1], sf);
                long n = (df & sf & 1) == 0 ? s[sp + 2] & 0xFFFF_FFFFL : s[sp + 2];
                check(dst, d, n);
                check(src, from, n);
                MemorySegment.copy(src, from, dst, d, n);
                return pack(pc + 2, sp);
            }
            case Op.MEMORY_INIT -> {
                byte[] data = inst.datas[code[pc]];
                int flags = code[pc + 1];
                sp -= 3;
                MemorySegment seg = seg(inst, mem, flags);
                long d = address(s[sp], flags);
                long from = s[sp + 1] & 0xFFFF_FFFFL;
                long n = s[sp + 2] & 0xFFFF_FFFFL;
                check(seg, d, n);
                if (from + n > data.length) {
                    throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
                }
                MemorySegment.copy(data, (int) from, seg, ValueLayout.JAVA_BYTE, d, (int) n);
                return pack(pc + 2, sp);
            }
            case Op.DATA_DROP -> {
                inst.datas[code[pc]] = Instance.DROPPED_DATA;
                return pack(pc + 1, sp);
            }
            default -> {}
        }
        switch (op) {
            case Fused.LOAD8_S -> s[sp - 1] = mem.get(I8, fastAddress(s[sp - 1], code[pc]));
            case Fused.LOAD16_U -> s[sp - 1] = mem.get(I16, fastAddress(s[sp - 1], code[pc])) & 0xFFFF;
            case Fused.LOAD16_S -> s[sp - 1] = mem.get(I16, fastAddress(s[sp - 1], code[pc]));
            case Fused.LOAD32_U -> s[sp - 1] = mem.get(I32, fastAddress(s[sp - 1], code[pc])) & 0xFFFF_FFFFL;
            case Fused.STORE16 -> {
                sp -= 2;
                mem.set(I16, fastAddress(s[sp], code[pc]), (short) s[sp + 1]);
            }
            default -> {}
        }
        if (op >= Fused.LOAD8_S) {
            return pack(pc + 1, sp);
        }
        // plain loads and stores: flags, offset lo, offset hi
        int flags = code[pc];
        MemorySegment seg = seg(inst, mem, flags);
        int next = pc + 3;
        switch (op) {
            case Op.I32_LOAD -> s[sp - 1] = seg.get(I32, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.I64_LOAD -> s[sp - 1] = seg.get(I64, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.F32_LOAD -> s[sp - 1] = seg.get(I32, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.F64_LOAD -> s[sp - 1] = seg.get(I64, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.I32_LOAD8_S, Op.I64_LOAD8_S ->
                s[sp - 1] = seg.get(I8, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.I32_LOAD8_U, Op.I64_LOAD8_U ->
                s[sp - 1] = seg.get(I8, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2])) & 0xFF;
            case Op.I32_LOAD16_S, Op.I64_LOAD16_S ->
                s[sp - 1] = seg.get(I16, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.I32_LOAD16_U, Op.I64_LOAD16_U ->
                s[sp - 1] = seg.get(I16, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2])) & 0xFFFF;
            case Op.I64_LOAD32_S -> s[sp - 1] = seg.get(I32, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]));
            case Op.I64_LOAD32_U ->
                s[sp - 1] = seg.get(I32, ea(s[sp - 1], flags, code[pc + 1], code[pc + 2])) & 0xFFFF_FFFFL;
            case Op.I32_STORE, Op.F32_STORE, Op.I64_STORE32 -> {
                sp -= 2;
                seg.set(I32, ea(s[sp], flags, code[pc + 1], code[pc + 2]), (int) s[sp + 1]);
            }
            case Op.I64_STORE, Op.F64_STORE -> {
                sp -= 2;
                seg.set(I64, ea(s[sp], flags, code[pc + 1], code[pc + 2]), s[sp + 1]);
            }
            case Op.I32_STORE8, Op.I64_STORE8 -> {
                sp -= 2;
                seg.set(I8, ea(s[sp], flags, code[pc + 1], code[pc + 2]), (byte) s[sp + 1]);
            }
            case Op.I32_STORE16, Op.I64_STORE16 -> {
                sp -= 2;
                seg.set(I16, ea(s[sp], flags, code[pc + 1], code[pc + 2]), (short) s[sp + 1]);
            }
            default -> throw new IllegalStateException("not a memory opcode: " + op);
        }
        return pack(next, sp);
    }

    /** Checks that {@code [start, start + n)} lies within {@code seg} (unsigned). */
    static void check(MemorySegment seg, long start, long n) {
        long size = seg.byteSize();
        if (start < 0 || n < 0 || start > size || n > size - start) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
    }
}
