package io.wasm4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Runs the {@code ./wasm4j} launcher as a process against the packaged jars. Runs in the {@code
 * integration-test} phase (after {@code package}), with {@code WASM4J_NO_BUILD=1} so that it never starts a
 * nested build.
 */
@DisabledOnOs(OS.WINDOWS)
final class LauncherIT {
    private record Result(int exitCode, String stdout, String stderr) {}

    @Test
    void launcher_helloExample_printsAndExitsZero() throws Exception {
        Result r = launch("run", "examples/hello.wat");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Hello, world!\n", r.stdout());
    }

    @Test
    void launcher_procExit_isTheProcessExitStatus() throws Exception {
        Result r = launch("run", "examples/exit.wat");
        assertEquals(7, r.exitCode(), r::toString);
    }

    @Test
    void launcher_trap_exits134WithBacktrace() throws Exception {
        // Pinned to the interpreter: the bytecode backend (AUTO's choice) records no wasm frames yet.
        Result r = launch("run", "--backend", "interp", "examples/trap.wat");
        assertEquals(134, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("wasm backtrace:"), r::toString);
    }

    private static Result launch(String... args) throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("wasm4j").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().put("WASM4J_NO_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        byte[] stdout = out.readAllBytes();
        byte[] stderr = err.readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 60 s");
        }
        return new Result(
                p.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }
}
