package io.wasm4j.wasi;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs a test program of {@code src/test/resources/wasi} with a WASI context, capturing its output. */
record GuestRun(int exitCode, String stdout, String stderr) {
    private static final Map<Strategy, Engine> ENGINES = new ConcurrentHashMap<>();

    static GuestRun run(
            Strategy backend, String program, Path dir, String stdin, Map<String, String> env, String... args) {
        return run(backend, program, dir, false, stdin, env, args);
    }

    static GuestRun run(
            Strategy backend,
            String program,
            Path dir,
            boolean readOnly,
            String stdin,
            Map<String, String> env,
            String... args) {
        Engine engine = ENGINES.computeIfAbsent(
                backend, b -> Engine.create(Config.builder().strategy(b).build()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WasiCtx.Builder b = WasiCtx.builder()
                .arg(program)
                .args(args)
                .env(env)
                .stdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .stdout(out)
                .stderr(err);
        if (dir != null) {
            if (readOnly) {
                b.preopenedDirReadOnly(dir, "data");
            } else {
                b.preopenedDir(dir, "data");
            }
        }
        int code;
        try (WasiCtx ctx = b.build()) {
            Linker<WasiCtx> linker = new Linker<>(engine);
            WasiCtx.addToLinker(linker, c -> c);
            Store<WasiCtx> store = Store.create(engine, ctx);
            Instance instance = linker.instantiate(store, Module.fromBinary(engine, bytes(program)));
            try {
                instance.getFunc("_start").orElseThrow().call();
                code = 0;
            } catch (WasiExitException e) {
                code = e.exitCode();
            }
        }
        return new GuestRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static byte[] bytes(String program) {
        try (InputStream in = GuestRun.class.getResourceAsStream("/wasi/" + program + ".wasm")) {
            if (in == null) {
                throw new IllegalArgumentException("no test program " + program);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
