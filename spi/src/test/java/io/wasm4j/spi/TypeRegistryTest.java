package io.wasm4j.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.RecGroup;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TypeRegistryTest {
    private final TypeRegistry registry = new TypeRegistry();

    private static SubType func(List<ValType> params, List<ValType> results) {
        return new SubType(true, List.of(), new FuncType(params, results));
    }

    private static RecGroup single(SubType t) {
        return new RecGroup(List.of(t));
    }

    @Test
    void register_equivalentTypesOfTwoModules_sameObject() {
        SubType i32toI32 = func(List.of(ValType.I32), List.of(ValType.I32));
        DefinedType[] a = registry.register(List.of(single(func(List.of(), List.of())), single(i32toI32)));
        DefinedType[] b = registry.register(List.of(single(i32toI32)));
        assertSame(a[1], b[0]);
        assertNotSame(a[0], b[0]);
        assertSame(b[0], registry.funcType(new FuncType(List.of(ValType.I32), List.of(ValType.I32))));
    }

    @Test
    void register_referencesToEquivalentTypesAtOtherIndices_canonicalizeEqual() {
        SubType s = new SubType(true, List.of(), new StructType(List.of(new FieldType(ValType.I32, false))));
        SubType takesS0 = func(List.of(new RefType(false, new TypeIndex(0))), List.of());
        SubType takesS1 = func(List.of(new RefType(false, new TypeIndex(1))), List.of());
        DefinedType[] a = registry.register(List.of(single(s), single(takesS0)));
        DefinedType[] b = registry.register(List.of(single(func(List.of(), List.of())), single(s), single(takesS1)));
        assertSame(a[1], b[2]);
    }

    @Test
    void register_recursiveGroupsOfDifferentShape_distinct() {
        SubType self = new SubType(
                true, List.of(), new StructType(List.of(new FieldType(new RefType(true, new TypeIndex(0)), false))));
        SubType other = new SubType(
                true, List.of(), new StructType(List.of(new FieldType(new RefType(true, new TypeIndex(1)), false))));
        DefinedType[] a = registry.register(List.of(new RecGroup(List.of(self, other))));
        DefinedType[] b = registry.register(List.of(new RecGroup(List.of(other, self))));
        assertNotSame(a[0], b[0]);
        assertSame(a[0].resolve(-1), a[0]);
        StructType first = (StructType) a[0].composite();
        RefType field = (RefType) first.fields().getFirst().storage();
        assertSame(a[0], a[0].resolve(((TypeIndex) field.heapType()).index()), "self reference resolved to an id");
        StructType second = (StructType) a[1].composite();
        RefType field2 = (RefType) second.fields().getFirst().storage();
        assertSame(a[1], registry.byId(((TypeIndex) field2.heapType()).index()));
    }

    @Test
    void isSubtypeOf_declaredChain_transitive() {
        SubType base = new SubType(false, List.of(), new StructType(List.of()));
        SubType mid = new SubType(false, List.of(0), new StructType(List.of(new FieldType(ValType.I32, false))));
        SubType leaf = new SubType(
                true,
                List.of(1),
                new StructType(List.of(new FieldType(ValType.I32, false), new FieldType(ValType.I64, false))));
        DefinedType[] t = registry.register(List.of(single(base), single(mid), single(leaf)));
        assertTrue(t[2].isSubtypeOf(t[0]));
        assertTrue(t[1].isSubtypeOf(t[0]));
        assertFalse(t[0].isSubtypeOf(t[1]));
        assertSame(t[1], t[2].supertype());
        assertTrue(registry.matches(
                new RefType(false, new TypeIndex(t[2].id())), new RefType(true, new TypeIndex(t[0].id()))));
        assertTrue(registry.matches(new RefType(false, new TypeIndex(t[2].id())), RefType.EQREF));
        assertFalse(
                registry.matches(new RefType(true, new TypeIndex(t[2].id())), new RefType(false, AbsHeapType.STRUCT)));
        assertTrue(registry.matches(RefType.NULLREF, new RefType(true, new TypeIndex(t[1].id()))));
    }

    @Test
    void matches_abstractHierarchies() {
        assertTrue(registry.matches(RefType.I31REF, RefType.ANYREF));
        assertTrue(registry.matches(RefType.NULLFUNCREF, RefType.FUNCREF));
        assertFalse(registry.matches(RefType.FUNCREF, RefType.ANYREF));
        assertFalse(registry.matches(RefType.EXTERNREF, RefType.ANYREF));
        assertFalse(registry.matches(ValType.I32, ValType.I64));
        assertTrue(registry.matches(ValType.F64, ValType.F64));
        DefinedType f = registry.funcType(new FuncType(List.of(), List.of()));
        assertTrue(registry.matches(new RefType(false, new TypeIndex(f.id())), RefType.FUNCREF));
        assertFalse(registry.matches(new RefType(false, new TypeIndex(f.id())), RefType.ANYREF));
    }
}
