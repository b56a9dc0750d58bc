package io.wasm4j.spi;

import java.util.Objects;

/**
 * The resolved imports of one instantiation, per kind in import order (so {@code functions()[i]} is
 * function index {@code i}). The facade has already checked that each entity matches its import's type.
 *
 * @param functions imported functions
 * @param tables imported tables
 * @param memories imported memories
 * @param globals imported globals
 * @param tags imported tags
 */
public record Imports(
        WasmFunction[] functions, WasmTable[] tables, LinearMemory[] memories, WasmGlobal[] globals, WasmTag[] tags) {
    /** No imports. */
    public static final Imports NONE =
            new Imports(new WasmFunction[0], new WasmTable[0], new LinearMemory[0], new WasmGlobal[0], new WasmTag[0]);

    /** Creates the imports; the arrays are not copied and must not be modified afterwards. */
    public Imports {
        Objects.requireNonNull(functions);
        Objects.requireNonNull(tables);
        Objects.requireNonNull(memories);
        Objects.requireNonNull(globals);
        Objects.requireNonNull(tags);
    }
}
