package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;

/**
 * The SIMD family, part one: memory accesses, constants, shuffles, splats, lane access and bitwise
 * operations; integer lanes are in {@link SimdInt}, float lanes and conversions in {@link SimdFloat}. A
 * {@code v128} occupies one slot: its low half in {@code s}, its high half in {@code h}.
 */
final class Simd {
    private Simd() {}

    /** Returns lane {@code k} of {@code bits}-bit lanes, zero-extended. */
    static long lane(long lo, long hi, int bits, int k) {
        if (bits == 64) {
            return k == 0 ? lo : hi;
        }
        int per = 64 / bits;
        long w = k < per ? lo : hi;
        return (w >>> ((k % per) * bits)) & ((1L << bits) - 1);
    }

    /** Returns lane {@code k} sign-extended. */
    static long slane(long lo, long hi, int bits, int k) {
        long v = lane(lo, hi, bits, k);
        return bits == 64 ? v : (v << (64 - bits)) >> (64 - bits);
    }

    /** Returns {@code word} with lane {@code k} (within this half) set to {@code v}. */
    static long with(long word, int bits, int k, long v) {
        if (bits == 64) {
            return v;
        }
        int sh = (k % (64 / bits)) * bits;
        long mask = ((1L << bits) - 1) << sh;
        return (word & ~mask) | ((v << sh) & mask);
    }

