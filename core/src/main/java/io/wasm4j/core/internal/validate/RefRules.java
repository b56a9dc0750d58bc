package io.wasm4j.core.internal.validate;

import io.wasm4j.core.GlobalType;
import io.wasm4j.core.code.Opcode;

/** Validation of variable, parametric and reference instructions. */
final class RefRules {

    private RefRules() {}

    static void validate(FuncValidator v, Opcode op) {
        switch (op) {
            case LOCAL_GET -> {
                int x = local(v, v.r.readU32());
                if (!v.localInit[x]) {
                    throw v.invalid("uninitialized local " + x);
                }
                v.push(v.locals[x]);
            }
            case LOCAL_SET -> {
                int x = local(v, v.r.readU32());
                v.pop(v.locals[x]);
                v.setLocalInit(x);
            }
            case LOCAL_TEE -> {
                int x = local(v, v.r.readU32());
                v.pop(v.locals[x]);
                v.setLocalInit(x);
                v.push(v.locals[x]);
            }
            case GLOBAL_GET -> {
                GlobalType g = global(v, v.r.readU32());
                if (v.constExpr && g.mutable()) {
                    throw v.invalid("constant expression required: global.get of a mutable global");
                }
                v.push(Types.of(g.valType()));
            }
            case GLOBAL_SET -> {
                GlobalType g = global(v, v.r.readU32());
                if (!g.mutable()) {
                    throw v.invalid("immutable global: global is immutable");
                }
                v.pop(Types.of(g.valType()));
            }
            case DROP -> v.pop();
            case SELECT -> {
                v.pop(Types.I32);
                int t1 = v.pop();
                int t2 = v.pop();
                if (Types.isRef(t1) || Types.isRef(t2) || (t1 != t2 && t1 != Types.BOT && t2 != Types.BOT)) {
                    throw v.invalid("type mismatch: select operands must be equal number or vector types");
                }
                v.push(t1 == Types.BOT ? t2 : t1);
            }
            case SELECT_T -> {
                int n = v.r.readLength();
                if (n != 1) {
                    throw v.invalid("invalid result arity");
                }
                int t = v.valType(v.r.readValType());
                v.pop(Types.I32);
                v.pop(t);
                v.pop(t);
                v.push(t);
            }
            case REF_NULL -> {
                int h = v.readHeap();
                v.push(Types.ref(true, h));
            }
            case REF_IS_NULL -> {
                v.popRef();
                v.push(Types.I32);
            }
            case REF_FUNC -> {
                int f = ControlRules.funcIndex(v, v.r.readU32());
                if (!v.constExpr && !v.env.isDeclaredFuncRef(f)) {
                    throw v.invalid("undeclared function reference");
                }
                v.push(Types.ref(false, Types.definedHeap(v.env.funcTypeIndex(f))));
            }
            case REF_EQ -> {
                v.pop(Types.EQREF);
                v.pop(Types.EQREF);
                v.push(Types.I32);
            }
            case REF_AS_NON_NULL -> {
                int rt = v.popRef();
                v.push(rt == Types.BOT ? Types.ref(false, Types.HEAP_BOT) : Types.withNullable(rt, false));
            }
            case REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL -> {
                int h = v.readHeap();
                v.pop(Types.ref(true, v.types.topOf(h)));
                if (op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL) {
                    v.push(Types.I32);
                } else {
                    v.push(Types.ref(op == Opcode.REF_CAST_NULL, h));
                }
            }
            case ANY_CONVERT_EXTERN -> {
                int rt = v.pop(Types.EXTERNREF);
                v.push(Types.ref(rt != Types.BOT && Types.isNullable(rt), Types.H_ANY));
            }
            case EXTERN_CONVERT_ANY -> {
                int rt = v.pop(Types.ANYREF);
                v.push(Types.ref(rt != Types.BOT && Types.isNullable(rt), Types.H_EXTERN));
            }
            default -> throw new AssertionError(op);
        }
    }

    private static int local(FuncValidator v, int x) {
        if (x < 0 || x >= v.locals.length) {
            throw v.invalid("unknown local " + Integer.toUnsignedString(x));
        }
        return x;
    }

    private static GlobalType global(FuncValidator v, int x) {
        int count = v.constExpr ? v.visibleGlobals : v.env.globalCount();
        if (x < 0 || x >= count) {
            throw v.invalid("unknown global " + Integer.toUnsignedString(x));
        }
        return v.env.global(x);
    }
}
