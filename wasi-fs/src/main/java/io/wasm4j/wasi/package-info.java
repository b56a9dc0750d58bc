/**
 * WASI preview 1 for wasm4j: build a {@link io.wasm4j.wasi.WasiCtx} (arguments, environment, standard
 * streams, preopened directories of any {@link java.nio.file.FileSystem}, clocks and randomness) and add
 * it to a {@link io.wasm4j.Linker} with {@link io.wasm4j.wasi.WasiCtx#addToLinker}.
 *
 * {@snippet :
 * WasiCtx wasi = WasiCtx.builder()
 *         .args("prog", "input.txt")
 *         .inheritStdio()
 *         .preopenedDir(Path.of("data"), "/data")
 *         .build();
 * Linker<WasiCtx> linker = new Linker<>(engine);
 * WasiCtx.addToLinker(linker, ctx -> ctx);
 * Store<WasiCtx> store = Store.create(engine, wasi);
 * Instance instance = linker.instantiate(store, module);
 * try {
 *     instance.getFunc("_start").orElseThrow().call();
 * } catch (WasiExitException e) {
 *     System.exit(e.exitCode());
 * }
 * }
 */
package io.wasm4j.wasi;
