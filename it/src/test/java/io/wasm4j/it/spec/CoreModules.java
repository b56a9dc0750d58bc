package io.wasm4j.it.spec;

import io.wasm4j.core.WasmModule;

/** The engine under test: core's decoder and validator behind the harness's {@link ModuleChecker}. */
final class CoreModules {

    private CoreModules() {}

    /** Decodes ({@link io.wasm4j.core.MalformedModuleException}) then validates ({@link io.wasm4j.core.InvalidModuleException}). */
    static ModuleChecker checker() {
        return bytes -> WasmModule.decode(bytes).validate();
    }
}
