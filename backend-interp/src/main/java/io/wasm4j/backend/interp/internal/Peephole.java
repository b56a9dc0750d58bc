package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.code.Opcode;

/** Opcode tables of the translator's fusions ({@link Fused}). */
final class Peephole {
    private Peephole() {}

    /** The fast form of a load or store of memory 0 with a 32-bit address. */
    static int fastMemory(Opcode op) {
        return switch (op) {
            case I32_LOAD, F32_LOAD, I64_LOAD32_S -> Fused.LOAD32;
            case I64_LOAD, F64_LOAD -> Fused.LOAD64;
            case I32_LOAD8_U, I64_LOAD8_U -> Fused.LOAD8_U;
            case I32_LOAD8_S, I64_LOAD8_S -> Fused.LOAD8_S;
            case I32_LOAD16_U, I64_LOAD16_U -> Fused.LOAD16_U;
            case I32_LOAD16_S, I64_LOAD16_S -> Fused.LOAD16_S;
            case I64_LOAD32_U -> Fused.LOAD32_U;
            case I32_STORE, F32_STORE, I64_STORE32 -> Fused.STORE32;
            case I64_STORE, F64_STORE -> Fused.STORE64;
            case I32_STORE8, I64_STORE8 -> Fused.STORE8;
            case I32_STORE16, I64_STORE16 -> Fused.STORE16;
            default -> throw new IllegalArgumentException("not a load or store: " + op);
        };
    }

    /** {@code local.get x} followed by {@code op}, as one instruction with operand {@code x}; or -1. */
    static int withLocal(Opcode op) {
        return switch (op) {
            case I32_ADD -> Fused.I32_ADD_L;
            case I32_SUB -> Fused.I32_SUB_L;
            case I32_AND -> Fused.I32_AND_L;
            case I32_OR -> Fused.I32_OR_L;
            case I32_XOR -> Fused.I32_XOR_L;
            default -> -1;
        };
    }

    /** {@code local.get x} followed by the load {@code op}, with operands {@code x, offset}; or -1. */
    static int loadWithLocal(Opcode op) {
        return switch (op) {
            case I32_LOAD, F32_LOAD, I64_LOAD32_S -> Fused.LOCAL_LOAD32;
            case I64_LOAD, F64_LOAD -> Fused.LOCAL_LOAD64;
            case I32_LOAD8_U, I64_LOAD8_U -> Fused.LOCAL_LOAD8_U;
            default -> -1;
        };
    }

    /** {@code i32.const c} followed by {@code op}, as one instruction with operand {@code c}; or -1. */
    static int withConst(Opcode op) {
        return switch (op) {
            case I32_AND -> Fused.I32_AND_C;
            case I32_OR -> Fused.I32_OR_C;
            case I32_XOR -> Fused.I32_XOR_C;
            case I32_SHL -> Fused.I32_SHL_C;
            case I32_SHR_S -> Fused.I32_SHR_S_C;
            case I32_SHR_U -> Fused.I32_SHR_U_C;
            case I32_ROTL -> Fused.I32_ROTL_C;
            case I32_MUL -> Fused.I32_MUL_C;
            default -> -1;
        };
    }

    /** {@code local.get x; i32.const c} followed by {@code op}, with operands {@code x, c}; or -1. */
    static int withLocalAndConst(Opcode op) {
        return switch (op) {
            case I32_ROTL -> Fused.LOCAL_ROTL_C;
            case I32_SHR_U -> Fused.LOCAL_SHR_U_C;
            case I32_SHL -> Fused.LOCAL_SHL_C;
            case I32_AND -> Fused.LOCAL_AND_C;
            default -> -1;
        };
    }
}
