package io.wasm4j.backend.interp.internal;

import io.wasm4j.spi.ArrayModuleInstance;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.WasmFunction;
import java.lang.foreign.MemorySegment;

/**
 * An instance of an {@link InterpModule}: its index spaces and segments (in {@link ArrayModuleInstance}),
 * and the store state its code polls.
 */
final class Instance extends ArrayModuleInstance {
    final InterpModule module;
    StoreContext store;

    Instance(InterpModule module) {
        super(module.wasm, module.types);
        this.module = module;
    }

    /** Returns memory 0's current segment, or {@code null} when the module has no memory. */
    MemorySegment mem0() {
        LinearMemory m = memory0;
        return m == null ? null : m.segment();
    }

    @Override
    protected WasmFunction defineFunction(int funcIndex) {
        return new InterpFunction(this, funcIndex, types[wasm.funcTypeIndex(funcIndex)]);
    }

    @Override
    protected Object evalConstant(ConstSite site, int index, int item) {
        return Interpreter.evalConst(this, module.constant(site, index, item));
    }
}
