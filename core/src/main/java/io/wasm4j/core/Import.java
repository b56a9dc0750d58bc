package io.wasm4j.core;

/**
 * An import of a module.
 *
 * @param module the module name
 * @param name the item name
 * @param kind what is imported
 * @param index the imported entity's index in its kind's index space (imports come first there); its
 *     type is {@link WasmModule#funcTypeIndex}, {@link WasmModule#tableType}, {@link
 *     WasmModule#memoryType}, {@link WasmModule#globalType} or {@link WasmModule#tagType} of that index
 */
public record Import(String module, String name, ExternKind kind, int index) {}
