package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import java.lang.foreign.MemorySegment;

/** The SIMD family. */
final class Simd {
    private Simd() {}

    static long exec(int op, int[] code, int pc, long[] s, long[] h, int sp, Instance inst, MemorySegment mem) {
        throw new Trap(TrapCode.INTERNAL_ERROR, "SIMD opcode " + op + " is not implemented");
    }
}
