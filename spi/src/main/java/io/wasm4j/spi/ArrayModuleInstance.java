package io.wasm4j.spi;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.SegmentMode;
import io.wasm4j.core.TableType;
import io.wasm4j.core.WasmModule;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * A module instance that keeps its index spaces and segments in plain arrays, and instantiates itself the
 * way the spec's <em>instantiate</em> does: imports first, then its own tags, memories, globals and tables,
 * then element and data segments (active ones are copied and dropped). A backend only says how to create
 * its functions and how to evaluate constant expressions.
 *
 * <p>The fields are public so that code a backend generates in its own (unexported) package can read them
 * directly; embedders never see this class, only {@link ModuleInstance}.
 *
 * <pre>{@code
 * final class MyInstance extends ArrayModuleInstance {
 *     MyInstance(WasmModule wasm, DefinedType[] types) { super(wasm, types); }
 *     protected WasmFunction defineFunction(int funcIndex) { ... }
 *     protected Object evalConstant(ConstSite site, int index, int item) { ... }
 * }
 * var inst = new MyInstance(wasm, types);
 * inst.initialize(imports, context);
 * }</pre>
 */
public abstract class ArrayModuleInstance extends ModuleInstance {
    /** What an element segment becomes once dropped (explicitly, or by being active or declarative). */
    public static final Object[] DROPPED_ELEM = new Object[0];

    /** What a data segment becomes once dropped (explicitly, or by being active). */
    public static final byte[] DROPPED_DATA = new byte[0];

    /** Where a constant expression of the module stands, for {@link #evalConstant}. */
    public enum ConstSite {
        /** A defined global's initialiser; the index is the global index. */
        GLOBAL_INIT,
        /** A defined table's initialiser; the index is the table index. */
        TABLE_INIT,
        /** An element segment's item expression; the index is the segment, {@code item} the item. */
        ELEM_ITEM,
        /** An active element segment's offset; the index is the segment. */
        ELEM_OFFSET,
        /** An active data segment's offset; the index is the segment. */
        DATA_OFFSET
    }

    /** The module this is an instance of. */
    public final WasmModule wasm;

    /** The module's types, canonicalised in the store's type registry. */
    public final DefinedType[] types;

    /** The function index space (imports first). */
    public final WasmFunction[] functions;

    /** The table index space. */
    public final WasmTable[] tables;

    /** The memory index space. */
    public final LinearMemory[] memories;

    /** The global index space. */
    public final WasmGlobal[] globals;

    /** The tag index space. */
    public final WasmTag[] tags;

    /** Element segments' items ({@link #DROPPED_ELEM} once dropped). */
    public final Object[][] elems;

    /** Data segments' bytes ({@link #DROPPED_DATA} once dropped). */
    public final byte[][] datas;

    /** Memory 0, or {@code null} when the module has none: the one most code uses. */
    public LinearMemory memory0;

    /** The owning store's execution state (epoch deadline, fuel) that the code polls. */
    public StoreContext store;

    /** Allocates the arrays for {@code wasm}'s index spaces; {@link #initialize} fills them. */
    protected ArrayModuleInstance(WasmModule wasm, DefinedType[] types) {
        this.wasm = wasm;
        this.types = types;
        this.functions = new WasmFunction[wasm.funcCount()];
        this.tables = new WasmTable[wasm.tableCount()];
        this.memories = new LinearMemory[wasm.memoryCount()];
        this.globals = new WasmGlobal[wasm.globalCount()];
        this.tags = new WasmTag[wasm.tagCount()];
        this.elems = new Object[wasm.elements().size()][];
        this.datas = new byte[wasm.datas().size()][];
    }

    /** Creates the object for defined function {@code funcIndex} (called once per defined function). */
    protected abstract WasmFunction defineFunction(int funcIndex);

    /**
     * Evaluates the constant expression at {@code site}: an {@code Integer}, {@code Long}, {@code Float},
     * {@code Double}, {@link V128} or reference. Called in the spec's order, when every entity it may refer
     * to (imported and earlier globals, all functions) is in place.
     */
    protected abstract Object evalConstant(ConstSite site, int index, int item);

    /** Returns the module's constant expression at {@code site}, for backends that evaluate them directly. */
    protected final ConstExpr constExpr(ConstSite site, int index, int item) {
        return switch (site) {
            case GLOBAL_INIT -> wasm.globalInit(index);
            case TABLE_INIT -> wasm.tableInit(index);
            case ELEM_ITEM -> wasm.elements().get(index).initExprs().get(item);
            case ELEM_OFFSET -> wasm.elements().get(index).offset();
            case DATA_OFFSET -> wasm.datas().get(index).offset();
        };
    }

