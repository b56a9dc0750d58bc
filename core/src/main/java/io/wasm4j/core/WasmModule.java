package io.wasm4j.core;

import io.wasm4j.core.code.CodeFeature;
import io.wasm4j.core.internal.decode.ModuleData;
import io.wasm4j.core.internal.decode.ModuleDecoder;
import io.wasm4j.core.internal.module.ModuleValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A decoded (well-formed, not yet validated) WebAssembly module.
 *
 * <p>Index spaces follow the spec: imported functions, tables, memories, globals and tags come first,
 * then the module's own. Function bodies, constant expressions, data and custom sections are not copied
 * out: they are offset ranges into {@link #bytes()}.
 *
 * <p>Thread safety: immutable, safe to share.
 *
 * {@snippet :
 * ValidatedModule module = WasmModule.decode(bytes).validate();
 * }
 */
public final class WasmModule {
    private final ModuleData d;
    private volatile NameSection names;

    private WasmModule(ModuleData d) {
        this.d = d;
    }

    /**
     * Decodes a binary module; the bytes are copied.
     *
     * @param bytes the binary module
     * @return the decoded module
     * @throws MalformedModuleException if the bytes are not a well-formed module
     */
    public static WasmModule decode(byte[] bytes) {
        return new WasmModule(ModuleDecoder.decode(bytes.clone(), Set.of()));
    }

    /**
     * Decodes a binary module that may use the given optional features; the bytes are copied.
     *
     * @param bytes the binary module
     * @param features the optional features to accept
     * @return the decoded module
     * @throws MalformedModuleException if the bytes are not a well-formed module
     */
    public static WasmModule decode(byte[] bytes, Set<WasmFeature> features) {
        return new WasmModule(ModuleDecoder.decode(bytes.clone(), Set.copyOf(features)));
    }

    /**
     * Validates the module: types, imports, every function body and constant expression, segments,
     * exports and start function.
     *
     * @return the validated module with per-function side tables
     * @throws InvalidModuleException if a validation rule is broken
     */
    public ValidatedModule validate() {
        ModuleValidator.Result r = ModuleValidator.validate(d);
        return new ValidatedModule(this, r.code(), r.canon(), CodeFeature.fromMask(r.constExprFeatures()));
    }

    /**
     * Returns the module's bytes, into which all offsets of this model point. This is the module's own
     * array, not a copy: callers must not modify it.
     */
    public byte[] bytes() {
        return d.bytes;
    }

    // ---- types

    /** Returns the recursion groups of the type section, in order. */
    public List<RecGroup> recGroups() {
        return d.recGroups;
    }

    /** Returns the number of defined types (recursion groups flattened). */
    public int typeCount() {
        return d.types.length;
    }

    /** Returns the type at {@code typeIndex}. */
    public SubType type(int typeIndex) {
        return d.types[typeIndex];
    }

    /** Returns the function type at {@code typeIndex}; it must be one (true in a validated module where used). */
    public FuncType funcType(int typeIndex) {
        return (FuncType) d.types[typeIndex].composite();
    }

    /** Returns the index of the first type of the recursion group holding {@code typeIndex}. */
    public int recGroupStart(int typeIndex) {
        return d.groupStart[typeIndex];
    }

    /** Returns the index just after the last type of the recursion group holding {@code typeIndex}. */
    public int recGroupEnd(int typeIndex) {
        return d.groupEnd[typeIndex];
    }

    // ---- imports and exports

    /** Returns the imports, in order. */
    public List<Import> imports() {
        return d.imports;
    }

    /** Returns the exports, in order. */
    public List<Export> exports() {
        return d.exports;
    }

    /** Returns the export named {@code name}, or {@code null}. */
    public Export export(String name) {
        for (Export e : d.exports) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    // ---- functions

    /** Returns the number of functions, imported ones first. */
    public int funcCount() {
        return d.funcTypes.length;
    }

    /** Returns the number of imported functions (the index of the first defined function). */
    public int importedFuncCount() {
        return d.importedFuncs;
    }

    /** Returns the type index of function {@code funcIndex}. */
    public int funcTypeIndex(int funcIndex) {
        return d.funcTypes[funcIndex];
    }

    /** Returns the function type of function {@code funcIndex}. */
    public FuncType funcTypeOf(int funcIndex) {
        return funcType(d.funcTypes[funcIndex]);
    }

    /** Returns the body of defined function {@code funcIndex} ({@code funcIndex >= importedFuncCount()}). */
    public FunctionBody body(int funcIndex) {
        int i = funcIndex - d.importedFuncs;
        return new FunctionBody(funcIndex, d.codeStart[i], d.bodyStart[i], d.bodyEnd[i]);
    }

    /**
     * Returns the types of all locals of defined function {@code funcIndex}: its parameters, then its
     * declared locals.
     */
    public ValType[] localTypes(int funcIndex) {
        int i = funcIndex - d.importedFuncs;
        List<ValType> params = funcTypeOf(funcIndex).params();
        int from = d.localGroupStart[i];
        int to = d.localGroupStart[i + 1];
        int n = params.size();
        for (int g = from; g < to; g++) {
            n += d.localCounts[g];
        }
        ValType[] out = new ValType[n];
        int k = 0;
        for (ValType p : params) {
            out[k++] = p;
        }
        for (int g = from; g < to; g++) {
            Arrays.fill(out, k, k + d.localCounts[g], d.localTypes[g]);
            k += d.localCounts[g];
        }
        return out;
    }

    // ---- tables, memories, globals, tags

    /** Returns the number of tables, imported ones first. */
    public int tableCount() {
        return d.tables.length;
    }

    /** Returns the number of imported tables. */
    public int importedTableCount() {
        return d.importedTables;
    }

    /** Returns the type of table {@code tableIndex}. */
    public TableType tableType(int tableIndex) {
        return d.tables[tableIndex];
    }

    /**
     * Returns the initialiser of defined table {@code tableIndex}, or {@code null} when it has none (its
     * elements start as {@code ref.null}) or is imported.
     */
    public ConstExpr tableInit(int tableIndex) {
        return d.tableInits[tableIndex];
    }

    /** Returns the number of memories, imported ones first. */
    public int memoryCount() {
        return d.memories.length;
    }

    /** Returns the number of imported memories. */
    public int importedMemoryCount() {
        return d.importedMemories;
    }

    /** Returns the type of memory {@code memoryIndex}. */
    public MemoryType memoryType(int memoryIndex) {
        return d.memories[memoryIndex];
    }

    /** Returns the number of globals, imported ones first. */
    public int globalCount() {
        return d.globals.length;
    }

    /** Returns the number of imported globals. */
    public int importedGlobalCount() {
        return d.importedGlobals;
    }

    /** Returns the type of global {@code globalIndex}. */
    public GlobalType globalType(int globalIndex) {
        return d.globals[globalIndex];
    }

    /** Returns the initialiser of defined global {@code globalIndex}, or {@code null} if it is imported. */
    public ConstExpr globalInit(int globalIndex) {
        return d.globalInits[globalIndex];
    }

    /** Returns the number of tags, imported ones first. */
    public int tagCount() {
        return d.tags.length;
    }

    /** Returns the number of imported tags. */
    public int importedTagCount() {
        return d.importedTags;
    }

    /** Returns the type of tag {@code tagIndex}. */
    public TagType tagType(int tagIndex) {
        return d.tags[tagIndex];
    }

    // ---- start, segments, custom sections

    /** Returns the start function's index, or {@code -1} when there is none. */
    public int startFunction() {
        return d.start;
    }

    /** Returns the element segments, in order. */
    public List<ElementSegment> elements() {
        return d.elements;
    }

    /** Returns the data segments, in order. */
    public List<DataSegment> datas() {
        return d.datas;
    }

    /** Returns the data count section's value, or {@code -1} when there is no such section. */
    public int dataCount() {
        return d.dataCount;
    }

    /** Returns a copy of the bytes of data segment {@code dataIndex}. */
    public byte[] dataBytes(int dataIndex) {
        DataSegment s = d.datas.get(dataIndex);
        return Arrays.copyOfRange(d.bytes, s.dataStart(), s.dataStart() + s.dataLength());
    }

    /** Returns all custom sections, in order. */
    public List<CustomSection> customSections() {
        return d.customSections;
    }

    /** Returns the custom sections named {@code name}, in order. */
    public List<CustomSection> customSections(String name) {
        List<CustomSection> out = new ArrayList<>();
        for (CustomSection c : d.customSections) {
            if (c.name().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Returns a copy of a custom section's content. */
    public byte[] customSectionBytes(CustomSection section) {
        return Arrays.copyOfRange(d.bytes, section.contentStart(), section.contentEnd());
    }

    /**
     * Returns the names from the {@code name} section; empty when it is absent or malformed. Decoded on
     * first use.
     */
    public NameSection names() {
        NameSection n = names;
        if (n == null) {
            n = ModuleDecoder.names(d);
            names = n;
        }
        return n;
    }
}
