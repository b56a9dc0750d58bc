package io.wasm4j.core.internal.validate;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;

/**
 * Value types packed into ints, so the validator's stacks are plain {@code int[]}s.
 *
 * <p>{@code 0} is the unknown type of unreachable code ({@link #BOT}), {@code 1..5} the number and vector
 * types, and a reference type is {@code 16 + (heap << 1) + (nullable ? 1 : 0)} where {@code heap} is the
 * ordinal of an {@link AbsHeapType}, {@link #HEAP_BOT} (the bottom heap type of unreachable code) or
 * {@code 16 + typeIndex} for a defined type.
 */
final class Types {

    static final int BOT = 0;
    static final int I32 = 1;
    static final int I64 = 2;
    static final int F32 = 3;
    static final int F64 = 4;
    static final int V128 = 5;
    static final int REF_BASE = 16;

    static final int H_NOEXN = 0;
    static final int H_NOFUNC = 1;
    static final int H_NOEXTERN = 2;
    static final int H_NONE = 3;
    static final int H_FUNC = 4;
    static final int H_EXTERN = 5;
    static final int H_ANY = 6;
    static final int H_EQ = 7;
    static final int H_I31 = 8;
    static final int H_STRUCT = 9;
    static final int H_ARRAY = 10;
    static final int H_EXN = 11;
    static final int HEAP_BOT = 12;
    static final int HEAP_DEFINED = 16;

    static final int FUNCREF = ref(true, H_FUNC);
    static final int EXNREF = ref(true, H_EXN);
    static final int ANYREF = ref(true, H_ANY);
    static final int EXTERNREF = ref(true, H_EXTERN);
    static final int EQREF = ref(true, H_EQ);
    static final int ARRAYREF = ref(true, H_ARRAY);
    static final int I31REF = ref(true, H_I31);

    private static final AbsHeapType[] ABS = AbsHeapType.values();

    static {
        if (io.wasm4j.core.NumType.F64.ordinal() != F64 - I32
                || AbsHeapType.NOEXN.ordinal() != H_NOEXN
                || AbsHeapType.FUNC.ordinal() != H_FUNC
                || AbsHeapType.EXN.ordinal() != H_EXN
                || ABS.length != 12) {
            throw new AssertionError("AbsHeapType order changed");
        }
    }

    private Types() {}

    static int ref(boolean nullable, int heap) {
        return REF_BASE + (heap << 1) + (nullable ? 1 : 0);
    }

    static boolean isRef(int t) {
        return t >= REF_BASE;
    }

    static boolean isNullable(int t) {
        return (t & 1) != 0;
    }

    static int heap(int t) {
        return (t - REF_BASE) >> 1;
    }

    static int withNullable(int t, boolean nullable) {
        return (t & ~1) | (nullable ? 1 : 0);
    }

    static boolean isDefined(int heap) {
        return heap >= HEAP_DEFINED;
    }

    static int definedHeap(int typeIndex) {
        return HEAP_DEFINED + typeIndex;
    }

    static int typeIndex(int heap) {
        return heap - HEAP_DEFINED;
    }

    static int heapOf(HeapType ht) {
        // instanceof rather than a pattern switch: this runs per call instruction, also before the JIT's C2
        if (ht instanceof AbsHeapType a) {
            return a.ordinal();
        }
        return HEAP_DEFINED + ((TypeIndex) ht).index();
    }

    static int of(ValType t) {
        if (t instanceof io.wasm4j.core.NumType n) {
            return I32 + n.ordinal(); // I32, I64, F32, F64 in enum order
        }
        if (t instanceof RefType r) {
            return ref(r.nullable(), heapOf(r.heapType()));
        }
        return V128;
    }

    static HeapType toHeapType(int heap) {
        if (heap < ABS.length) {
            return ABS[heap];
        }
        if (heap == HEAP_BOT) {
            return AbsHeapType.NONE; // unreachable code only; never observable as a real type
        }
        return new TypeIndex(typeIndex(heap));
    }

    static ValType toValType(int t) {
        return switch (t) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            case V128 -> ValType.V128;
            case BOT -> throw new IllegalArgumentException("bottom type");
            default -> new RefType(isNullable(t), toHeapType(heap(t)));
        };
    }

    static String name(int t) {
        return switch (t) {
            case BOT -> "bot";
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case V128 -> "v128";
            default -> {
                int h = heap(t);
                String hn = h < ABS.length ? ABS[h].keyword() : h == HEAP_BOT ? "bot" : Integer.toString(typeIndex(h));
                yield "(ref " + (isNullable(t) ? "null " : "") + hn + ")";
            }
        };
    }

    /** Returns whether a value of this type has a default value (number, vector or nullable reference). */
    static boolean isDefaultable(int t) {
        return !isRef(t) || isNullable(t);
    }
}
