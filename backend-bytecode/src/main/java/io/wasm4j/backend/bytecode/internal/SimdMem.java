package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.code.Opcode;
import io.wasm4j.spi.V128;
import java.lang.foreign.MemorySegment;

/** SIMD memory accesses (scalar): 16-byte loads and stores, extending, splatting, zeroing and lane forms. */
public final class SimdMem {
    private SimdMem() {}

    public static V128 load(MemorySegment m, long addr, Opcode op) {
        return switch (op) {
            case V128_LOAD -> new V128(m.get(Layouts.I64, addr), m.get(Layouts.I64, addr + 8));
            case V128_LOAD8X8_S, V128_LOAD8X8_U -> extend(m.get(Layouts.I64, addr), 8, op == Opcode.V128_LOAD8X8_S);
            case V128_LOAD16X4_S, V128_LOAD16X4_U -> extend(m.get(Layouts.I64, addr), 16, op == Opcode.V128_LOAD16X4_S);
            case V128_LOAD32X2_S, V128_LOAD32X2_U -> extend(m.get(Layouts.I64, addr), 32, op == Opcode.V128_LOAD32X2_S);
            case V128_LOAD8_SPLAT -> Simd.splat(m.get(Layouts.I8, addr), Opcode.I8X16_SPLAT);
            case V128_LOAD16_SPLAT -> Simd.splat(m.get(Layouts.I16, addr), Opcode.I16X8_SPLAT);
            case V128_LOAD32_SPLAT -> Simd.splat(m.get(Layouts.I32, addr), Opcode.I32X4_SPLAT);
            case V128_LOAD64_SPLAT -> Simd.splat(m.get(Layouts.I64, addr), Opcode.I64X2_SPLAT);
            case V128_LOAD32_ZERO -> new V128(m.get(Layouts.I32, addr) & 0xFFFF_FFFFL, 0);
            case V128_LOAD64_ZERO -> new V128(m.get(Layouts.I64, addr), 0);
            default -> throw new UnsupportedOperationException(op.mnemonic());
        };
    }

    private static V128 extend(long half, int bits, boolean signed) {
        long[] src = Simd.lanes(new V128(half, 0), bits, signed);
        long[] r = new long[64 / bits];
        System.arraycopy(src, 0, r, 0, r.length);
        return Simd.pack(r, bits * 2);
    }

    public static void store(MemorySegment m, long addr, V128 v) {
        // check the whole range first so that a partly out-of-bounds store writes nothing
        m.asSlice(addr, 16);
        m.set(Layouts.I64, addr, v.lo());
        m.set(Layouts.I64, addr + 8, v.hi());
    }

    public static V128 loadLane(MemorySegment m, long addr, V128 v, int lane, Opcode op) {
        return switch (op) {
            case V128_LOAD8_LANE -> Simd.replace(v, m.get(Layouts.I8, addr), lane, Opcode.I8X16_REPLACE_LANE);
            case V128_LOAD16_LANE -> Simd.replace(v, m.get(Layouts.I16, addr), lane, Opcode.I16X8_REPLACE_LANE);
            case V128_LOAD32_LANE -> Simd.replace(v, m.get(Layouts.I32, addr), lane, Opcode.I32X4_REPLACE_LANE);
            default -> Simd.replace(v, m.get(Layouts.I64, addr), lane, Opcode.I64X2_REPLACE_LANE);
        };
    }

    public static void storeLane(MemorySegment m, long addr, V128 v, int lane, Opcode op) {
        switch (op) {
            case V128_STORE8_LANE -> m.set(Layouts.I8, addr, (byte) Simd.extract(v, lane, Opcode.I8X16_EXTRACT_LANE_U));
            case V128_STORE16_LANE ->
                m.set(Layouts.I16, addr, (short) Simd.extract(v, lane, Opcode.I16X8_EXTRACT_LANE_U));
            case V128_STORE32_LANE -> m.set(Layouts.I32, addr, (int) Simd.extract(v, lane, Opcode.I32X4_EXTRACT_LANE));
            default -> m.set(Layouts.I64, addr, Simd.extract(v, lane, Opcode.I64X2_EXTRACT_LANE));
        }
    }
}
