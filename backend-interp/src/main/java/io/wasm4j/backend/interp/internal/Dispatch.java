package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.code.Opcode;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;

/**
 * Routes the opcodes {@link Interpreter#execute} does not handle inline to their family's handler. Every
 * handler has the same shape: it reads its operands from {@code code[pc..]}, works on the stack, and
 * returns {@code (long) newPc << 32 | newSp}.
 */
final class Dispatch {
    private Dispatch() {}

    static final byte INT = 1,
            FLOAT = 2,
            CONV = 3,
            MEM = 4,
            TABLE = 5,
            REF = 6,
            GC = 7,
            SIMD = 8,
            ATOMIC = 9,
            GLOBAL = 10;

    private static final byte[] FAMILY = new byte[Op.COUNT];

    static {
        for (Opcode o : Opcode.values()) {
            FAMILY[o.ordinal()] = familyOf(o);
        }
        for (int op : new int[] {Fused.LOAD8_S, Fused.LOAD16_U, Fused.LOAD16_S, Fused.LOAD32_U, Fused.STORE16}) {
            FAMILY[op] = MEM;
        }
        for (int op = Op.GLOBAL_GET_REF; op <= Op.GLOBAL_SET_V; op++) {
            FAMILY[op] = GLOBAL;
        }
    }

    private static byte familyOf(Opcode o) {
        int c = o.code();
        return switch (o.prefix()) {
            case 0xFD -> SIMD;
            case 0xFE -> ATOMIC;
            case 0xFB -> GC;
            case 0xFC -> c <= 7 ? CONV : c <= 11 ? MEM : c <= 17 ? TABLE : INT;
            default -> {
                if (c >= 0x28 && c <= 0x40) {
                    yield MEM;
                } else if (c == 0x25 || c == 0x26) {
                    yield TABLE;
                } else if ((c >= 0x45 && c <= 0x5A) || (c >= 0x67 && c <= 0x8A) || (c >= 0xC0 && c <= 0xC4)) {
                    yield INT;
                } else if ((c >= 0x5B && c <= 0x66) || (c >= 0x8B && c <= 0xA6)) {
                    yield FLOAT;
                } else if (c >= 0xA7 && c <= 0xBF) {
                    yield CONV;
                } else if (c >= 0xD0 && c <= 0xD6) {
                    yield REF;
                }
                yield 0;
            }
        };
    }

    static long exec(
            int op, int[] code, int pc, long[] s, long[] h, Object[] r, int sp, Instance inst, MemorySegment mem) {
        return switch (FAMILY[op]) {
            case INT -> IntOps.exec(op, s, sp, pc);
            case FLOAT -> FloatOps.exec(op, s, sp, pc);
            case CONV -> ConvOps.exec(op, s, sp, pc);
            case MEM -> Mem.exec(op, code, pc, s, h, r, sp, inst, mem);
            case TABLE -> TableOps.exec(op, code, pc, s, r, sp, inst);
            case REF -> RefOps.exec(op, code, pc, s, r, sp, inst);
            case GC -> GcOps.exec(op, code, pc, s, h, r, sp, inst);
            case SIMD -> Simd.exec(op, code, pc, s, h, sp, inst, mem);
            case ATOMIC -> Atomics.exec(op, code, pc, s, sp, inst, mem);
            case GLOBAL -> Globals.exec(op, code, pc, s, h, r, sp, inst);
            default -> throw new Trap(TrapCode.INTERNAL_ERROR, "opcode " + op + " reached the dispatcher");
        };
    }

    static long pack(int pc, int sp) {
        return (long) pc << 32 | (sp & 0xFFFF_FFFFL);
    }
}
