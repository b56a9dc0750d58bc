package io.wasm4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void run_helloWorld_printsAndExitsZero() {
        CliRun r = CliRun.of("run", CliRun.example("hello.wat"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Hello, world!\n", r.stdout());
        assertEquals("", r.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "auto", "INTERP"})
    void run_backendOption_runsOnIt(String backend) {
        CliRun r = CliRun.of("run", "--backend", backend, CliRun.example("hello.wat"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Hello, world!\n", r.stdout());
    }

    @Test
    void run_binaryModule_runs() throws IOException {
        Path wasm = tmp.resolve("hello.wasm");
        Files.write(wasm, io.wasm4j.wat.Wat.parse(Files.readString(Path.of(CliRun.example("hello.wat")))));
        CliRun r = CliRun.of("run", wasm.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Hello, world!\n", r.stdout());
    }

    @Test
    void run_procExit_exitsWithTheGuestsCode() {
        CliRun r = CliRun.of("run", CliRun.example("exit.wat"));
        assertEquals(7, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
    }

    @Test
    void run_procExitZeroFromStart_exitsZero() throws IOException {
        Path wat = write("exit0.wat", """
                (module
                  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
                  (func $start (call $exit (i32.const 0)) unreachable)
                  (start $start))""");
        CliRun r = CliRun.of("run", wat.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void run_trap_exits134WithTrapAndBacktraceOnStderr() {
        CliRun r = CliRun.of("run", CliRun.example("trap.wat"));
        assertEquals(134, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("error: wasm trap: integer divide by zero\n"), r::toString);
        assertTrue(r.stderr().contains("wasm backtrace:"), r::toString);
        int divide = r.stderr().indexOf("trap!divide");
        int average = r.stderr().indexOf("trap!average");
        int main = r.stderr().indexOf("trap!main");
        assertTrue(divide > 0 && divide < average && average < main, r::toString);
        assertNoJavaStackTrace(r);
    }

    @Test
    void run_trapInStartFunction_exits134() throws IOException {
        Path wat = write("start.wat", "(module (func $s unreachable) (start $s))");
        CliRun r = CliRun.of("run", wat.toString());
        assertEquals(134, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("unreachable"), r::toString);
    }

    @Test
    void run_moduleWithoutStart_instantiatesAndExitsZero() throws IOException {
        Path wat = write("lib.wat", "(module (func (export \"f\")))");
        CliRun r = CliRun.of("run", wat.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void run_invoke_parsesArgumentsAndPrintsResults() {
        CliRun r = CliRun.of("run", "--invoke", "fib", CliRun.example("fib.wat"), "40");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("102334155\n", r.stdout());
    }

    @Test
    void run_invokeWithSeveralResults_printsOneALine() {
        CliRun r = CliRun.of("run", "--invoke", "divmod", CliRun.example("fib.wat"), "-17", "5");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("-3\n-2\n", r.stdout());
    }

    @Test
    void run_invokeFloatsAndHex_convertsByParameterType() throws IOException {
        Path wat = write("f.wat", """
                (module
                  (func (export "f") (param i32 i64 f32 f64) (result f64 i32 i64)
                    (f64.add (f64.promote_f32 (local.get 2)) (local.get 3))
                    (local.get 0)
                    (local.get 1)))""");
        CliRun r = CliRun.of("run", "--invoke", "f", wat.toString(), "0xffffffff", "-5", "1.5", "2.25");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("3.75\n-1\n-5\n", r.stdout());
    }

    @Test
    void run_invokeTraps_exits134() {
        CliRun r = CliRun.of("run", "--invoke", "divmod", CliRun.example("fib.wat"), "1", "0");
        assertEquals(134, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("integer divide by zero"), r::toString);
    }

    @Test
    void run_dir_guestReadsAFileInIt() throws IOException {
        Files.writeString(tmp.resolve("greeting.txt"), "hello from the host\n");
        CliRun r = CliRun.of("run", "--dir", tmp + "::/data", CliRun.example("cat.wat"), "greeting.txt");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("hello from the host\n", r.stdout());
    }

    @Test
    void run_dirWithoutGuestName_stillMapsIt() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "A");
        CliRun r = CliRun.of("run", "--dir", tmp.toString(), CliRun.example("cat.wat"), "a.txt");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("A", r.stdout());
    }

    @Test
    void run_dir_guestCannotEscapeIt() throws IOException {
        Path inner = Files.createDirectory(tmp.resolve("inner"));
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        CliRun r = CliRun.of("run", "--dir", inner.toString(), CliRun.example("cat.wat"), "../secret.txt");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void run_env_guestSeesTheVariablesInOrder() {
        CliRun r = CliRun.of("run", "--env", "A=1", "--env", "B=two=2", CliRun.example("printenv.wat"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("A=1\nB=two=2\n", r.stdout());
    }

    @Test
    void run_noEnvOptions_guestSeesAnEmptyEnvironment() {
        CliRun r = CliRun.of("run", CliRun.example("printenv.wat"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void run_inheritEnv_passesHostVariablesAndEnvOverrides() {
        String path = System.getenv("PATH");
        CliRun r = CliRun.of("run", "--inherit-env", "--env", "PATH=/overridden", CliRun.example("printenv.wat"));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("PATH=/overridden\n"), r::toString);
        if (path != null) {
            assertTrue(!r.stdout().contains("PATH=" + path + "\n"), r::toString);
        }
        assertTrue(r.stdout().lines().count() >= System.getenv().size(), r::toString);
    }

    @Test
    void run_argumentsAfterFile_goToTheGuestEvenIfTheyLookLikeOptions() throws IOException {
        Files.writeString(tmp.resolve("--help"), "not an option");
        CliRun r = CliRun.of("run", "--dir", tmp.toString(), CliRun.example("cat.wat"), "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("not an option", r.stdout());
    }

    @Test
    void run_stdin_reachesTheGuest() throws IOException {
        Path wat = write("echo.wat", """
                (module
                  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
                  (memory (export "memory") 1)
                  (func (export "_start")
                    (i32.store (i32.const 0) (i32.const 100))
                    (i32.store (i32.const 4) (i32.const 100))
                    (drop (call $read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
                    (i32.store (i32.const 4) (i32.load (i32.const 8)))
                    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))""");
        CliRun r = CliRun.withStdin("ping", "run", wat.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("ping", r.stdout());
    }

    @Test
    void run_featureDisabled_rejectsTheModuleAsInvalid() throws IOException {
        Path wat = write("mm.wat", "(module (memory 1) (memory 1))");
        assertEquals(0, CliRun.of("run", wat.toString()).exitCode());
        CliRun r = CliRun.of("run", "-W", "multi-memory=n", wat.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("error: " + wat + ": invalid module: "), r::toString);
    }

    @Test
    void run_featureEnabled_acceptsTheModule() throws IOException {
        Path wat = write("shared.wat", "(module (memory 1 1 shared))");
        CliRun r = CliRun.of("run", "-W", "threads", wat.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    /**
     * A 64-bit memory grown to about 19.5 GiB: past the heap memory's 16 GiB limit, within mmap's 64 GiB. The
     * default, {@code auto}, is mmap on every backend when mmap has native access (as in these tests).
     */
    @ParameterizedTest
    @CsvSource({
        "--memory=mmap, 1",
        "--memory=heap, -1",
        "--memory=MMAP, 1",
        "--backend=bytecode, 1",
        "--backend=auto, 1",
        "--backend=interp, 1"
    })
    void run_memoryOption_choosesTheMemoryCreator_autoByDefault(String option, String grown) throws IOException {
        Path wat = write("big.wat", """
                (module
                  (memory i64 1)
                  (func (export "grow") (result i64) (memory.grow (i64.const 300000))))
                """);
        CliRun r = CliRun.of("run", option, "--invoke", "grow", wat.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(grown + "\n", r.stdout());
    }

    @Test
    void run_memoryMmap_runsAWasiProgram() {
        CliRun r = CliRun.of("run", "--memory", "mmap", "--backend", "bytecode", CliRun.example("hello.wat"));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Hello, world!\n", r.stdout());
    }

    @Test
    void run_unknownMemory_isAUsageErrorListingTheMemories() {
        CliRun r = CliRun.of("run", "--memory=disk", CliRun.example("hello.wat"));
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("unknown memory 'disk'; the memories are: auto, heap, mmap"), r::toString);
    }

    @Test
    void runHelp_listsTheMemoryOption() {
        CliRun r = CliRun.of("run", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("--memory=MEMORY"), r::toString);
        assertTrue(r.stdout().contains("Linear memory: auto, heap, mmap (default: auto)"), r::toString);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    static void assertNoJavaStackTrace(CliRun r) {
        assertTrue(!r.stderr().contains("\tat ") && !r.stderr().contains("Exception"), r::toString);
    }
}
