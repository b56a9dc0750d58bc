/**
 * {@code .wast} scripts: the command language of the WebAssembly spec tests ({@code module}, {@code
 * register}, {@code invoke}, {@code assert_return}, {@code assert_invalid}, ...). {@link
 * io.wasm4j.wat.script.WastScript#parse} turns a script into {@link io.wasm4j.wat.script.WastCommand}
 * records; running them is up to the caller (the spec harness, {@code wasm4j wast}).
 */
package io.wasm4j.wat.script;
