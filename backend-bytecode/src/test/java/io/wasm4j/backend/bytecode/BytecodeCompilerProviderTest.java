package io.wasm4j.backend.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.TypeRegistry;
import io.wasm4j.wat.Wat;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class BytecodeCompilerProviderTest {
    @Test
    void provider_identity_isBytecodeAboveTheInterpreter() {
        BytecodeCompilerProvider p = new BytecodeCompilerProvider();
        assertEquals("bytecode", p.id());
        assertTrue(p.isSupported());
        assertTrue(p.priority() > 10);
    }

    @Test
    void compile_unknownSetting_namesTheValidOnes() {
        ValidatedModule vm = ValidatedModule.of(Wat.parse("(module)"));
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new BytecodeCompilerProvider()
                        .compile(
                                vm,
                                new CompileContext(new TypeRegistry(), 1 << 20, Map.of("nope", "1"), false, false)));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("valid settings"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-1", "65536", "big"})
    void compile_badMethodLimit_isRejected(String value) {
        ValidatedModule vm = ValidatedModule.of(Wat.parse("(module (func))"));
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new BytecodeCompilerProvider()
                        .compile(
                                vm,
                                new CompileContext(
                                        new TypeRegistry(), 1 << 20, Map.of("methodLimit", value), false, false)));
        assertTrue(e.getMessage().contains("methodLimit"), e.getMessage());
    }

    @Test
    void compile_methodLimitSetting_isAccepted() {
        ValidatedModule vm = ValidatedModule.of(Wat.parse("(module (func (export \"f\") (result i32) (i32.const 7)))"));
        for (String value : new String[] {"0", "1", "6000"}) {
            new BytecodeCompilerProvider()
                    .compile(
                            vm,
                            new CompileContext(
                                    new TypeRegistry(), 1 << 20, Map.of("methodLimit", value), false, false));
        }
        assertTrue(new BytecodeCompilerProvider().settingNames().contains("methodLimit"));
    }
}
