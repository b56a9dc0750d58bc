package io.wasm4j.benchmarks;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;
import io.wasm4j.wasi.WasiCtx;
import io.wasm4j.wasi.WasiExitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A minimal whole-process runner for the peer comparison, until the {@code wasm4j} CLI is merged: {@code java
 * -cp benchmarks.jar io.wasm4j.benchmarks.RunWasi [--strategy auto|interp|bytecode] [--timing] FILE.wasm
 * [ARGS...]} runs {@code _start} with WASI (inherited stdio, the arguments) and exits with the guest's status.
 * With {@code --timing}, prints compile (decode, validate, backend) and run times to stderr.
 */
public final class RunWasi {
    private RunWasi() {}

    /** Runs the program. */
    public static void main(String[] args) throws IOException {
        Strategy strategy = Strategy.AUTO;
        boolean timing = false;
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            switch (args[i]) {
                case "--strategy" -> strategy = Strategy.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--timing" -> timing = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (i >= args.length) {
            System.err.println("usage: RunWasi [--strategy auto|interp|bytecode] [--timing] FILE.wasm [ARGS...]");
            System.exit(2);
        }
        Path file = Path.of(args[i]);
        long t0 = System.nanoTime();
        Engine engine = Engine.create(Config.builder().strategy(strategy).build());
        Module module = Module.fromBinary(engine, Files.readAllBytes(file));
        long t1 = System.nanoTime();
        int status = 0;
        try (WasiCtx wasi = WasiCtx.builder()
                .args(file.getFileName().toString())
                .args(Arrays.copyOfRange(args, i + 1, args.length))
                .inheritStdio()
                .build()) {
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
                    "wasm4j %s: compile %.1f ms, instantiate+run %.1f ms%n",
                    engine.backend().orElse("?"), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
        System.exit(status);
    }
}
