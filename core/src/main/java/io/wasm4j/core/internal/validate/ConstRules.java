package io.wasm4j.core.internal.validate;

import io.wasm4j.core.code.Opcode;
import java.util.EnumSet;
import java.util.Set;

/** Which instructions a constant expression may contain. */
final class ConstRules {

    private static final boolean[] ALLOWED = new boolean[Opcode.values().length];

    static {
        Set<Opcode> allowed = EnumSet.of(
                Opcode.I32_CONST,
                Opcode.I64_CONST,
                Opcode.F32_CONST,
                Opcode.F64_CONST,
                Opcode.V128_CONST,
                Opcode.I32_ADD,
                Opcode.I32_SUB,
                Opcode.I32_MUL,
                Opcode.I64_ADD,
                Opcode.I64_SUB,
                Opcode.I64_MUL,
                Opcode.REF_NULL,
                Opcode.REF_FUNC,
                Opcode.REF_I31,
                Opcode.GLOBAL_GET,
                Opcode.STRUCT_NEW,
                Opcode.STRUCT_NEW_DEFAULT,
                Opcode.ARRAY_NEW,
                Opcode.ARRAY_NEW_DEFAULT,
                Opcode.ARRAY_NEW_FIXED,
                Opcode.ANY_CONVERT_EXTERN,
                Opcode.EXTERN_CONVERT_ANY,
                Opcode.END);
        for (Opcode op : allowed) {
            ALLOWED[op.ordinal()] = true;
        }
    }

    private ConstRules() {}

    static void check(FuncValidator v, Opcode op) {
        if (!ALLOWED[op.ordinal()]) {
            throw v.invalid("constant expression required: " + op.mnemonic() + " is not constant");
        }
    }
}
