package io.wasm4j.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.ExportType;
import io.wasm4j.Extern;
import io.wasm4j.ExternType;
import io.wasm4j.ImportType;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.Val;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** {@link Module}'s import and export types, and the {@link Extern}s of an instance that match them. */
final class ModuleTypesApiTest {
    private static final String GUEST = """
            (module $typed
              (import "env" "f" (func (param i32 i64) (result f32)))
              (import "env" "t" (table 2 10 externref))
              (import "env" "m" (memory 1 5))
              (import "env" "g" (global (mut f64)))
              (import "env" "e" (tag (param i32)))
              (func (export "run") (param v128) (result funcref) (ref.null func))
              (table (export "table") 3 funcref)
              (memory (export "memory") i64 2)
              (global (export "global") i32 (i32.const 1))
              (tag (export "tag") (param i64 i64)))
            """;

    private static final List<ImportType> IMPORTS = List.of(
            new ImportType(
                    "env",
                    "f",
                    new ExternType.Func(new FuncType(List.of(ValType.I32, ValType.I64), List.of(ValType.F32)))),
            new ImportType(
                    "env",
                    "t",
                    new ExternType.Table(new TableType(AddressType.I32, new Limits(2, 10), RefType.EXTERNREF))),
            new ImportType(
                    "env", "m", new ExternType.Memory(new MemoryType(AddressType.I32, new Limits(1, 5), false, 16))),
            new ImportType("env", "g", new ExternType.Global(new GlobalType(ValType.F64, true))),
            new ImportType("env", "e", new ExternType.Tag(new FuncType(List.of(ValType.I32), List.of()))));

    private static final List<ExportType> EXPORTS = List.of(
            new ExportType("run", new ExternType.Func(new FuncType(List.of(ValType.V128), List.of(RefType.FUNCREF)))),
            new ExportType(
                    "table", new ExternType.Table(new TableType(AddressType.I32, new Limits(3, -1), RefType.FUNCREF))),
            new ExportType(
                    "memory", new ExternType.Memory(new MemoryType(AddressType.I64, new Limits(2, -1), false, 16))),
            new ExportType("global", new ExternType.Global(new GlobalType(ValType.I32, false))),
            new ExportType("tag", new ExternType.Tag(new FuncType(List.of(ValType.I64, ValType.I64), List.of()))));

    @OnEveryBackend
    void importsAndExports_describeEveryKindInOrder(Strategy backend) {
        Module module = Module.fromText(Guests.engine(backend), GUEST);
        assertEquals(IMPORTS, module.imports());
        assertEquals(EXPORTS, module.exports());
        assertEquals(EXPORTS.get(2), module.export("memory").orElseThrow());
        assertTrue(module.export("absent").isEmpty());
        assertEquals("typed", module.name().orElseThrow());
    }

    @OnEveryBackend
    void instanceExterns_haveTheExportedTypes_andSatisfyTheImports(Strategy backend) {
        Engine engine = Guests.engine(backend);
        Store<Void> store = Store.create(engine, null);
        Instance provider = new Linker<Void>(engine).instantiate(store, Module.fromText(engine, """
                (module
                  (func (export "f") (param i32 i64) (result f32) (f32.const 1))
                  (table (export "t") 2 10 externref)
                  (memory (export "m") 1 5)
                  (global (export "g") (mut f64) (f64.const 0))
                  (tag (export "e") (param i32)))
                """));
        Map<String, Extern> exports = provider.exports();
        assertEquals(List.of("f", "t", "m", "g", "e"), List.copyOf(exports.keySet()));
        for (ImportType imp : IMPORTS) {
            assertEquals(imp.type(), exports.get(imp.name()).externType(), imp.name());
        }
        Linker<Void> linker = new Linker<Void>(engine).instance("env", provider);
        Instance instance = linker.instantiate(store, Module.fromText(engine, GUEST));
        for (ExportType exp : EXPORTS) {
            assertEquals(
                    exp.type(), instance.getExport(exp.name()).orElseThrow().externType(), exp.name());
        }
        assertTrue(instance.getTag("tag").isPresent());
        assertTrue(instance.getFunc("table").isEmpty());
        assertEquals(
                Val.funcref(null), instance.getFunc("run").orElseThrow().call(Val.v128(io.wasm4j.spi.V128.ZERO))[0]);
    }

    @OnEveryBackend
    void fromFile_textAndBinary_giveTheSameTypes(Strategy backend, @TempDir Path dir) throws Exception {
        Engine engine = Guests.engine(backend);
        Path text = Files.writeString(dir.resolve("m.wat"), GUEST);
        Path binary = Files.write(dir.resolve("m.wasm"), io.wasm4j.wat.Wat.parse(GUEST));
        assertEquals(EXPORTS, Module.fromFile(engine, text).exports());
        assertEquals(IMPORTS, Module.fromFile(engine, binary).imports());
    }
}
