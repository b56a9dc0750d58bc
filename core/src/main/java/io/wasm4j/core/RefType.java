package io.wasm4j.core;

/**
 * A reference type: a heap type and whether {@code null} is a value of it.
 *
 * @param nullable whether the type includes {@code null}
 * @param heapType what the reference points to
 */
public record RefType(boolean nullable, HeapType heapType) implements ValType {
    /** {@code funcref}, i.e. {@code (ref null func)}. */
    public static final RefType FUNCREF = new RefType(true, AbsHeapType.FUNC);
    /** {@code externref}, i.e. {@code (ref null extern)}. */
    public static final RefType EXTERNREF = new RefType(true, AbsHeapType.EXTERN);
    /** {@code anyref}. */
    public static final RefType ANYREF = new RefType(true, AbsHeapType.ANY);
    /** {@code eqref}. */
    public static final RefType EQREF = new RefType(true, AbsHeapType.EQ);
    /** {@code i31ref}. */
    public static final RefType I31REF = new RefType(true, AbsHeapType.I31);
    /** {@code structref}. */
    public static final RefType STRUCTREF = new RefType(true, AbsHeapType.STRUCT);
    /** {@code arrayref}. */
    public static final RefType ARRAYREF = new RefType(true, AbsHeapType.ARRAY);
    /** {@code nullref}. */
    public static final RefType NULLREF = new RefType(true, AbsHeapType.NONE);
    /** {@code nullfuncref}. */
    public static final RefType NULLFUNCREF = new RefType(true, AbsHeapType.NOFUNC);
    /** {@code nullexternref}. */
    public static final RefType NULLEXTERNREF = new RefType(true, AbsHeapType.NOEXTERN);
    /** {@code exnref}. */
    public static final RefType EXNREF = new RefType(true, AbsHeapType.EXN);
    /** {@code nullexnref}. */
    public static final RefType NULLEXNREF = new RefType(true, AbsHeapType.NOEXN);

    /** Returns this type with {@code nullable} set as given. */
    public RefType withNullable(boolean nullable) {
        return nullable == this.nullable ? this : new RefType(nullable, heapType);
    }

    @Override
    public String toString() {
        return "(ref " + (nullable ? "null " : "") + heapType + ")";
    }
}
