package io.wasm4j;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Exn;
import io.wasm4j.spi.GcRef;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.spi.V128;
import io.wasm4j.spi.WasmFunction;

/** Conversions between {@link Val} and the runtime representation, with type checks of host values. */
final class Values {
    private Values() {}

    /**
     * Returns the runtime form of {@code v} for a slot of canonical type {@code expected}.
     *
     * @throws IllegalArgumentException if the value does not match the type
     */
    static Object toRaw(Store<?> store, Val v, ValType expected) {
        if (v == null) {
            throw new IllegalArgumentException("missing value of type " + expected);
        }
        switch (expected) {
            case NumType n -> {
                if (v.type() != n) {
                    throw mismatch(v, expected);
                }
                return v.boxed();
            }
            case VecType x -> {
                if (v.type() != x) {
                    throw mismatch(v, expected);
                }
                return v.v128();
            }
            case RefType r -> {
                if (!(v.type() instanceof RefType)) {
                    throw mismatch(v, expected);
                }
                Object o = v.ref();
                if (o instanceof Func f) {
                    store.checkOwns(f.store(), "function " + f);
                    o = f.raw();
                }
                TypeRegistry types = store.engine().core().types();
                if (o == null
                        ? !r.nullable() || !sameHierarchy(types, (RefType) v.type(), r)
                        : !refMatches(types, o, r.heapType())) {
                    throw mismatch(v, expected);
                }
                return o;
            }
        }
    }

    /** Returns a {@link Val} of canonical type {@code type} for runtime value {@code raw}. */
    static Val fromRaw(Store<?> store, Object raw, ValType type) {
        return switch (type) {
            case NumType n ->
                switch (n) {
                    case I32 -> Val.i32((Integer) raw);
                    case I64 -> Val.i64((Long) raw);
                    case F32 -> Val.f32((Float) raw);
                    case F64 -> Val.f64((Double) raw);
                };
            case VecType x -> Val.v128((V128) raw);
            case RefType r -> Val.ref(r, raw instanceof WasmFunction f ? new Func(store, f) : raw);
        };
    }

    /** Whether non-null runtime reference {@code o} is a value of canonical heap type {@code heap}. */
    static boolean refMatches(TypeRegistry types, Object o, HeapType heap) {
        return switch (heap) {
            case TypeIndex(int id) -> {
                DefinedType t = types.byId(id);
                yield (o instanceof WasmFunction f && f.type().isSubtypeOf(t))
                        || (o instanceof GcRef g && g.definedType().isSubtypeOf(t));
            }
            case AbsHeapType a ->
                switch (a) {
                    case FUNC -> o instanceof WasmFunction;
                    case EXN -> o instanceof Exn;
                    case EXTERN -> true;
                    case ANY -> !(o instanceof WasmFunction) && !(o instanceof Exn);
                    case EQ -> o instanceof I31Ref || o instanceof GcRef;
                    case I31 -> o instanceof I31Ref;
                    case STRUCT -> o instanceof GcRef g && g.definedType().isStruct();
                    case ARRAY -> o instanceof GcRef g && g.definedType().isArray();
                    case NONE, NOFUNC, NOEXTERN, NOEXN -> false;
                };
        };
    }

    /**
     * Whether a null of type {@code actual} is in {@code expected}'s hierarchy (func, extern, exn or any):
     * {@code ref.null extern} is no {@code funcref}. A concrete {@code actual} is left to the caller's
     * encoding and accepted.
     */
    private static boolean sameHierarchy(TypeRegistry types, RefType actual, RefType expected) {
        if (!(actual.heapType() instanceof AbsHeapType a)) {
            return true;
        }
        AbsHeapType top = switch (expected.heapType()) {
            case AbsHeapType e -> e.top();
            case TypeIndex(int id) -> types.byId(id).isFunc() ? AbsHeapType.FUNC : AbsHeapType.ANY;
        };
        return a.top() == top;
    }

    private static IllegalArgumentException mismatch(Val v, ValType expected) {
        return new IllegalArgumentException("value " + v + " does not match type " + expected);
    }
}
