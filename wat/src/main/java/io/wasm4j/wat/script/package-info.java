/**
 * {@code .wast} scripts: the command language of the WebAssembly spec tests ({@code module}, {@code
 * register}, {@code invoke}, {@code assert_return}, {@code assert_invalid}, ...). {@link
 * io.wasm4j.wat.script.WastScript#parse} turns a script into {@link io.wasm4j.wat.script.WastCommand}
 * records; running them is up to the caller (the spec harness, {@code wasm4j wast}).
 *
 * <p>Callers share how results are checked: {@link io.wasm4j.wat.script.ResultMatcher} compares the
 * {@link io.wasm4j.wat.script.ActionResult}s an action returned against an {@code assert_return}'s
 * {@link io.wasm4j.wat.script.ResultPattern}s, and {@link io.wasm4j.wat.script.HostRef} is the host
 * reference a script's {@code (ref.extern n)} stands for.
 */
package io.wasm4j.wat.script;
