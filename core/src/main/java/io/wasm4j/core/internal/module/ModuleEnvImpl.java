package io.wasm4j.core.internal.module;

import io.wasm4j.core.GlobalType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.internal.decode.ModuleData;
import io.wasm4j.core.internal.validate.ModuleEnv;

/** The validation context over a decoded module. */
public final class ModuleEnvImpl implements ModuleEnv {
    private final ModuleData d;
    private final TypeCanon canon;
    private final boolean[] declaredRefs;

    /** Creates the context; {@code declaredRefs[f]} tells whether function {@code f} is in C.refs. */
    public ModuleEnvImpl(ModuleData d, TypeCanon canon, boolean[] declaredRefs) {
        this.d = d;
        this.canon = canon;
        this.declaredRefs = declaredRefs;
    }

    /** Returns the type canonicaliser. */
    public TypeCanon canon() {
        return canon;
    }

    @Override
    public int typeCount() {
        return d.types.length;
    }

    @Override
    public SubType type(int typeIndex) {
        return d.types[typeIndex];
    }

    @Override
    public boolean isSubtype(ValType sub, ValType sup) {
        return canon.isSubtype(sub, sup);
    }

    @Override
    public boolean isSubtype(HeapType sub, HeapType sup) {
        return canon.isSubtype(sub, sup);
    }

    @Override
    public int funcCount() {
        return d.funcTypes.length;
    }

    @Override
    public int funcTypeIndex(int funcIndex) {
        return d.funcTypes[funcIndex];
    }

    @Override
    public int tableCount() {
        return d.tables.length;
    }

    @Override
    public TableType table(int tableIndex) {
        return d.tables[tableIndex];
    }

    @Override
    public int memoryCount() {
        return d.memories.length;
    }

    @Override
    public MemoryType memory(int memoryIndex) {
        return d.memories[memoryIndex];
    }

    @Override
    public int globalCount() {
        return d.globals.length;
    }

    @Override
    public GlobalType global(int globalIndex) {
        return d.globals[globalIndex];
    }

    @Override
    public int tagCount() {
        return d.tags.length;
    }

    @Override
    public TagType tag(int tagIndex) {
        return d.tags[tagIndex];
    }

    @Override
    public int elemCount() {
        return d.elements.size();
    }

    @Override
    public RefType elemType(int elemIndex) {
        return d.elements.get(elemIndex).type();
    }

    @Override
    public int dataCount() {
        return d.dataCount;
    }

    @Override
    public boolean isDeclaredFuncRef(int funcIndex) {
        return funcIndex >= 0 && funcIndex < declaredRefs.length && declaredRefs[funcIndex];
    }
}
