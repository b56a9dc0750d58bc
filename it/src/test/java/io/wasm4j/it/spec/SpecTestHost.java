package io.wasm4j.it.spec;

import io.wasm4j.Engine;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.wat.script.SpecTestModule;

/** The {@code spectest} module the suite's scripts import from, instantiated from {@link SpecTestModule}. */
final class SpecTestHost {

    private SpecTestHost() {}

    /** Defines {@code spectest} in {@code linker} with a fresh instance in {@code store}. */
    static <T> void define(Linker<T> linker, Store<T> store) {
        Engine engine = store.engine();
        linker.instance(
                SpecTestModule.NAME, linker.instantiate(store, Module.fromBinary(engine, SpecTestModule.binary())));
        try {
            Module shared = Module.fromBinary(engine, SpecTestModule.sharedMemoryBinary());
            linker.instance(SpecTestModule.NAME, linker.instantiate(store, shared));
        } catch (RuntimeException e) {
            // Shared memories need the threads feature; scripts importing it then fail to link, visibly.
        }
    }
}
