package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.SegmentMode;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * A module translated for the interpreter: constant expressions at compile time, function bodies into
 * pre-decoded code on their first call.
 */
public final class InterpModule implements CompiledModule {
    final ValidatedModule validated;
    final WasmModule wasm;
    final DefinedType[] types;
    final GcLayout[] layouts;
    final FuncCode[] funcs;
    final FuncCode[] globalInits;
    final FuncCode[] tableInits;
    final FuncCode[] elemOffsets;
    final FuncCode[][] elemItems;
    final FuncCode[] dataOffsets;
    final int maxDepth;
    /** {@code 1}: poll the epoch, {@code 2}: consume fuel, at function entries and loop headers. */
    final int checks;

    private InterpModule(ValidatedModule validated, CompileContext context) {
        this.validated = validated;
        this.wasm = validated.module();
        this.types = context.types().register(wasm.recGroups());
        this.layouts = GcLayout.of(wasm);
        this.checks = (context.epochInterruption() ? 1 : 0) | (context.consumeFuel() ? 2 : 0);
        this.maxDepth = (int) Math.max(256, Math.min(200_000, context.maxWasmStack() / 160));
        funcs = new FuncCode[wasm.funcCount() - wasm.importedFuncCount()];
        globalInits = new FuncCode[wasm.globalCount()];
        for (int g = wasm.importedGlobalCount(); g < globalInits.length; g++) {
            globalInits[g] = constant(wasm.globalInit(g), wasm.globalType(g).valType());
        }
        tableInits = new FuncCode[wasm.tableCount()];
        for (int t = wasm.importedTableCount(); t < tableInits.length; t++) {
            ConstExpr init = wasm.tableInit(t);
            tableInits[t] =
                    init == null ? null : constant(init, wasm.tableType(t).elementType());
        }
        List<ElementSegment> elems = wasm.elements();
        elemOffsets = new FuncCode[elems.size()];
        elemItems = new FuncCode[elems.size()][];
        for (int i = 0; i < elems.size(); i++) {
            ElementSegment e = elems.get(i);
            if (e.offset() != null) {
                elemOffsets[i] = constant(e.offset(), addressType(wasm.tableType(e.tableIndex())));
            }
            if (!e.hasFuncIndices()) {
                FuncCode[] items = new FuncCode[e.size()];
                for (int k = 0; k < items.length; k++) {
                    items[k] = constant(e.initExprs().get(k), e.type());
                }
                elemItems[i] = items;
            }
        }
        List<DataSegment> datas = wasm.datas();
        dataOffsets = new FuncCode[datas.size()];
        for (int i = 0; i < datas.size(); i++) {
            DataSegment d = datas.get(i);
            if (d.offset() != null) {
                MemoryType mt = wasm.memoryType(d.memoryIndex());
                dataOffsets[i] = constant(
                        d.offset(), mt.addressType() == io.wasm4j.core.AddressType.I64 ? NumType.I64 : NumType.I32);
            }
        }
    }

    /**
     * Returns the translated body of defined function {@code funcIndex}, translating it on first use so
     * that large modules start at once. Racing threads may both translate; either result is equivalent
     * and safely published (FuncCode's fields are final).
     */
    FuncCode code(int funcIndex) {
        int i = funcIndex - wasm.importedFuncCount();
        FuncCode c = funcs[i];
        if (c == null) {
            c = Translator.translate(this, funcIndex, validated.functionCode(funcIndex));
            funcs[i] = c;
        }
        return c;
    }

    private static ValType addressType(TableType t) {
        return t.addressType() == io.wasm4j.core.AddressType.I64 ? NumType.I64 : NumType.I32;
    }

    private FuncCode constant(ConstExpr e, ValType type) {
        return Translator.translateConst(this, e, type);
    }

    /** Translates every function of {@code module}. */
    public static InterpModule compile(ValidatedModule module, CompileContext context) {
        return new InterpModule(module, context);
    }

    @Override
    public ValidatedModule module() {
        return validated;
    }

