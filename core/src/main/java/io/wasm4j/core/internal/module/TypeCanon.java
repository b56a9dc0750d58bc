package io.wasm4j.core.internal.module;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates the type section and answers subtyping questions. Types are canonicalised iso-recursively:
 * each recursion group gets a structural key in which references into the group are relative and
 * references to earlier groups use those types' canonical indices; equal keys mean equivalent groups.
 * The canonical index of a type is the index of the first equivalent type.
 */
public final class TypeCanon {
    private final SubType[] types;
    private final int[] canon;
    private final int[] superOf;

    /**
     * Validates {@code types} (recursion groups given by {@code groupStart}/{@code groupEnd}) and
     * canonicalises them.
     *
     * @throws InvalidModuleException when a type is invalid
     */
    public TypeCanon(SubType[] types, int[] groupStart, int[] groupEnd) {
        this.types = types;
        this.canon = new int[types.length];
        this.superOf = new int[types.length];
        Map<String, Integer> groups = new HashMap<>();
        int s = 0;
        while (s < types.length) {
            int e = groupEnd[s];
            checkIndices(s, e);
            String key = groupKey(s, e);
            Integer rep = groups.putIfAbsent(key, s);
            int base = rep == null ? s : rep;
            for (int t = s; t < e; t++) {
                canon[t] = base + (t - s);
            }
            for (int t = s; t < e; t++) {
                checkSupertype(t);
            }
            s = e;
        }
    }

    /** Returns the number of types. */
    public int count() {
        return types.length;
    }

    /** Returns the canonical index of {@code typeIndex}: equal for equivalent types. */
    public int canonical(int typeIndex) {
        return canon[typeIndex];
    }

    private static InvalidModuleException invalid(String reason) {
        return new InvalidModuleException(reason, -1);
    }

    // ---- validity

    private void checkIndices(int s, int e) {
        for (int t = s; t < e; t++) {
            SubType st = types[t];
            if (st.supertypes().size() > 1) {
                throw invalid("sub type " + t + " has more than one super type");
            }
            superOf[t] = -1;
            for (int y : st.supertypes()) {
                if (y >= e) {
                    throw invalid("unknown type " + y);
                }
                if (y >= t) {
                    throw invalid("forward use of type " + y + " in sub type definition");
                }
                superOf[t] = y;
            }
            forEachValType(st.composite(), v -> checkValType(v, e));
        }
    }

    /** Throws "unknown type" when {@code t} refers to a type index {@code >= limit}. */
    public static void checkValType(ValType t, int limit) {
        if (t instanceof RefType r && r.heapType() instanceof TypeIndex(int index) && index >= limit) {
            throw invalid("unknown type " + Integer.toUnsignedString(index));
        }
    }

    /** Throws "unknown type" when {@code h} refers to a type index {@code >= limit}. */
    public static void checkHeapType(HeapType h, int limit) {
        if (h instanceof TypeIndex(int index) && index >= limit) {
            throw invalid("unknown type " + Integer.toUnsignedString(index));
        }
    }

    private interface ValTypeVisitor {
        void visit(ValType t);
    }

    private static void forEachValType(CompositeType c, ValTypeVisitor v) {
        switch (c) {
            case FuncType f -> {
                f.params().forEach(v::visit);
                f.results().forEach(v::visit);
            }
            case StructType s -> {
                for (FieldType ft : s.fields()) {
                    if (ft.storage() instanceof ValType t) {
                        v.visit(t);
                    }
                }
            }
            case ArrayType a -> {
                if (a.element().storage() instanceof ValType t) {
                    v.visit(t);
                }
            }
        }
    }

    private void checkSupertype(int t) {
        int y = superOf[t];
        if (y < 0) {
            return;
        }
        if (types[y].isFinal()) {
            throw invalid("sub type " + t + " has final super type " + y);
        }
        if (!matchComposite(types[t].composite(), types[y].composite())) {
            throw invalid("sub type " + t + " does not match super type " + y);
        }
    }

    // ---- canonical keys

    private String groupKey(int s, int e) {
        StringBuilder sb = new StringBuilder(32 * (e - s));
        for (int t = s; t < e; t++) {
            SubType st = types[t];
            sb.append(st.isFinal() ? 'F' : 'O');
            for (int y : st.supertypes()) {
                appendIndex(sb, y, s);
            }
            switch (st.composite()) {
                case FuncType f -> {
                    sb.append("f(");
                    f.params().forEach(p -> appendVal(sb, p, s));
                    sb.append(")(");
                    f.results().forEach(p -> appendVal(sb, p, s));
                    sb.append(')');
                }
                case StructType str -> {
                    sb.append("s(");
                    str.fields().forEach(ft -> appendField(sb, ft, s));
                    sb.append(')');
                }
                case ArrayType a -> {
                    sb.append("a(");
                    appendField(sb, a.element(), s);
                    sb.append(')');
                }
            }
            sb.append(';');
        }
        return sb.toString();
    }

