/**
 * Contracts between the wasm4j facade and its plugins, and the runtime objects they share.
 *
 * <h2>Value representation</h2>
 *
 * <p>On typed paths (method handles, generated code) values are Java primitives: {@code i32} is
 * {@code int}, {@code i64} is {@code long}, {@code f32} is {@code float}, {@code f64} is {@code double},
 * {@code v128} is {@link io.wasm4j.spi.V128}, and every reference type is {@code Object} ({@code null}
 * for {@code ref.null}). On untyped paths ({@code Object[]}) numbers are boxed ({@code Integer},
 * {@code Long}, {@code Float}, {@code Double}). NaN bit patterns are preserved exactly.
 *
 * <p>References: a {@code funcref} is a {@link io.wasm4j.spi.WasmFunction}, an {@code exnref} an {@link
 * io.wasm4j.spi.Exn}, an {@code i31ref} an {@link io.wasm4j.spi.I31Ref}, a struct or array a backend
 * object implementing {@link io.wasm4j.spi.GcRef}, and an {@code externref} any Java object the host
 * passed in. {@code any.convert_extern} and {@code extern.convert_any} are the identity on the Java
 * object (only {@code null} stays {@code null}), so a host object seen as {@code anyref} is none of the
 * above and matches only {@code any}.
 *
 * <h2>Types</h2>
 *
 * <p>Types that cross module boundaries are <em>canonical</em>: a {@link io.wasm4j.core.TypeIndex} in
 * them is an engine-wide id from a {@link io.wasm4j.spi.TypeRegistry}, not a module's type index. {@link
 * io.wasm4j.spi.DefinedType} objects are interned, so two function types are equal exactly when their
 * {@code DefinedType}s are the same object.
 */
package io.wasm4j.spi;
