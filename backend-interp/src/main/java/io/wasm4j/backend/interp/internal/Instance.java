package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.lang.foreign.MemorySegment;

/** An instance of an {@link InterpModule}: its index spaces, and its element and data segments. */
final class Instance extends ModuleInstance {
    static final Object[] DROPPED_ELEM = new Object[0];
    static final byte[] DROPPED_DATA = new byte[0];

    final InterpModule module;
    final DefinedType[] types;
    final WasmFunction[] functions;
    final WasmTable[] tables;
    final LinearMemory[] memories;
    final WasmGlobal[] globals;
    final WasmTag[] tags;
    final Object[][] elems;
    final byte[][] datas;
    LinearMemory memory0;
    StoreContext store;

    Instance(InterpModule module, int funcs, int tables, int memories, int globals, int tags, int elems, int datas) {
        this.module = module;
        this.types = module.types;
        this.functions = new WasmFunction[funcs];
        this.tables = new WasmTable[tables];
        this.memories = new LinearMemory[memories];
        this.globals = new WasmGlobal[globals];
        this.tags = new WasmTag[tags];
        this.elems = new Object[elems][];
        this.datas = new byte[datas][];
    }

    /** Returns memory 0's current segment, or {@code null} when the module has no memory. */
    MemorySegment mem0() {
        LinearMemory m = memory0;
        return m == null ? null : m.segment();
    }

    @Override
    public WasmFunction function(int funcIndex) {
        return functions[funcIndex];
    }

    @Override
    public WasmTable table(int tableIndex) {
        return tables[tableIndex];
    }

    @Override
    public LinearMemory memory(int memoryIndex) {
        return memories[memoryIndex];
    }

    @Override
    public WasmGlobal global(int globalIndex) {
        return globals[globalIndex];
    }

    @Override
    public WasmTag tag(int tagIndex) {
        return tags[tagIndex];
    }

    @Override
    public void start() {
        int start = module.wasm.startFunction();
        if (start >= 0) {
            functions[start].invoke(this);
        }
    }
}