    private void appendIndex(StringBuilder sb, int y, int s) {
        if (y >= s) {
            sb.append('r').append(y - s);
        } else {
            sb.append('c').append(canon[y]);
        }
        sb.append(',');
    }

    private void appendField(StringBuilder sb, FieldType ft, int s) {
        sb.append(ft.mutable() ? 'm' : 'i');
        if (ft.storage() instanceof PackedType p) {
            sb.append(p == PackedType.I8 ? "p8," : "p16,");
        } else {
            appendVal(sb, (ValType) ft.storage(), s);
        }
    }

    private void appendVal(StringBuilder sb, ValType t, int s) {
        if (t instanceof RefType r) {
            sb.append(r.nullable() ? "N" : "R");
            if (r.heapType() instanceof TypeIndex(int index)) {
                appendIndex(sb, index, s);
            } else {
                sb.append(((AbsHeapType) r.heapType()).code()).append(',');
            }
        } else {
            sb.append(t).append(',');
        }
    }

    // ---- subtyping

    private boolean matchComposite(CompositeType sub, CompositeType sup) {
        return switch (sub) {
            case FuncType f when sup instanceof FuncType g -> matchFunc(f, g);
            case StructType a when sup instanceof StructType b -> matchStruct(a, b);
            case ArrayType a when sup instanceof ArrayType b -> matchField(a.element(), b.element());
            default -> false;
        };
    }

    private boolean matchFunc(FuncType f, FuncType g) {
        return matchList(g.params(), f.params()) && matchList(f.results(), g.results());
    }

    /** Whether each type of {@code sub} matches the type at the same position of {@code sup}. */
    public boolean matchList(List<ValType> sub, List<ValType> sup) {
        if (sub.size() != sup.size()) {
            return false;
        }
        for (int i = 0; i < sub.size(); i++) {
            if (!isSubtype(sub.get(i), sup.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean matchStruct(StructType a, StructType b) {
        List<FieldType> fa = a.fields();
        List<FieldType> fb = b.fields();
        if (fa.size() < fb.size()) {
            return false;
        }
        for (int i = 0; i < fb.size(); i++) {
            if (!matchField(fa.get(i), fb.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean matchField(FieldType a, FieldType b) {
        if (a.mutable() != b.mutable()) {
            return false;
        }
        return matchStorage(a.storage(), b.storage()) && (!a.mutable() || matchStorage(b.storage(), a.storage()));
    }

    private boolean matchStorage(StorageType a, StorageType b) {
        if (a instanceof PackedType || b instanceof PackedType) {
            return a == b;
        }
        return isSubtype((ValType) a, (ValType) b);
    }

    /** The spec's value type matching, with type equivalence by canonical index. */
    public boolean isSubtype(ValType sub, ValType sup) {
        if (sub == sup) {
            return true;
        }
        if (sub instanceof RefType a && sup instanceof RefType b) {
            return (b.nullable() || !a.nullable()) && isSubtype(a.heapType(), b.heapType());
        }
        return false;
    }

    /** The spec's heap type matching, with type equivalence by canonical index. */
    public boolean isSubtype(HeapType sub, HeapType sup) {
        if (sub instanceof AbsHeapType a) {
            if (sup instanceof AbsHeapType b) {
                return absSubtype(a, b);
            }
            CompositeType c = types[((TypeIndex) sup).index()].composite();
            return c instanceof FuncType ? a == AbsHeapType.NOFUNC : a == AbsHeapType.NONE;
        }
        int x = ((TypeIndex) sub).index();
        if (sup instanceof AbsHeapType b) {
            return switch (types[x].composite()) {
                case FuncType f -> b == AbsHeapType.FUNC;
                case StructType s -> b == AbsHeapType.STRUCT || b == AbsHeapType.EQ || b == AbsHeapType.ANY;
                case ArrayType r -> b == AbsHeapType.ARRAY || b == AbsHeapType.EQ || b == AbsHeapType.ANY;
            };
        }
        int target = canon[((TypeIndex) sup).index()];
        for (int t = x; t >= 0; t = superOf[t]) {
            if (canon[t] == target) {
                return true;
            }
        }
        return false;
    }

    /** Subtyping among the abstract heap types. */
    public static boolean absSubtype(AbsHeapType a, AbsHeapType b) {
        if (a == b) {
            return true;
        }
        return switch (b) {
            case ANY ->
                a == AbsHeapType.EQ
                        || a == AbsHeapType.I31
                        || a == AbsHeapType.STRUCT
                        || a == AbsHeapType.ARRAY
                        || a == AbsHeapType.NONE;
            case EQ ->
                a == AbsHeapType.I31 || a == AbsHeapType.STRUCT || a == AbsHeapType.ARRAY || a == AbsHeapType.NONE;
            case I31, STRUCT, ARRAY -> a == AbsHeapType.NONE;
            case FUNC -> a == AbsHeapType.NOFUNC;
            case EXTERN -> a == AbsHeapType.NOEXTERN;
            case EXN -> a == AbsHeapType.NOEXN;
            case NONE, NOFUNC, NOEXTERN, NOEXN -> false;
        };
    }
}
