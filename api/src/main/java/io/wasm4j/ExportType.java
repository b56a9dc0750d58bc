package io.wasm4j;

/**
 * One export of a {@link Module}.
 *
 * @param name the export name
 * @param type what is exported
 */
public record ExportType(String name, ExternType type) {}
