package io.wasm4j;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.WasmModule;

/** Rejects modules that use a feature the engine's {@link Config} disables (module-level checks). */
final class FeatureCheck {
    private FeatureCheck() {}

    static void check(WasmModule m, Config config) {
        if (m.memoryCount() > 1) {
            require(config, Feature.MULTI_MEMORY, "multiple memories");
        }
        for (int i = 0; i < m.memoryCount(); i++) {
            MemoryType t = m.memoryType(i);
            if (t.addressType() == AddressType.I64) {
                require(config, Feature.MEMORY64, "64-bit memory");
            }
            if (t.shared()) {
                require(config, Feature.THREADS, "shared memory");
            }
            if (t.pageSizeLog2() != 16) {
                require(config, Feature.CUSTOM_PAGE_SIZES, "custom page size");
            }
        }
        for (int i = 0; i < m.tableCount(); i++) {
            if (m.tableType(i).addressType() == AddressType.I64) {
                require(config, Feature.MEMORY64, "64-bit table");
            }
        }
        if (m.tagCount() > 0) {
            require(config, Feature.EXCEPTIONS, "exception tags");
        }
        for (int i = 0; i < m.typeCount(); i++) {
            if (m.type(i).composite() instanceof StructType || m.type(i).composite() instanceof ArrayType) {
                require(config, Feature.GC, "struct and array types");
            }
        }
    }

    private static void require(Config config, Feature feature, String what) {
        if (!config.isEnabled(feature)) {
            throw new InvalidModuleException(
                    what + " need the " + feature + " feature, which the engine's Config disables", -1);
        }
    }
}
