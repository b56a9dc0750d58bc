/**
 * The WebAssembly binary format: types, the decoded and validated module model, and the exceptions for
 * malformed and invalid modules.
 */
package io.wasm4j.core;
