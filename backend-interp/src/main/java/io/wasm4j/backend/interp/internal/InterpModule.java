package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.ArrayModuleInstance;
import io.wasm4j.spi.ArrayModuleInstance.ConstSite;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
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

    /** Returns the translated constant expression at {@code site} (see {@link ArrayModuleInstance#evalConstant}). */
    FuncCode constant(ConstSite site, int index, int item) {
        return switch (site) {
            case GLOBAL_INIT -> globalInits[index];
            case TABLE_INIT -> tableInits[index];
            case ELEM_ITEM -> elemItems[index][item];
            case ELEM_OFFSET -> elemOffsets[index];
            case DATA_OFFSET -> dataOffsets[index];
        };
    }

    @Override
    public ModuleInstance instantiate(Imports imports, InstanceContext context) {
        Instance inst = new Instance(this);
        inst.store = context.store();
        inst.initialize(imports, context);
        return inst;
    }
}
