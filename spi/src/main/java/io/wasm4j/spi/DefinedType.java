package io.wasm4j.spi;

import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;

/**
 * A canonical defined type of a {@link TypeRegistry}: interned, so two types are equivalent exactly when
 * they are the same object, and subtyping is a constant-time check.
 *
 * <p>{@link #subType()} is in canonical encoding: every {@link io.wasm4j.core.TypeIndex} and supertype
 * index in it is the engine-wide {@link #id()} of a defined type, which {@link #resolve(int)} (or {@link
 * TypeRegistry#byId(int)}) returns. (Internally, recursion groups are interned with group-relative
 * indices, so equivalent groups of different modules meet.)
 *
 * <p>Thread safety: immutable after registration.
 */
public final class DefinedType {
    private final TypeRegistry registry;
    private final int id;
    private final SubType subType;
    private final DefinedType[] group;
    private final DefinedType[] display;

    DefinedType(TypeRegistry registry, int id, SubType subType, DefinedType[] group, DefinedType supertype) {
        this.registry = registry;
        this.id = id;
        this.subType = subType;
        this.group = group;
        if (supertype == null) {
            display = new DefinedType[] {this};
        } else {
            display = new DefinedType[supertype.display.length + 1];
            System.arraycopy(supertype.display, 0, display, 0, supertype.display.length);
            display[display.length - 1] = this;
        }
    }

    /** Returns the engine-wide id of this type, unique within its registry. */
    public int id() {
        return id;
    }

    /** Returns the type in canonical encoding (see the class description). */
    public SubType subType() {
        return subType;
    }

    /** Returns the composite type in canonical encoding. */
    public CompositeType composite() {
        return subType.composite();
    }

    /** Returns whether this is a function type. */
    public boolean isFunc() {
        return subType.composite() instanceof FuncType;
    }

    /** Returns whether this is a struct type. */
    public boolean isStruct() {
        return subType.composite() instanceof StructType;
    }

    /** Returns whether this is an array type. */
    public boolean isArray() {
        return subType.composite() instanceof ArrayType;
    }

    /** Returns the function type in canonical encoding. @throws ClassCastException if not a function type */
    public FuncType funcType() {
        return (FuncType) subType.composite();
    }

    /** Returns whether no type may declare this one as supertype. */
    public boolean isFinal() {
        return subType.isFinal();
    }

    /** Returns the declared supertype, or {@code null}. */
    public DefinedType supertype() {
        return display.length > 1 ? display[display.length - 2] : null;
    }

    /** Returns the length of the supertype chain above this type. */
    public int depth() {
        return display.length - 1;
    }

    /** Returns whether this type is {@code other} or a (transitive) declared subtype of it. */
    public boolean isSubtypeOf(DefinedType other) {
        int d = other.display.length - 1;
        return this == other || (d < display.length && display[d] == other);
    }

    /** Resolves a type index in canonical encoding, as found in {@link #subType()}, to a defined type. */
    public DefinedType resolve(int encodedIndex) {
        return encodedIndex < 0 ? group[-1 - encodedIndex] : registry.byId(encodedIndex);
    }

    /** Returns the registry that interned this type. */
    public TypeRegistry registry() {
        return registry;
    }

    @Override
    public String toString() {
        return "type#" + id + " " + subType.composite();
    }
}
