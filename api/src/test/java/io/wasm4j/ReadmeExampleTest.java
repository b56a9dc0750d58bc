package io.wasm4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The README's first example, after wasmtime's: compile a text module that imports a host function,
 * define it in a linker with a lambda, keep host state in the store, instantiate, call a typed export.
 */
final class ReadmeExampleTest {
    @Test
    @Disabled("needs a backend: enable once backend-interp exists (add it to api's test dependencies)")
    void readmeExample_hostFunctionCalledFromWasm_seesStoreData() {
        // README example begins
        Engine engine = Engine.create();
        Module module = Module.fromText(engine, """
                (module
                  (import "host" "hello" (func $hello (param i32)))
                  (func (export "run") (param i32)
                    (call $hello (local.get 0))))
                """);
        Linker<StringBuilder> linker = new Linker<>(engine);
        linker.func("host", "hello", new FuncType(List.of(ValType.I32), List.of()), (caller, args) -> {
            caller.data().append("Got ").append(args[0].i32()).append(" from WebAssembly");
            return Val.NONE;
        });
        Store<StringBuilder> store = Store.create(engine, new StringBuilder());
        Instance instance = linker.instantiate(store, module);
        IntConsumer run = instance.getFunc("run").orElseThrow().typed(IntConsumer.class);
        run.accept(42);
        // README example ends
        assertEquals("Got 42 from WebAssembly", store.data().toString());
    }
}
