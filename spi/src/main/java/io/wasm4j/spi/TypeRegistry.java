package io.wasm4j.spi;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RecGroup;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.core.VecType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Engine-wide canonicalisation of WebAssembly's iso-recursive types: every module's recursion groups are
 * interned here, so equivalent types of different modules become the same {@link DefinedType} and
 * cross-module checks ({@code call_indirect}, casts, import matching) compare identities.
 *
 * <p>One registry belongs to one engine; the facade creates it and hands it to backends in {@link
 * CompileContext}. Types are never removed.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class TypeRegistry {
    private final Map<List<SubType>, DefinedType[]> groups = new HashMap<>();
    private final List<DefinedType> byId = new ArrayList<>();

    /** Creates an empty registry. */
    public TypeRegistry() {}

    /**
     * Interns a module's type section.
     *
     * @param recGroups the module's recursion groups, in order; they must be valid
     * @return the canonical type of each module type index
     */
    public synchronized DefinedType[] register(List<RecGroup> recGroups) {
        int total = 0;
        for (RecGroup g : recGroups) {
            total += g.types().size();
        }
        DefinedType[] result = new DefinedType[total];
        int base = 0;
        for (RecGroup g : recGroups) {
            int start = base;
            int n = g.types().size();
            IntUnaryOperator encode = i -> i >= start && i < start + n ? -1 - (i - start) : result[i].id();
            List<SubType> key = new ArrayList<>(n);
            for (SubType t : g.types()) {
                key.add(rewrite(t, encode));
            }
            DefinedType[] members = intern(key);
            System.arraycopy(members, 0, result, base, n);
            base += n;
        }
        return result;
    }

    /**
     * Returns the canonical type of a function type given in canonical encoding (any type index in it an
     * engine-wide id), as a final type without supertypes: the type of a host function.
     */
    public synchronized DefinedType funcType(FuncType canonical) {
        return intern(List.of(new SubType(true, List.of(), canonical)))[0];
    }

    /** Returns the defined type with engine-wide id {@code id}. */
    public synchronized DefinedType byId(int id) {
        return byId.get(id);
    }

    /** Rewrites a module-relative value type into canonical encoding. */
    public static ValType canonicalize(ValType t, DefinedType[] moduleTypes) {
        return t instanceof RefType r ? canonicalize(r, moduleTypes) : t;
    }

    /** Rewrites a module-relative reference type into canonical encoding. */
    public static RefType canonicalize(RefType t, DefinedType[] moduleTypes) {
        return t.heapType() instanceof TypeIndex(int index)
                ? new RefType(t.nullable(), new TypeIndex(moduleTypes[index].id()))
                : t;
    }

    /** Rewrites a module-relative function type into canonical encoding. */
    public static FuncType canonicalize(FuncType t, DefinedType[] moduleTypes) {
        return new FuncType(
                t.params().stream().map(p -> canonicalize(p, moduleTypes)).toList(),
                t.results().stream().map(p -> canonicalize(p, moduleTypes)).toList());
    }

    /** Returns whether canonical value type {@code sub} matches (is a subtype of) {@code sup}. */
    public boolean matches(ValType sub, ValType sup) {
        return switch (sub) {
            case NumType n -> n == sup;
            case VecType v -> v == sup;
            case RefType r ->
                sup instanceof RefType s && (!r.nullable() || s.nullable()) && matches(r.heapType(), s.heapType());
        };
    }

    /** Returns whether canonical heap type {@code sub} matches {@code sup}. */
    public boolean matches(HeapType sub, HeapType sup) {
        if (sub.equals(sup)) {
            return true;
        }
        return switch (sub) {
            case AbsHeapType a ->
                switch (sup) {
                    case AbsHeapType b -> absMatches(a, b);
                    case TypeIndex(int id) -> a == (byId(id).isFunc() ? AbsHeapType.NOFUNC : AbsHeapType.NONE);
                };
            case TypeIndex(int id) ->
                switch (sup) {
                    case TypeIndex(int supId) -> byId(id).isSubtypeOf(byId(supId));
                    case AbsHeapType b -> {
                        DefinedType t = byId(id);
                        yield t.isFunc()
                                ? b == AbsHeapType.FUNC
                                : b == AbsHeapType.ANY
                                        || b == AbsHeapType.EQ
                                        || b == (t.isStruct() ? AbsHeapType.STRUCT : AbsHeapType.ARRAY);
                    }
                };
        };
    }

    private static boolean absMatches(AbsHeapType a, AbsHeapType b) {
        if (a == b) {
            return true;
        }
        if (a.top() != b.top()) {
            return false;
        }
        if (a == a.bottom() || b == b.top()) {
            return true;
        }
        return b == AbsHeapType.EQ && (a == AbsHeapType.I31 || a == AbsHeapType.STRUCT || a == AbsHeapType.ARRAY);
    }

    private DefinedType[] intern(List<SubType> key) {
        DefinedType[] existing = groups.get(key);
        if (existing != null) {
            return existing;
        }
        int baseId = byId.size();
        IntUnaryOperator resolve = i -> i < 0 ? baseId + (-1 - i) : i;
        DefinedType[] members = new DefinedType[key.size()];
        for (int i = 0; i < members.length; i++) {
            SubType t = key.get(i);
            DefinedType supertype = null;
            if (!t.supertypes().isEmpty()) {
                int s = t.supertypes().getFirst();
                supertype = s < 0 ? members[-1 - s] : byId.get(s);
            }
            members[i] = new DefinedType(this, baseId + i, rewrite(t, resolve), members, supertype);
            byId.add(members[i]);
        }
        groups.put(List.copyOf(key), members);
        return members;
    }

    private static SubType rewrite(SubType t, IntUnaryOperator encode) {
        List<Integer> supers = t.supertypes().stream().map(encode::applyAsInt).toList();
        return new SubType(t.isFinal(), supers, rewrite(t.composite(), encode));
    }

    private static CompositeType rewrite(CompositeType c, IntUnaryOperator encode) {
        return switch (c) {
            case FuncType f ->
                new FuncType(
                        f.params().stream().map(p -> rewrite(p, encode)).toList(),
                        f.results().stream().map(p -> rewrite(p, encode)).toList());
            case StructType s ->
                new StructType(s.fields().stream().map(f -> rewrite(f, encode)).toList());
            case ArrayType a -> new ArrayType(rewrite(a.element(), encode));
        };
    }

    private static FieldType rewrite(FieldType f, IntUnaryOperator encode) {
        StorageType s = f.storage();
        return new FieldType(s instanceof ValType v ? rewrite(v, encode) : (PackedType) s, f.mutable());
    }

    private static ValType rewrite(ValType t, IntUnaryOperator encode) {
        return t instanceof RefType(boolean nullable, TypeIndex(int index))
                ? new RefType(nullable, new TypeIndex(encode.applyAsInt(index)))
                : t;
    }
}
