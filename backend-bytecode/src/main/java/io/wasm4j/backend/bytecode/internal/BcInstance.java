package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.ArrayModuleInstance;
import io.wasm4j.spi.CompiledModule;
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
     * The interruption word: non-zero while a request ({@link #requestInterrupt}) is pending. Written only
     * through the module's {@link Interrupts}; generated code reads the module's switch, not this word.
     */
    volatile int interrupt;

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

    /**
     * Makes code of this instance trap with {@link io.wasm4j.spi.TrapCode#INTERRUPT} at its next
     * interruption check (a loop header or a function entry; see docs/adr/0026), now if it is running on
     * another thread, else at the next call. Other instances of the module continue. Thread-safe.
     */
    public void requestInterrupt() {
        module.interrupts.request(this);
    }

    @Override
    protected WasmFunction defineFunction(int funcIndex) {
        return new BcFunction(this, funcIndex, types[wasm.funcTypeIndex(funcIndex)]);
    }

    @Override
    protected Object evalConstant(ConstSite site, int index, int item) {
        return ConstEval.eval(this, constExpr(site, index, item));
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
            var w = module.wasm;
            CompiledModule compiled = module.fallbacks[funcIndex];
            WasmFunction[] fns = functions;
            int self = w.funcCount();
            if (compiled instanceof FallbackSegments.Compiled c) {
                fns = c.functions(this);
                self = c.selfIndex();
            }
            Imports imports = new Imports(fns, tables, memories, globals, tags);
            ModuleInstance fb = compiled.instantiate(imports, context);
            h = fb.function(self)
                    .handle()
                    .asType(MethodType.fromMethodDescriptorString(
                            Kinds.handleDesc(w.funcTypeOf(funcIndex)), BcInstance.class.getClassLoader()));
            fallbackHandles[funcIndex] = h;
        }
        return h;
    }
}
