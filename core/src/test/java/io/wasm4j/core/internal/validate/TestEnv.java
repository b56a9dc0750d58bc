package io.wasm4j.core.internal.validate;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import java.util.ArrayList;
import java.util.List;

/** A hand-built {@link ModuleEnv} for unit tests: subtyping by declared supertype chains only. */
final class TestEnv implements ModuleEnv {

    final List<SubType> types = new ArrayList<>();
    final List<Integer> funcs = new ArrayList<>();
    final List<TableType> tables = new ArrayList<>();
    final List<MemoryType> memories = new ArrayList<>();
    final List<GlobalType> globals = new ArrayList<>();
    final List<TagType> tags = new ArrayList<>();
    final List<RefType> elems = new ArrayList<>();
    int dataCount = -1;
    boolean allRefsDeclared = true;

    static TestEnv create() {
        return new TestEnv();
    }

    int type(CompositeType c) {
        types.add(new SubType(true, List.of(), c));
        return types.size() - 1;
    }

    int subType(int supertype, CompositeType c) {
        types.add(new SubType(false, List.of(supertype), c));
        return types.size() - 1;
    }

    int func(List<ValType> params, List<ValType> results) {
        int t = type(new FuncType(params, results));
        funcs.add(t);
        return funcs.size() - 1;
    }

    TestEnv memory(AddressType at) {
        memories.add(new MemoryType(at, new Limits(1, -1), false, 16));
        return this;
    }

    TestEnv table(AddressType at, RefType elem) {
        tables.add(new TableType(at, new Limits(1, -1), elem));
        return this;
    }

    TestEnv global(ValType t, boolean mutable) {
        globals.add(new GlobalType(t, mutable));
        return this;
    }

    @Override
    public int typeCount() {
        return types.size();
    }

    @Override
    public SubType type(int typeIndex) {
        return types.get(typeIndex);
    }

    @Override
    public boolean isSubtype(ValType sub, ValType sup) {
        return new TypeEnv(this).isSub(Types.of(sub), Types.of(sup));
    }

    @Override
    public boolean isSubtype(HeapType sub, HeapType sup) {
        if (sub.equals(sup)) {
            return true;
        }
        if (sub instanceof TypeIndex a && sup instanceof TypeIndex b) {
            for (int t = a.index(); !types.get(t).supertypes().isEmpty(); ) {
                t = types.get(t).supertypes().get(0);
                if (t == b.index()) {
                    return true;
                }
            }
            return false;
        }
        return new TypeEnv(this).isHeapSub(Types.heapOf(sub), Types.heapOf(sup));
    }

    @Override
    public int funcCount() {
        return funcs.size();
    }

    @Override
    public int funcTypeIndex(int funcIndex) {
        return funcs.get(funcIndex);
    }

    @Override
    public int tableCount() {
        return tables.size();
    }

    @Override
    public TableType table(int tableIndex) {
        return tables.get(tableIndex);
    }

    @Override
    public int memoryCount() {
        return memories.size();
    }

    @Override
    public MemoryType memory(int memoryIndex) {
        return memories.get(memoryIndex);
    }

    @Override
    public int globalCount() {
        return globals.size();
    }

    @Override
    public GlobalType global(int globalIndex) {
        return globals.get(globalIndex);
    }

    @Override
    public int tagCount() {
        return tags.size();
    }

    @Override
    public TagType tag(int tagIndex) {
        return tags.get(tagIndex);
    }

    @Override
    public int elemCount() {
        return elems.size();
    }

    @Override
    public RefType elemType(int elemIndex) {
        return elems.get(elemIndex);
    }

    @Override
    public int dataCount() {
        return dataCount;
    }

    @Override
    public boolean isDeclaredFuncRef(int funcIndex) {
        return allRefsDeclared;
    }
}
