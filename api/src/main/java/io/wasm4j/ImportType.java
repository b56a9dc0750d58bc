package io.wasm4j;

/**
 * One import of a {@link Module}.
 *
 * @param module the module name
 * @param name the item name
 * @param type what must be provided
 */
public record ImportType(String module, String name, ExternType type) {}
