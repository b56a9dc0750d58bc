package io.wasm4j.it.spec;

import io.wasm4j.core.WasmFeature;
import io.wasm4j.core.WasmModule;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The engine under test: core's decoder and validator behind the harness's {@link ModuleChecker}. */
final class CoreModules {

    private CoreModules() {}

    /** Decodes ({@link io.wasm4j.core.MalformedModuleException}) then validates ({@link io.wasm4j.core.InvalidModuleException}). */
    static ModuleChecker checker() {
        return checker(Set.of());
    }

    static ModuleChecker checker(Set<WasmFeature> features) {
        return bytes -> WasmModule.decode(bytes, features).validate();
    }

    /**
     * The optional features a folder's scripts need: {@code proposals/NAME} enables the {@link WasmFeature}
     * whose name is NAME in upper case with {@code _} for {@code -} (e.g. {@code proposals/custom-page-sizes}
     * enables {@link WasmFeature#CUSTOM_PAGE_SIZES}); every other folder runs the 3.0 core alone.
     */
    static Set<WasmFeature> featuresFor(String folder) {
        Set<WasmFeature> features = EnumSet.noneOf(WasmFeature.class);
        for (WasmFeature f : WasmFeature.values()) {
            if (folder.equals("proposals/" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                features.add(f);
            }
        }
        return features;
    }
}