    @Override
    public ModuleInstance instantiate(Imports imports, InstanceContext context) {
        WasmModule w = wasm;
        Instance inst = new Instance(
                this,
                w.funcCount(),
                w.tableCount(),
                w.memoryCount(),
                w.globalCount(),
                w.tagCount(),
                w.elements().size(),
                w.datas().size());
        System.arraycopy(imports.functions(), 0, inst.functions, 0, w.importedFuncCount());
        System.arraycopy(imports.tables(), 0, inst.tables, 0, w.importedTableCount());
        System.arraycopy(imports.memories(), 0, inst.memories, 0, w.importedMemoryCount());
        System.arraycopy(imports.globals(), 0, inst.globals, 0, w.importedGlobalCount());
        System.arraycopy(imports.tags(), 0, inst.tags, 0, w.importedTagCount());
        int imported = w.importedFuncCount();
        for (int f = imported; f < w.funcCount(); f++) {
            inst.functions[f] = new InterpFunction(inst, f, types[w.funcTypeIndex(f)]);
        }
        for (int t = w.importedTagCount(); t < w.tagCount(); t++) {
            inst.tags[t] = new WasmTag(types[w.tagType(t).typeIndex()]);
        }
        for (int m = w.importedMemoryCount(); m < w.memoryCount(); m++) {
            inst.memories[m] = context.memoryCreator().create(w.memoryType(m));
        }
        inst.memory0 = inst.memories.length > 0 ? inst.memories[0] : null;
        inst.store = context.store();
        for (int g = w.importedGlobalCount(); g < w.globalCount(); g++) {
            GlobalType gt = w.globalType(g);
            GlobalType canonical = new GlobalType(TypeRegistry.canonicalize(gt.valType(), types), gt.mutable());
            inst.globals[g] = new WasmGlobal(canonical, Interpreter.evalConst(inst, globalInits[g]));
        }
        for (int t = w.importedTableCount(); t < w.tableCount(); t++) {
            TableType tt = w.tableType(t);
            TableType canonical =
                    new TableType(tt.addressType(), tt.limits(), TypeRegistry.canonicalize(tt.elementType(), types));
            Object init = tableInits[t] == null ? null : Interpreter.evalConst(inst, tableInits[t]);
            inst.tables[t] = new WasmTable(canonical, init);
        }
        List<ElementSegment> elems = w.elements();
        for (int i = 0; i < elems.size(); i++) {
            ElementSegment e = elems.get(i);
            Object[] items = new Object[e.size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = e.hasFuncIndices()
                        ? inst.functions[e.funcIndex(k)]
                        : Interpreter.evalConst(inst, elemItems[i][k]);
            }
            inst.elems[i] = items;
        }
        for (int i = 0; i < inst.datas.length; i++) {
            inst.datas[i] = w.dataBytes(i);
        }
        for (int i = 0; i < elems.size(); i++) {
            ElementSegment e = elems.get(i);
            if (e.mode() == SegmentMode.ACTIVE) {
                long offset = toLong(Interpreter.evalConst(inst, elemOffsets[i]));
                WasmTable table = inst.tables[e.tableIndex()];
                table.init(offset, inst.elems[i], 0, inst.elems[i].length);
            }
            if (e.mode() != SegmentMode.PASSIVE) {
                inst.elems[i] = Instance.DROPPED_ELEM;
            }
        }
        List<DataSegment> datas = w.datas();
        for (int i = 0; i < datas.size(); i++) {
            DataSegment d = datas.get(i);
            if (d.mode() == SegmentMode.ACTIVE) {
                long offset = toLong(Interpreter.evalConst(inst, dataOffsets[i]));
                if (w.memoryType(d.memoryIndex()).addressType() == io.wasm4j.core.AddressType.I32) {
                    offset &= 0xFFFF_FFFFL;
                }
                copyData(inst.memories[d.memoryIndex()], offset, inst.datas[i]);
                inst.datas[i] = Instance.DROPPED_DATA;
            }
        }
        return inst;
    }

    private static void copyData(LinearMemory memory, long offset, byte[] data) {
        long size = memory.byteSize();
        if (offset < 0 || offset > size || data.length > size - offset) {
            throw new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
        }
        MemorySegment.copy(data, 0, memory.segment(), ValueLayout.JAVA_BYTE, offset, data.length);
    }

    private static long toLong(Object v) {
        return v instanceof Integer i ? i & 0xFFFF_FFFFL : (Long) v;
    }
}