    /**
     * Fills the index spaces from {@code imports} and the module's own definitions, and applies the
     * segments. Call it once, before the instance is used.
     *
     * @throws Trap if an active segment does not fit its table or memory
     */
    public final void initialize(Imports imports, InstanceContext context) {
        WasmModule w = wasm;
        store = context.store();
        System.arraycopy(imports.functions(), 0, functions, 0, w.importedFuncCount());
        System.arraycopy(imports.tables(), 0, tables, 0, w.importedTableCount());
        System.arraycopy(imports.memories(), 0, memories, 0, w.importedMemoryCount());
        System.arraycopy(imports.globals(), 0, globals, 0, w.importedGlobalCount());
        System.arraycopy(imports.tags(), 0, tags, 0, w.importedTagCount());
        for (int f = w.importedFuncCount(); f < w.funcCount(); f++) {
            functions[f] = defineFunction(f);
        }
        for (int t = w.importedTagCount(); t < w.tagCount(); t++) {
            tags[t] = new WasmTag(types[w.tagType(t).typeIndex()]);
        }
        for (int m = w.importedMemoryCount(); m < w.memoryCount(); m++) {
            memories[m] = context.memoryCreator().create(w.memoryType(m));
        }
        memory0 = memories.length > 0 ? memories[0] : null;
        for (int g = w.importedGlobalCount(); g < w.globalCount(); g++) {
            GlobalType gt = w.globalType(g);
            GlobalType canonical = new GlobalType(TypeRegistry.canonicalize(gt.valType(), types), gt.mutable());
            globals[g] = new WasmGlobal(canonical, evalConstant(ConstSite.GLOBAL_INIT, g, 0));
        }
        for (int t = w.importedTableCount(); t < w.tableCount(); t++) {
            TableType tt = w.tableType(t);
            TableType canonical =
                    new TableType(tt.addressType(), tt.limits(), TypeRegistry.canonicalize(tt.elementType(), types));
            Object init = w.tableInit(t) == null ? null : evalConstant(ConstSite.TABLE_INIT, t, 0);
            tables[t] = new WasmTable(canonical, init);
        }
        initializeSegments();
    }

    private void initializeSegments() {
        WasmModule w = wasm;
        List<ElementSegment> elemSegments = w.elements();
        for (int i = 0; i < elemSegments.size(); i++) {
            ElementSegment e = elemSegments.get(i);
            Object[] items = new Object[e.size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = e.hasFuncIndices() ? functions[e.funcIndex(k)] : evalConstant(ConstSite.ELEM_ITEM, i, k);
            }
            elems[i] = items;
        }
        for (int i = 0; i < datas.length; i++) {
            datas[i] = w.dataBytes(i);
        }
        for (int i = 0; i < elemSegments.size(); i++) {
            ElementSegment e = elemSegments.get(i);
            if (e.mode() == SegmentMode.ACTIVE) {
                long offset = unsigned(evalConstant(ConstSite.ELEM_OFFSET, i, 0));
                tables[e.tableIndex()].init(offset, elems[i], 0, elems[i].length);
            }
            if (e.mode() != SegmentMode.PASSIVE) {
                elems[i] = DROPPED_ELEM;
            }
        }
        List<DataSegment> dataSegments = w.datas();
        for (int i = 0; i < dataSegments.size(); i++) {
            DataSegment d = dataSegments.get(i);
            if (d.mode() == SegmentMode.ACTIVE) {
                long offset = unsigned(evalConstant(ConstSite.DATA_OFFSET, i, 0));
                if (w.memoryType(d.memoryIndex()).addressType() == AddressType.I32) {
                    offset &= 0xFFFF_FFFFL;
                }
                copyData(memories[d.memoryIndex()], offset, datas[i]);
                datas[i] = DROPPED_DATA;
            }
        }
    }

    private static void copyData(LinearMemory memory, long offset, byte[] data) {
        long size = memory.byteSize();
        if (offset < 0 || offset > size || data.length > size - offset) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        MemorySegment.copy(data, 0, memory.segment(), ValueLayout.JAVA_BYTE, offset, data.length);
    }

    private static long unsigned(Object offset) {
        return offset instanceof Integer i ? i & 0xFFFF_FFFFL : (Long) offset;
    }

    @Override
    public final WasmFunction function(int funcIndex) {
        return functions[funcIndex];
    }

    @Override
    public final WasmTable table(int tableIndex) {
        return tables[tableIndex];
    }

    @Override
    public final LinearMemory memory(int memoryIndex) {
        return memories[memoryIndex];
    }

    @Override
    public final WasmGlobal global(int globalIndex) {
        return globals[globalIndex];
    }

    @Override
    public final WasmTag tag(int tagIndex) {
        return tags[tagIndex];
    }

    /** Runs the module's start function, if any, with this instance as the caller. */
    @Override
    public void start() {
        int start = wasm.startFunction();
        if (start >= 0) {
            functions[start].invoke(this);
        }
    }
}
