package io.wasm4j.core.internal.decode;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.CustomSection;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.Export;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Import;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.RecGroup;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.WasmFeature;
import java.util.List;
import java.util.Set;

/**
 * Everything the decoder found, as arrays indexed like the spec's index spaces (imports first). Filled
 * once by {@link ModuleDecoder} and never changed afterwards; the public {@code WasmModule} wraps it.
 */
public final class ModuleData {
    /** The optional features the module was decoded with. */
    public Set<WasmFeature> features = Set.of();

    /** The module's bytes (a private copy). */
    public byte[] bytes;

    /** Recursion groups in order. */
    public List<RecGroup> recGroups;
    /** Flattened types. */
    public SubType[] types;
    /** For each type, the index of the first type of its recursion group. */
    public int[] groupStart;
    /** For each type, the index just after the last type of its recursion group. */
    public int[] groupEnd;

    /** Imports in order. */
    public List<Import> imports;

    /** Type index of every function. */
    public int[] funcTypes;
    /** Number of imported functions. */
    public int importedFuncs;

    /** Every table's type. */
    public TableType[] tables;
    /** Number of imported tables. */
    public int importedTables;
    /** Initialiser of every table, {@code null} for imported ones and those without one. */
    public ConstExpr[] tableInits;

    /** Every memory's type. */
    public MemoryType[] memories;
    /** Number of imported memories. */
    public int importedMemories;

    /** Every global's type. */
    public GlobalType[] globals;
    /** Number of imported globals. */
    public int importedGlobals;
    /** Initialiser of every global, {@code null} for imported ones. */
    public ConstExpr[] globalInits;

    /** Every tag's type. */
    public TagType[] tags;
    /** Number of imported tags. */
    public int importedTags;

    /** Exports in order. */
    public List<Export> exports;
    /** The start function, or {@code -1}. */
    public int start = -1;

    /** Element segments. */
    public List<ElementSegment> elements;
    /** Data segments. */
    public List<DataSegment> datas;
    /** The data count section's value, or {@code -1}. */
    public int dataCount = -1;

    /** Per defined function: offset of its body (the locals vector). */
    public int[] codeStart;
    /** Per defined function: offset of its first instruction. */
    public int[] bodyStart;
    /** Per defined function: offset just after its final {@code end}. */
    public int[] bodyEnd;
    /** Per defined function: index into {@link #localCounts} of its first local group; one extra entry at the end. */
    public int[] localGroupStart;
    /** Local group counts, all functions together. */
    public int[] localCounts;
    /** Local group types, all functions together. */
    public ValType[] localTypes;

    /** Custom sections in order. */
    public List<CustomSection> customSections;

    /** Number of defined functions. */
    public int definedFuncs() {
        return funcTypes.length - importedFuncs;
    }
}
