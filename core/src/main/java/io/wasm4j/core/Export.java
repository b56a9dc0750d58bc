package io.wasm4j.core;

/**
 * An export of a module.
 *
 * @param name the export name, unique within the module
 * @param kind what is exported
 * @param index the exported entity's index in its kind's index space
 */
public record Export(String name, ExternKind kind, int index) {}
