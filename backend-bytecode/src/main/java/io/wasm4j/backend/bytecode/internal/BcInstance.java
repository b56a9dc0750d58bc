package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmFunction;
import io.wasm4j.spi.WasmGlobal;
import io.wasm4j.spi.WasmTable;
import io.wasm4j.spi.WasmTag;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * An instance of a {@link BcModule}. Generated code receives it as the last argument of every method and
 * reads its public fields directly (they are public only because hidden classes of this package read them;
 * the package is not exported).
 */
public final class BcInstance extends ModuleInstance {
    static final Object[] DROPPED_ELEM = new Object[0];
    static final byte[] DROPPED_DATA = new byte[0];

    public final BcModule module;
    public final DefinedType[] types;
    public final WasmFunction[] functions;
    /** The typed handles of imported functions ({@code (ModuleInstance, params) → result}). */
    public final MethodHandle[] importHandles;

    public final WasmTable[] tables;
    public final LinearMemory[] memories;
    public final WasmGlobal[] globals;
    public final WasmTag[] tags;
    public final Object[][] elems;
    public final byte[][] datas;
    public LinearMemory memory0;

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
        var w = module.wasm;
        this.context = context;
        this.fallbackHandles = new MethodHandle[w.funcCount()];
        this.module = module;
        this.types = module.types;
        this.functions = new WasmFunction[w.funcCount()];
        this.importHandles = new MethodHandle[w.importedFuncCount()];
        this.tables = new WasmTable[w.tableCount()];
        this.memories = new LinearMemory[w.memoryCount()];
        this.globals = new WasmGlobal[w.globalCount()];
        this.tags = new WasmTag[w.tagCount()];
        this.elems = new Object[w.elements().size()][];
        this.datas = new byte[w.datas().size()][];
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
