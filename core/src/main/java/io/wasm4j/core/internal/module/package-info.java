/**
 * Module-level validation: types (with iso-recursive canonicalisation in {@link
 * io.wasm4j.core.internal.module.TypeCanon}), imports, tags, memories, tables, globals, segments, start
 * and exports, in the reference interpreter's order; {@link io.wasm4j.core.internal.module.ModuleEnvImpl}
 * is the validation context that the code validator consumes.
 */
package io.wasm4j.core.internal.module;
