package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModuleTest {
    private final Engine engine = HostOnlyBackend.engine();

    @Test
    void importsAndExports_withTypes() {
        WasmBuilder b = new WasmBuilder();
        int t = b.type(new int[] {WasmBuilder.I32, WasmBuilder.F64}, new int[] {WasmBuilder.I64});
        Module m = Module.fromBinary(
                engine,
                b.importFunc("env", "f", t)
                        .importTable("env", "t", WasmBuilder.FUNCREF, 1, 10)
                        .memory(2, -1)
                        .globalI32(true, 0)
                        .export("f", 0, 0)
                        .export("mem", 2, 0)
                        .export("g", 3, 0)
                        .build());
        FuncType ft = new FuncType(List.of(ValType.I32, ValType.F64), List.of(ValType.I64));
        assertEquals(
                List.of(
                        new ImportType("env", "f", new ExternType.Func(ft)),
                        new ImportType(
                                "env",
                                "t",
                                new ExternType.Table(
                                        new TableType(AddressType.I32, new Limits(1, 10), RefType.FUNCREF)))),
                m.imports());
        assertEquals(
                List.of(
                        new ExportType("f", new ExternType.Func(ft)),
                        new ExportType(
                                "mem",
                                new ExternType.Memory(new MemoryType(AddressType.I32, new Limits(2, -1), false, 16))),
                        new ExportType("g", new ExternType.Global(new GlobalType(ValType.I32, true)))),
                m.exports());
        assertEquals(ft, ((ExternType.Func) m.export("f").orElseThrow().type()).type());
    }

    @Test
    void fromFile_binary_detectedByMagic(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m.wasm");
        Files.write(f, new WasmBuilder().export("x", 3, 0).globalI32(false, 1).build());
        assertEquals(1, Module.fromFile(engine, f).exports().size());
        assertThrows(java.io.UncheckedIOException.class, () -> Module.fromFile(engine, dir.resolve("missing.wasm")));
    }

    @Test
    void fromBinary_moduleWithFunctionBodies_backendRefusalPropagates() {
        byte[] withBody = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 0x0B};
        assertThrows(UnsupportedOperationException.class, () -> Module.fromBinary(engine, withBody));
        Module.validate(engine, withBody);
    }
}