    static long exec(int op, int[] code, int pc, long[] s, long[] h, int sp, Instance inst, MemorySegment mem) {
        if (op >= Op.V128_LOAD && op <= Op.V128_STORE) {
            return memory(op, code, pc, s, h, sp, inst, mem);
        }
        if (op >= Op.V128_LOAD8_LANE && op <= Op.V128_LOAD64_ZERO) {
            return laneMemory(op, code, pc, s, h, sp, inst, mem);
        }
        switch (op) {
            case Op.V128_CONST -> {
                s[sp] = (code[pc] & 0xFFFF_FFFFL) | ((long) code[pc + 1] << 32);
                h[sp] = (code[pc + 2] & 0xFFFF_FFFFL) | ((long) code[pc + 3] << 32);
                return Dispatch.pack(pc + 4, sp + 1);
            }
            case Op.I8X16_SHUFFLE -> {
                sp--;
                long alo = s[sp - 1], ahi = h[sp - 1], blo = s[sp], bhi = h[sp];
                long ilo = (code[pc] & 0xFFFF_FFFFL) | ((long) code[pc + 1] << 32);
                long ihi = (code[pc + 2] & 0xFFFF_FFFFL) | ((long) code[pc + 3] << 32);
                long rlo = 0, rhi = 0;
                for (int k = 0; k < 16; k++) {
                    int idx = (int) lane(ilo, ihi, 8, k) & 31;
                    long v = idx < 16 ? lane(alo, ahi, 8, idx) : lane(blo, bhi, 8, idx - 16);
                    if (k < 8) {
                        rlo = with(rlo, 8, k, v);
                    } else {
                        rhi = with(rhi, 8, k, v);
                    }
                }
                s[sp - 1] = rlo;
                h[sp - 1] = rhi;
                return Dispatch.pack(pc + 4, sp);
            }
            case Op.I8X16_SWIZZLE, Op.I8X16_RELAXED_SWIZZLE -> {
                sp--;
                long alo = s[sp - 1], ahi = h[sp - 1], blo = s[sp], bhi = h[sp];
                long rlo = 0, rhi = 0;
                for (int k = 0; k < 16; k++) {
                    int idx = (int) lane(blo, bhi, 8, k);
                    long v = idx < 16 ? lane(alo, ahi, 8, idx) : 0;
                    if (k < 8) {
                        rlo = with(rlo, 8, k, v);
                    } else {
                        rhi = with(rhi, 8, k, v);
                    }
                }
                s[sp - 1] = rlo;
                h[sp - 1] = rhi;
                return Dispatch.pack(pc, sp);
            }
            case Op.I8X16_SPLAT, Op.I16X8_SPLAT, Op.I32X4_SPLAT, Op.I64X2_SPLAT, Op.F32X4_SPLAT, Op.F64X2_SPLAT -> {
                int bits = op == Op.I8X16_SPLAT
                        ? 8
                        : op == Op.I16X8_SPLAT ? 16 : op == Op.I64X2_SPLAT || op == Op.F64X2_SPLAT ? 64 : 32;
                long w = splat(s[sp - 1], bits);
                s[sp - 1] = w;
                h[sp - 1] = w;
                return Dispatch.pack(pc, sp);
            }
            case Op.I8X16_EXTRACT_LANE_S,
                    Op.I8X16_EXTRACT_LANE_U,
                    Op.I16X8_EXTRACT_LANE_S,
                    Op.I16X8_EXTRACT_LANE_U,
                    Op.I32X4_EXTRACT_LANE,
                    Op.I64X2_EXTRACT_LANE,
                    Op.F32X4_EXTRACT_LANE,
                    Op.F64X2_EXTRACT_LANE -> {
                int bits = laneBits(op);
                boolean signed = op != Op.I8X16_EXTRACT_LANE_U && op != Op.I16X8_EXTRACT_LANE_U;
                int k = code[pc];
                s[sp - 1] = signed ? slane(s[sp - 1], h[sp - 1], bits, k) : lane(s[sp - 1], h[sp - 1], bits, k);
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.I8X16_REPLACE_LANE,
                    Op.I16X8_REPLACE_LANE,
                    Op.I32X4_REPLACE_LANE,
                    Op.I64X2_REPLACE_LANE,
                    Op.F32X4_REPLACE_LANE,
                    Op.F64X2_REPLACE_LANE -> {
                int bits = laneBits(op);
                int k = code[pc];
                sp--;
                if (k < 64 / bits) {
                    s[sp - 1] = with(s[sp - 1], bits, k, s[sp]);
                } else {
                    h[sp - 1] = with(h[sp - 1], bits, k, s[sp]);
                }
                return Dispatch.pack(pc + 1, sp);
            }
            case Op.V128_NOT -> {
                s[sp - 1] = ~s[sp - 1];
                h[sp - 1] = ~h[sp - 1];
                return Dispatch.pack(pc, sp);
            }
            case Op.V128_AND, Op.V128_ANDNOT, Op.V128_OR, Op.V128_XOR -> {
                sp--;
                long blo = s[sp], bhi = h[sp];
                switch (op) {
                    case Op.V128_AND -> {
                        s[sp - 1] &= blo;
                        h[sp - 1] &= bhi;
                    }
                    case Op.V128_ANDNOT -> {
                        s[sp - 1] &= ~blo;
                        h[sp - 1] &= ~bhi;
                    }
                    case Op.V128_OR -> {
                        s[sp - 1] |= blo;
                        h[sp - 1] |= bhi;
                    }
                    default -> {
                        s[sp - 1] ^= blo;
                        h[sp - 1] ^= bhi;
                    }
                }
                return Dispatch.pack(pc, sp);
            }
            case Op.V128_BITSELECT,
                    Op.I8X16_RELAXED_LANESELECT,
                    Op.I16X8_RELAXED_LANESELECT,
                    Op.I32X4_RELAXED_LANESELECT,
                    Op.I64X2_RELAXED_LANESELECT -> {
                sp -= 2;
                long clo = s[sp + 1], chi = h[sp + 1];
                s[sp - 1] = (s[sp - 1] & clo) | (s[sp] & ~clo);
                h[sp - 1] = (h[sp - 1] & chi) | (h[sp] & ~chi);
                return Dispatch.pack(pc, sp);
            }
            case Op.V128_ANY_TRUE -> {
                s[sp - 1] = (s[sp - 1] | h[sp - 1]) != 0 ? 1 : 0;
                return Dispatch.pack(pc, sp);
            }
            default -> {}
        }
        if (SimdFloat.handles(op)) {
            return SimdFloat.exec(op, pc, s, h, sp);
        }
        return SimdInt.exec(op, pc, s, h, sp);
    }

    static long splat(long v, int bits) {
        return switch (bits) {
            case 8 -> (v & 0xFF) * 0x0101_0101_0101_0101L;
            case 16 -> (v & 0xFFFF) * 0x0001_0001_0001_0001L;
            case 32 -> (v & 0xFFFF_FFFFL) * 0x0000_0001_0000_0001L;
            default -> v;
        };
    }

    private static int laneBits(int op) {
        return switch (op) {
            case Op.I8X16_EXTRACT_LANE_S, Op.I8X16_EXTRACT_LANE_U, Op.I8X16_REPLACE_LANE -> 8;
            case Op.I16X8_EXTRACT_LANE_S, Op.I16X8_EXTRACT_LANE_U, Op.I16X8_REPLACE_LANE -> 16;
            case Op.I64X2_EXTRACT_LANE, Op.I64X2_REPLACE_LANE, Op.F64X2_EXTRACT_LANE, Op.F64X2_REPLACE_LANE -> 64;
            default -> 32;
        };
    }

    private static long memory(
            int op, int[] code, int pc, long[] s, long[] h, int sp, Instance inst, MemorySegment mem) {
        int flags = code[pc];
        MemorySegment seg = Mem.seg(inst, mem, flags);
        if (op == Op.V128_STORE) {
            sp -= 2;
            long a = Mem.ea(s[sp], flags, code[pc + 1], code[pc + 2]);
            Mem.check(seg, a, 16);
            seg.set(Mem.I64, a, s[sp + 1]);
            seg.set(Mem.I64, a + 8, h[sp + 1]);
            return Dispatch.pack(pc + 3, sp);
        }
        long a = Mem.ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]);
        long lo;
        long hi;
        switch (op) {
            case Op.V128_LOAD -> {
                Mem.check(seg, a, 16);
                lo = seg.get(Mem.I64, a);
                hi = seg.get(Mem.I64, a + 8);
            }
            case Op.V128_LOAD8_SPLAT -> lo = hi = splat(seg.get(Mem.I8, a), 8);
            case Op.V128_LOAD16_SPLAT -> lo = hi = splat(seg.get(Mem.I16, a), 16);
            case Op.V128_LOAD32_SPLAT -> lo = hi = splat(seg.get(Mem.I32, a), 32);
            case Op.V128_LOAD64_SPLAT -> lo = hi = seg.get(Mem.I64, a);
            default -> {
                // loadNxM_s/u: eight bytes widened
                long w = seg.get(Mem.I64, a);
                int bits = op <= Op.V128_LOAD8X8_U ? 8 : op <= Op.V128_LOAD16X4_U ? 16 : 32;
                boolean signed = op == Op.V128_LOAD8X8_S || op == Op.V128_LOAD16X4_S || op == Op.V128_LOAD32X2_S;
                int n = 64 / bits;
                lo = 0;
                hi = 0;
                for (int k = 0; k < n; k++) {
                    long v = signed ? slane(w, 0, bits, k) : lane(w, 0, bits, k);
                    if (k < n / 2) {
                        lo = with(lo, 2 * bits, k, v);
                    } else {
                        hi = with(hi, 2 * bits, k, v);
                    }
                }
            }
        }
        s[sp - 1] = lo;
        h[sp - 1] = hi;
        return Dispatch.pack(pc + 3, sp);
    }

    private static long laneMemory(
            int op, int[] code, int pc, long[] s, long[] h, int sp, Instance inst, MemorySegment mem) {
        int flags = code[pc];
        MemorySegment seg = Mem.seg(inst, mem, flags);
        if (op == Op.V128_LOAD32_ZERO || op == Op.V128_LOAD64_ZERO) {
            long a = Mem.ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]);
            s[sp - 1] = op == Op.V128_LOAD32_ZERO ? seg.get(Mem.I32, a) & 0xFFFF_FFFFL : seg.get(Mem.I64, a);
            h[sp - 1] = 0;
            return Dispatch.pack(pc + 3, sp);
        }
        int k = code[pc + 3];
        int bits = switch (op) {
            case Op.V128_LOAD8_LANE, Op.V128_STORE8_LANE -> 8;
            case Op.V128_LOAD16_LANE, Op.V128_STORE16_LANE -> 16;
            case Op.V128_LOAD32_LANE, Op.V128_STORE32_LANE -> 32;
            default -> 64;
        };
        boolean low = k < 64 / bits;
        if (op >= Op.V128_STORE8_LANE) {
            sp -= 2;
            long a = Mem.ea(s[sp], flags, code[pc + 1], code[pc + 2]);
            long v = lane(s[sp + 1], h[sp + 1], bits, k);
            switch (bits) {
                case 8 -> seg.set(Mem.I8, a, (byte) v);
                case 16 -> seg.set(Mem.I16, a, (short) v);
                case 32 -> seg.set(Mem.I32, a, (int) v);
                default -> seg.set(Mem.I64, a, v);
            }
            return Dispatch.pack(pc + 4, sp);
        }
        sp--;
        long a = Mem.ea(s[sp - 1], flags, code[pc + 1], code[pc + 2]);
        long v = switch (bits) {
            case 8 -> seg.get(Mem.I8, a);
            case 16 -> seg.get(Mem.I16, a);
            case 32 -> seg.get(Mem.I32, a);
            default -> seg.get(Mem.I64, a);
        };
        s[sp - 1] = low ? with(s[sp], bits, k, v) : s[sp];
        h[sp - 1] = low ? h[sp] : with(h[sp], bits, k, v);
        return Dispatch.pack(pc + 4, sp);
    }

    static Trap unknown(int op) {
        return new Trap(TrapCode.INTERNAL_ERROR, "not a SIMD opcode: " + op);
    }
}
