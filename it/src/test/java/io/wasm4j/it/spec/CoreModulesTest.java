package io.wasm4j.it.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.WasmFeature;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CoreModulesTest {

    @Test
    void featuresFor_proposalFolder_enablesItsFeature() {
        assertEquals(Set.of(WasmFeature.CUSTOM_PAGE_SIZES), CoreModules.featuresFor("proposals/custom-page-sizes"));
    }

    @Test
    void featuresFor_coreFolders_enableNothing() {
        assertEquals(Set.of(), CoreModules.featuresFor("."));
        assertEquals(Set.of(), CoreModules.featuresFor("memory64"));
        assertEquals(Set.of(), CoreModules.featuresFor("proposals/threads"));
    }
}
