package io.wasm4j.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class LargeModuleGeneratorTest {

    @Test
    void generate_smallModule_decodesAndValidates() {
        byte[] bytes = LargeModuleGenerator.generate(200_000, 7);
        ValidatedModule m = ValidatedModule.of(bytes);
        assertTrue(m.module().funcCount() > 50);
        assertTrue(m.functionCode(m.module().funcCount() - 1) != null);
    }
}
