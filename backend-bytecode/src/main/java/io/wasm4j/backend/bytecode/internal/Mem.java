package io.wasm4j.backend.bytecode.internal;

import java.lang.foreign.MemorySegment;

/**
 * Loads and stores of 32-bit memories, one small static method per instruction that generated code calls
 * with {@code invokestatic}: {@code (address, [value,] segment, offset)}, in the order the operands already
 * are on the JVM stack, so an access costs the caller about 8 bytes of bytecode instead of 25 and needs no
 * scratch locals. Each method is far below the JIT's always-inline size, so C2 inlines it into the caller
 * (see docs/adr/0025). The effective address is {@code u32(address) + u32(offset)}; an access beyond the
 * segment throws {@link IndexOutOfBoundsException}, which the function boundary turns into the trap.
 */
public final class Mem {
    private Mem() {}

    private static long ea(int address, int offset) {
        return (address & 0xFFFF_FFFFL) + (offset & 0xFFFF_FFFFL);
    }

    public static int i32Load(int a, MemorySegment s, int off) {
        return s.get(Layouts.I32, ea(a, off));
    }

    public static long i64Load(int a, MemorySegment s, int off) {
        return s.get(Layouts.I64, ea(a, off));
    }

    public static float f32Load(int a, MemorySegment s, int off) {
        return s.get(Layouts.F32, ea(a, off));
    }

    public static double f64Load(int a, MemorySegment s, int off) {
        return s.get(Layouts.F64, ea(a, off));
    }

    public static int i32Load8S(int a, MemorySegment s, int off) {
        return s.get(Layouts.I8, ea(a, off));
    }

    public static int i32Load8U(int a, MemorySegment s, int off) {
        return s.get(Layouts.I8, ea(a, off)) & 0xFF;
    }

    public static int i32Load16S(int a, MemorySegment s, int off) {
        return s.get(Layouts.I16, ea(a, off));
    }

    public static int i32Load16U(int a, MemorySegment s, int off) {
        return s.get(Layouts.I16, ea(a, off)) & 0xFFFF;
    }

    public static long i64Load8S(int a, MemorySegment s, int off) {
        return s.get(Layouts.I8, ea(a, off));
    }

    public static long i64Load8U(int a, MemorySegment s, int off) {
        return s.get(Layouts.I8, ea(a, off)) & 0xFFL;
    }

    public static long i64Load16S(int a, MemorySegment s, int off) {
        return s.get(Layouts.I16, ea(a, off));
    }

    public static long i64Load16U(int a, MemorySegment s, int off) {
        return s.get(Layouts.I16, ea(a, off)) & 0xFFFFL;
    }

    public static long i64Load32S(int a, MemorySegment s, int off) {
        return s.get(Layouts.I32, ea(a, off));
    }

    public static long i64Load32U(int a, MemorySegment s, int off) {
        return s.get(Layouts.I32, ea(a, off)) & 0xFFFF_FFFFL;
    }

    public static void i32Store(int a, int v, MemorySegment s, int off) {
        s.set(Layouts.I32, ea(a, off), v);
    }

    public static void i64Store(int a, long v, MemorySegment s, int off) {
        s.set(Layouts.I64, ea(a, off), v);
    }

    public static void f32Store(int a, float v, MemorySegment s, int off) {
        s.set(Layouts.F32, ea(a, off), v);
    }

    public static void f64Store(int a, double v, MemorySegment s, int off) {
        s.set(Layouts.F64, ea(a, off), v);
    }

    public static void i32Store8(int a, int v, MemorySegment s, int off) {
        s.set(Layouts.I8, ea(a, off), (byte) v);
    }

    public static void i32Store16(int a, int v, MemorySegment s, int off) {
        s.set(Layouts.I16, ea(a, off), (short) v);
    }

    public static void i64Store8(int a, long v, MemorySegment s, int off) {
        s.set(Layouts.I8, ea(a, off), (byte) v);
    }

    public static void i64Store16(int a, long v, MemorySegment s, int off) {
        s.set(Layouts.I16, ea(a, off), (short) v);
    }

    public static void i64Store32(int a, long v, MemorySegment s, int off) {
        s.set(Layouts.I32, ea(a, off), (int) v);
    }
}
