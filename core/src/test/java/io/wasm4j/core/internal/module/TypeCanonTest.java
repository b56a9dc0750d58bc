package io.wasm4j.core.internal.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TypeCanonTest {

    /** Builds a TypeCanon from groups given as lists of sub types. */
    @SafeVarargs
    private static TypeCanon canon(List<SubType>... groups) {
        List<SubType> all = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (List<SubType> g : groups) {
            int s = all.size();
            all.addAll(g);
            for (int i = 0; i < g.size(); i++) {
                starts.add(s);
                ends.add(s + g.size());
            }
        }
        return new TypeCanon(
                all.toArray(SubType[]::new),
                starts.stream().mapToInt(Integer::intValue).toArray(),
                ends.stream().mapToInt(Integer::intValue).toArray());
    }

    private static SubType fin(CompositeType c, Integer... supers) {
        return new SubType(true, List.of(supers), c);
    }

    private static SubType open(CompositeType c, Integer... supers) {
        return new SubType(false, List.of(supers), c);
    }

    private static SubType sub(boolean isFinal, CompositeType c, Integer... supers) {
        return new SubType(isFinal, List.of(supers), c);
    }

    private static RefType ref(int index, boolean nullable) {
        return new RefType(nullable, new TypeIndex(index));
    }

    private static StructType struct(ValType... fields) {
        List<FieldType> fs = new ArrayList<>();
        for (ValType t : fields) {
            fs.add(new FieldType(t, false));
        }
        return new StructType(fs);
    }

    @Test
    void canonical_identicalGroups_areEquivalent() {
        TypeCanon c = canon(
                List.of(fin(struct(ref(0, true)))),
                List.of(fin(struct(ref(1, true)))),
                List.of(fin(struct(ref(0, true)))));
        assertEquals(c.canonical(0), c.canonical(1));
        assertNotEquals(c.canonical(0), c.canonical(2));
        assertTrue(c.isSubtype(ref(1, false), ref(0, true)));
    }

    @Test
    void canonical_groupsDifferingInOrder_areDistinct() {
        StructType a = struct(ValType.I32);
        StructType b = struct(ValType.I64);
        TypeCanon c = canon(List.of(fin(a), fin(b)), List.of(fin(b), fin(a)));
        assertNotEquals(c.canonical(0), c.canonical(3));
    }

    @Test
    void canonical_finalityMatters() {
        TypeCanon c = canon(List.of(fin(struct())), List.of(open(struct())));
        assertNotEquals(c.canonical(0), c.canonical(1));
    }

    @Test
    void isSubtype_declaredChain_isTransitive() {
        TypeCanon c = canon(
                List.of(open(struct())),
                List.of(open(struct(ValType.I32), 0)),
                List.of(fin(struct(ValType.I32, ValType.I64), 1)));
        assertTrue(c.isSubtype(ref(2, false), ref(0, true)));
        assertFalse(c.isSubtype(ref(0, false), ref(2, true)));
        assertFalse(c.isSubtype(ref(2, true), ref(0, false)));
        assertTrue(c.isSubtype(new TypeIndex(2), AbsHeapType.STRUCT));
        assertTrue(c.isSubtype(new TypeIndex(2), AbsHeapType.ANY));
        assertFalse(c.isSubtype(new TypeIndex(2), AbsHeapType.ARRAY));
        assertTrue(c.isSubtype(AbsHeapType.NONE, new TypeIndex(2)));
        assertFalse(c.isSubtype(AbsHeapType.NOFUNC, new TypeIndex(2)));
    }

    @Test
    void isSubtype_funcTypes_relateToFuncAndNofunc() {
        TypeCanon c = canon(List.of(fin(new FuncType(List.of(), List.of()))));
        assertTrue(c.isSubtype(new TypeIndex(0), AbsHeapType.FUNC));
        assertFalse(c.isSubtype(new TypeIndex(0), AbsHeapType.ANY));
        assertTrue(c.isSubtype(AbsHeapType.NOFUNC, new TypeIndex(0)));
        assertFalse(c.isSubtype(AbsHeapType.NONE, new TypeIndex(0)));
    }

    @Test
    void absSubtype_followsTheFourHierarchies() {
        assertTrue(TypeCanon.absSubtype(AbsHeapType.I31, AbsHeapType.EQ));
        assertTrue(TypeCanon.absSubtype(AbsHeapType.NONE, AbsHeapType.ARRAY));
        assertTrue(TypeCanon.absSubtype(AbsHeapType.NOEXTERN, AbsHeapType.EXTERN));
        assertTrue(TypeCanon.absSubtype(AbsHeapType.NOEXN, AbsHeapType.EXN));
        assertFalse(TypeCanon.absSubtype(AbsHeapType.EXTERN, AbsHeapType.ANY));
        assertFalse(TypeCanon.absSubtype(AbsHeapType.FUNC, AbsHeapType.ANY));
        assertFalse(TypeCanon.absSubtype(AbsHeapType.NONE, AbsHeapType.FUNC));
        assertFalse(TypeCanon.absSubtype(AbsHeapType.EQ, AbsHeapType.I31));
    }

    @Test
    void supertype_final_isRejected() {
        InvalidModuleException e = assertThrows(
                InvalidModuleException.class, () -> canon(List.of(fin(struct())), List.of(fin(struct(), 0))));
        assertTrue(e.getMessage().contains("sub type"), e.getMessage());
    }

    @Test
    void supertype_mismatchedShape_isRejected() {
        InvalidModuleException e = assertThrows(
                InvalidModuleException.class,
                () -> canon(List.of(open(struct(ValType.I32))), List.of(fin(struct(ValType.I64), 0))));
        assertTrue(e.getMessage().contains("sub type 1 does not match super type 0"), e.getMessage());
    }

    @Test
    void supertype_mutableFieldsAreInvariant() {
        FieldType mutAny = new FieldType(RefType.ANYREF, true);
        FieldType mutEq = new FieldType(RefType.EQREF, true);
        assertThrows(
                InvalidModuleException.class,
                () -> canon(List.of(open(new ArrayType(mutAny))), List.of(fin(new ArrayType(mutEq), 0))));
        FieldType immAny = new FieldType(RefType.ANYREF, false);
        FieldType immEq = new FieldType(RefType.EQREF, false);
        canon(List.of(open(new ArrayType(immAny))), List.of(fin(new ArrayType(immEq), 0)));
    }

    @Test
    void supertype_funcParamsContravariantResultsCovariant() {
        FuncType sup = new FuncType(List.of(RefType.EQREF), List.of(RefType.ANYREF));
        FuncType okSub = new FuncType(List.of(RefType.ANYREF), List.of(RefType.EQREF));
        canon(List.of(open(sup)), List.of(sub(true, okSub, 0)));
        assertThrows(InvalidModuleException.class, () -> canon(List.of(open(okSub)), List.of(sub(true, sup, 0))));
    }

    @Test
    void indices_forwardOrUnknown_areRejected() {
        InvalidModuleException unknown =
                assertThrows(InvalidModuleException.class, () -> canon(List.of(fin(struct(ref(1, true))))));
        assertTrue(unknown.getMessage().contains("unknown type"), unknown.getMessage());
        InvalidModuleException forward =
                assertThrows(InvalidModuleException.class, () -> canon(List.of(open(struct(), 1), open(struct()))));
        assertTrue(forward.getMessage().contains("forward use of type"), forward.getMessage());
    }

    @Test
    void recursiveGroup_canReferToLaterMember() {
        TypeCanon c = canon(List.of(fin(struct(ref(1, true))), fin(struct(ref(0, true)))));
        assertEquals(0, c.canonical(0));
        assertEquals(1, c.canonical(1));
    }
}
