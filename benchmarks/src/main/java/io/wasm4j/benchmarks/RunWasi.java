package io.wasm4j.benchmarks;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.wasi.WasiCtx;
import io.wasm4j.wasi.WasiExitException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A minimal whole-process runner for the peer comparison: {@code java -cp benchmarks.jar
 * io.wasm4j.benchmarks.RunWasi [--strategy auto|interp|bytecode] [--setting NAME=VALUE]... [--dir
 * HOST[::GUEST]]... [--timing] FILE.wasm [ARGS...]} runs {@code _start} with WASI (inherited stdio, the
 * arguments, the preopened directories) and exits with the guest's status. With {@code --timing}, prints to
 * stderr the time from JVM start to {@code main}, the engine's creation, decoding and validation (measured
 * apart, then done again by the engine), the backend's compilation, and instantiation plus run.
 */
public final class RunWasi {
    private RunWasi() {}

    /** Runs the program. */
    public static void main(String[] args) throws IOException {
        Strategy strategy = Strategy.AUTO;
        boolean timing = false;
        Config.Builder config = Config.builder();
        List<String> dirs = new ArrayList<>();
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            switch (args[i]) {
                case "--strategy" -> strategy = Strategy.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--timing" -> timing = true;
                case "--dir" -> dirs.add(args[++i]);
                case "--setting" -> {
                    String[] kv = args[++i].split("=", 2);
                    config.backendSetting(kv[0], kv[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (i >= args.length) {
            System.err.println("usage: RunWasi [--strategy auto|interp|bytecode] [--setting NAME=VALUE]..."
                    + " [--dir HOST[::GUEST]]... [--timing] FILE.wasm [ARGS...]");
            System.exit(2);
        }
        Path file = Path.of(args[i]);
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long toMain = System.currentTimeMillis() - start;
        long t0 = System.nanoTime();
        Engine engine = Engine.create(config.strategy(strategy).build());
        byte[] bytes = Files.readAllBytes(file);
        long tEngine = System.nanoTime();
        long validate = 0;
        if (timing) {
            ValidatedModule.of(bytes);
            validate = System.nanoTime() - tEngine;
        }
        long tCompile = System.nanoTime();
        Module module = Module.fromBinary(engine, bytes);
        long t1 = System.nanoTime();
        int status = 0;
        WasiCtx.Builder builder = WasiCtx.builder()
                .args(file.getFileName().toString())
                .args(Arrays.copyOfRange(args, i + 1, args.length))
                .inheritStdio();
        for (String d : dirs) {
            int sep = d.indexOf("::");
            builder.preopenedDir(Path.of(sep < 0 ? d : d.substring(0, sep)), sep < 0 ? d : d.substring(sep + 2));
        }
        try (WasiCtx wasi = builder.build()) {
            Linker<WasiCtx> linker = new Linker<>(engine);
            WasiCtx.addToLinker(linker, c -> c);
            Instance instance = linker.instantiate(Store.create(engine, wasi), module);
            try {
                instance.getFunc("_start").orElseThrow().call();
            } catch (WasiExitException e) {
                status = e.exitCode();
            }
        }
        long t2 = System.nanoTime();
        if (timing) {
            System.err.printf(
                    "wasm4j %s: JVM start to main %d ms, engine %.1f ms, decode+validate %.1f ms,"
                            + " compile (decode+validate+backend) %.1f ms, instantiate+run %.1f ms%n",
                    engine.backend().orElse("?"),
                    toMain,
                    (tEngine - t0) / 1e6,
                    validate / 1e6,
                    (t1 - tCompile) / 1e6,
                    (t2 - t1) / 1e6);
        }
        System.exit(status);
    }
}
