/** The WebAssembly text format: {@code .wat} modules and {@code .wast} scripts. */
package io.wasm4j.wat;
