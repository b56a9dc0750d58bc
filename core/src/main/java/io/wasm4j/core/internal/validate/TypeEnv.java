package io.wasm4j.core.internal.validate;

import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;

/** Subtyping and defined-type lookups on packed types ({@link Types}), backed by a {@link ModuleEnv}. */
final class TypeEnv {

    static final int KIND_FUNC = 0;
    static final int KIND_STRUCT = 1;
    static final int KIND_ARRAY = 2;

    final ModuleEnv env;

    TypeEnv(ModuleEnv env) {
        this.env = env;
    }

    CompositeType composite(int typeIndex) {
        return env.type(typeIndex).composite();
    }

    int kind(int typeIndex) {
        CompositeType c = composite(typeIndex);
        return c instanceof FuncType ? KIND_FUNC : c instanceof StructType ? KIND_STRUCT : KIND_ARRAY;
    }

    /** Returns whether packed type {@code sub} matches {@code sup}; {@link Types#BOT} matches everything. */
    boolean isSub(int sub, int sup) {
        if (sub == sup || sub == Types.BOT || sup == Types.BOT) {
            return true;
        }
        if (!Types.isRef(sub) || !Types.isRef(sup)) {
            return false;
        }
        if (Types.isNullable(sub) && !Types.isNullable(sup)) {
            return false;
        }
        return isHeapSub(Types.heap(sub), Types.heap(sup));
    }

    boolean isHeapSub(int a, int b) {
        if (a == b || a == Types.HEAP_BOT) {
            return true;
        }
        if (b == Types.HEAP_BOT) {
            return false;
        }
        boolean da = Types.isDefined(a);
        boolean db = Types.isDefined(b);
        if (!da && !db) {
            return absSub(a, b);
        }
        if (da && !db) {
            int k = kind(Types.typeIndex(a));
            return switch (b) {
                case Types.H_FUNC -> k == KIND_FUNC;
                case Types.H_ANY, Types.H_EQ -> k != KIND_FUNC;
                case Types.H_STRUCT -> k == KIND_STRUCT;
                case Types.H_ARRAY -> k == KIND_ARRAY;
                default -> false;
            };
        }
        if (!da) {
            int k = kind(Types.typeIndex(b));
            return k == KIND_FUNC ? a == Types.H_NOFUNC : a == Types.H_NONE;
        }
        return definedSub(Types.typeIndex(a), Types.typeIndex(b));
    }

    private boolean definedSub(int a, int b) {
        // fast path: walk the declared supertype chain
        int t = a;
        for (int guard = 0; guard < 64; guard++) {
            SubType st = env.type(t);
            if (st.supertypes().isEmpty()) {
                break;
            }
            t = st.supertypes().get(0);
            if (t == b) {
                return true;
            }
        }
        return env.isSubtype(new TypeIndex(a), new TypeIndex(b));
    }

    private static boolean absSub(int a, int b) {
        return switch (b) {
            case Types.H_ANY ->
                a == Types.H_EQ || a == Types.H_I31 || a == Types.H_STRUCT || a == Types.H_ARRAY || a == Types.H_NONE;
            case Types.H_EQ -> a == Types.H_I31 || a == Types.H_STRUCT || a == Types.H_ARRAY || a == Types.H_NONE;
            case Types.H_I31, Types.H_STRUCT, Types.H_ARRAY -> a == Types.H_NONE;
            case Types.H_FUNC -> a == Types.H_NOFUNC;
            case Types.H_EXTERN -> a == Types.H_NOEXTERN;
            case Types.H_EXN -> a == Types.H_NOEXN;
            default -> false;
        };
    }

    /** Returns the top heap type of {@code heap}'s hierarchy (func, extern, any or exn). */
    int topOf(int heap) {
        if (Types.isDefined(heap)) {
            return kind(Types.typeIndex(heap)) == KIND_FUNC ? Types.H_FUNC : Types.H_ANY;
        }
        return switch (heap) {
            case Types.H_FUNC, Types.H_NOFUNC -> Types.H_FUNC;
            case Types.H_EXTERN, Types.H_NOEXTERN -> Types.H_EXTERN;
            case Types.H_EXN, Types.H_NOEXN -> Types.H_EXN;
            case Types.HEAP_BOT -> Types.HEAP_BOT;
            default -> Types.H_ANY;
        };
    }

    /** Converts a value type from the model to a packed type. */
    static int of(ValType t) {
        return Types.of(t);
    }
}
