package io.wasm4j.core.internal.validate;

import io.wasm4j.core.ValType;
import io.wasm4j.core.code.CodeFeature;
import io.wasm4j.core.code.Opcode;
import java.util.List;

/**
 * The validation loop: reads each instruction and hands it to its family. Instructions with a fixed
 * signature ({@link Opcode#hasFixedSignature()}: numeric, SIMD, loads, stores, atomics) share one
 * generic path driven by pre-packed operand and result types.
 */
final class Dispatch {

    private Dispatch() {}

    private static final int[][] SIG_IN = new int[Opcode.values().length][];
    private static final int[][] SIG_OUT = new int[Opcode.values().length][];

    static {
        for (Opcode op : Opcode.values()) {
            if (op.hasFixedSignature()) {
                SIG_IN[op.ordinal()] = pack(op.operandTypes());
                SIG_OUT[op.ordinal()] = pack(op.resultTypes());
            }
        }
    }

    private static int[] pack(List<ValType> types) {
        int[] r = new int[types.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = Types.of(types.get(i));
        }
        return r;
    }

    /** Validates instructions until the end of the outermost frame; returns the offset after it. */
    static int run(FuncValidator v, int limit) {
        while (v.ctrlSize > 0) {
            if (v.r.position() >= limit) {
                throw CodeSyntax.endExpected(v.r.position());
            }
            v.at = v.r.position();
            Opcode op = v.r.readOpcode();
            v.features |= CodeFeature.bit(op);
            if (v.constExpr) {
                ConstRules.check(v, op);
            }
            step(v, op);
        }
        return v.r.position();
    }

    private static void step(FuncValidator v, Opcode op) {
        int ord = op.ordinal();
        int[] in = SIG_IN[ord];
        if (in != null) {
            boolean address = false;
            switch (op.immediates()) {
                case NONE -> {}
                case I32 -> v.r.readS32();
                case I64 -> v.r.readS64();
                case F32 -> v.r.skip(4);
                case F64 -> v.r.skip(8);
                case V128 -> v.r.skip(16);
                case LANE -> lane(v, op.laneCount());
                case SHUFFLE -> {
                    for (int i = 0; i < 16; i++) {
                        lane(v, 32);
                    }
                }
                case MEMARG, MEMARG_LANE -> address = true;
                case ATOMIC_FENCE -> v.r.readZeroByte();
                default -> throw new AssertionError(op);
            }
            int addressType = address ? MemoryRules.memarg(v, op) : 0;
            for (int i = in.length - 1; i >= 0; i--) {
                v.pop(in[i]);
            }
            if (address) {
                v.pop(addressType);
            }
            for (int t : SIG_OUT[ord]) {
                v.push(t);
            }
            return;
        }
        switch (op.immediates()) {
            case MEMORY, MEMORY_COPY, MEMORY_INIT, DATA, TABLE, TABLE_COPY, TABLE_INIT, ELEM ->
                MemoryRules.validate(v, op);
            case STRUCT_FIELD, ARRAY_COPY, ARRAY_NEW_FIXED, ARRAY_DATA, ARRAY_ELEM -> AggregateRules.validate(v, op);
            default -> {
                switch (op) {
                    case STRUCT_NEW,
                            STRUCT_NEW_DEFAULT,
                            ARRAY_NEW,
                            ARRAY_NEW_DEFAULT,
                            ARRAY_GET,
                            ARRAY_GET_S,
                            ARRAY_GET_U,
                            ARRAY_SET,
                            ARRAY_LEN,
                            ARRAY_FILL,
                            REF_I31,
                            I31_GET_S,
                            I31_GET_U -> AggregateRules.validate(v, op);
                    case REF_NULL,
                            REF_IS_NULL,
                            REF_FUNC,
                            REF_EQ,
                            REF_AS_NON_NULL,
                            REF_TEST,
                            REF_TEST_NULL,
                            REF_CAST,
                            REF_CAST_NULL,
                            ANY_CONVERT_EXTERN,
                            EXTERN_CONVERT_ANY,
                            LOCAL_GET,
                            LOCAL_SET,
                            LOCAL_TEE,
                            GLOBAL_GET,
                            GLOBAL_SET,
                            DROP,
                            SELECT,
                            SELECT_T -> RefRules.validate(v, op);
                    default -> ControlRules.validate(v, op);
                }
            }
        }
    }

    private static void lane(FuncValidator v, int count) {
        int lane = v.r.readByte();
        if (lane >= count) {
            throw v.invalid("invalid lane index");
        }
    }
}
