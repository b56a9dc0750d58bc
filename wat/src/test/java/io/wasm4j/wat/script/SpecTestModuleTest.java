package io.wasm4j.wat.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.Export;
import io.wasm4j.core.ExternKind;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.ValType;
import io.wasm4j.core.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SpecTestModuleTest {

    @Test
    void binary_exportsWhatTheSpecTestsImport() {
        WasmModule m = WasmModule.decode(SpecTestModule.binary());
        m.validate();
        assertEquals(
                List.of(
                        "print",
                        "print_i32",
                        "print_i64",
                        "print_f32",
                        "print_f64",
                        "print_i32_f32",
                        "print_f64_f64",
                        "global_i32",
                        "global_i64",
                        "global_f32",
                        "global_f64",
                        "table",
                        "table64",
                        "memory"),
                m.exports().stream().map(Export::name).toList());
        assertEquals(new GlobalType(ValType.F32, false), m.globalType(2));
        assertEquals(new Limits(10, 20), m.tableType(1).limits());
        assertEquals(new Limits(1, 2), m.memoryType(0).limits());
        assertEquals(List.of(ValType.I32, ValType.F32), m.funcTypeOf(5).params());
    }

    @Test
    void sharedMemoryBinary_exportsOneSharedMemory() {
        WasmModule m = WasmModule.decode(SpecTestModule.sharedMemoryBinary());
        m.validate();
        Export e = m.exports().getFirst();
        assertEquals(new Export("shared_memory", ExternKind.MEMORY, 0), e);
        assertTrue(m.memoryType(0).shared());
    }
}
