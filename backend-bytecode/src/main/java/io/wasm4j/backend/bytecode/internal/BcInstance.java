package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.ArrayModuleInstance;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * An instance of a {@link BcModule}. Generated code receives it as the last argument of every method and
 * reads its public fields directly (they are public only because hidden classes of this package read them;
 * the package is not exported).
 */
public final class BcInstance extends ArrayModuleInstance {
    public final BcModule module;
    /** The typed handles of imported functions ({@code (ModuleInstance, params) → result}). */
    public final MethodHandle[] importHandles;

    /**
     * The interruption word, checked at every function entry and loop back-edge; non-zero makes the
     * generated code call {@link Rt#interrupted}. Later fuel and epoch support plug in here.
     */
    public volatile int interrupt;

    /** A tail call a function of this instance made and its caller must still run (see {@link Rt#runTail}). */
    public WasmFunction tailTarget;

    /** The boxed arguments of {@link #tailTarget}. */
    public Object[] tailArgs;

    private final InstanceContext context;
    private final MethodHandle[] fallbackHandles;

    BcInstance(BcModule module, InstanceContext context) {
        super(module.wasm, module.types);
        this.context = context;
        this.fallbackHandles = new MethodHandle[wasm.funcCount()];
        this.module = module;
        this.importHandles = new MethodHandle[wasm.importedFuncCount()];
    }

    @Override
    protected WasmFunction defineFunction(int funcIndex) {
        return new BcFunction(this, funcIndex, types[wasm.funcTypeIndex(funcIndex)]);
    }

    @Override
    protected Object evalConstant(ConstSite site, int index, int item) {
        return ConstEval.eval(
                this,
                switch (site) {
                    case GLOBAL_INIT -> wasm.globalInit(index);
                    case TABLE_INIT -> wasm.tableInit(index);
                    case ELEM_ITEM -> wasm.elements().get(index).initExprs().get(item);
                    case ELEM_OFFSET -> wasm.elements().get(index).offset();
                    case DATA_OFFSET -> wasm.datas().get(index).offset();
                });
    }

    /**
     * Returns the typed handle ({@code (ModuleInstance, params) → result}) of function {@code funcIndex},
     * which runs in the fallback backend: its one-function module is instantiated over this instance's
     * entities on first use.
     */
    public MethodHandle fallbackHandle(int funcIndex) {
        MethodHandle h = fallbackHandles[funcIndex];
        if (h == null) {
            h = linkFallback(funcIndex);
        }
        return h;
    }

    private synchronized MethodHandle linkFallback(int funcIndex) {
        MethodHandle h = fallbackHandles[funcIndex];
        if (h == null) {
            Imports imports = new Imports(functions, tables, memories, globals, tags);
            ModuleInstance fb = module.fallbacks[funcIndex].instantiate(imports, context);
            var w = module.wasm;
            h = fb.function(w.funcCount())
                    .handle()
                    .asType(MethodType.fromMethodDescriptorString(
                            Kinds.handleDesc(w.funcTypeOf(funcIndex)), BcInstance.class.getClassLoader()));
            fallbackHandles[funcIndex] = h;
        }
        return h;
    }
}
