package io.wasm4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WastAndSettingsTest {
    private static final String SCRIPT = """
            (module
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
              (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "nan") (result f32) (f32.div (f32.const 0) (f32.const 0)))
              (func $loop (export "loop") (call $loop))
              (global (export "g") i32 (i32.const 42)))
            (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
            (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 4))
            (assert_return (invoke "nan") (f32.const nan:canonical))
            (assert_return (get "g") (i32.const 42))
            (assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
            (assert_exhaustion (invoke "loop") "call stack exhausted")
            (assert_invalid (module (func (result i32) (i64.const 1))) "type mismatch")
            (assert_malformed (module binary "\\00asm\\02\\00\\00\\00") "unknown binary version")
            (assert_malformed (module quote "(func (foo))") "unknown operator")
            (assert_unlinkable (module (import "spectest" "nothere" (func))) "unknown import")
            (module $M (func (export "f") (result i32) (i32.const 7)))
            (register "m" $M)
            (module (import "m" "f" (func $f (result i32))) (import "spectest" "print_i32" (func (param i32)))
              (func (export "g") (result i32) (call $f)))
            (assert_return (invoke "g") (i32.const 7))
            (module (table 2 funcref) (type $t (func)) (func (export "h") (call_indirect (type $t) (i32.const 1))))
            (assert_trap (invoke "h") "uninitialized element 1")
            (thread $T (module $N (func)))
            (wait $T)
            """;

    @TempDir
    Path tmp;

    @Test
    void wast_script_printsFailuresAndSummary() throws IOException {
        Path file = Files.writeString(tmp.resolve("small.wast"), SCRIPT);
        CliRun r = CliRun.of("wast", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains(file + ":8: assert_return: result 0: expected"), r::toString);
        assertTrue(r.stdout().endsWith(file + ": 16 passed, 1 failed, 2 skipped\n"), r::toString);
    }

    @Test
    void wast_quietAndSeveralFiles_printsOnlySummariesAndTotal() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.wast"), SCRIPT);
        Path b = Files.writeString(
                tmp.resolve("b.wast"),
                "(module (func (export \"f\") (result i64) (i64.const -1)))\n"
                        + "(assert_return (invoke \"f\") (i64.const -1))\n");
        CliRun r = CliRun.of("wast", "-q", "--backend", "interp", a.toString(), b.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                a + ": 16 passed, 1 failed, 2 skipped\n" + b + ": 2 passed, 0 failed, 0 skipped\n"
                        + "total: 18 passed, 1 failed, 2 skipped\n",
                r.stdout());
    }

    @Test
    void wast_directory_runsTheScriptsBelowItInNameOrder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("suite/sub"));
        String ok = "(module (func (export \"f\") (result i32) (i32.const 1)))\n"
                + "(assert_return (invoke \"f\") (i32.const 1))\n";
        Files.writeString(dir.resolve("b.wast"), ok);
        Files.writeString(tmp.resolve("suite/a.wast"), ok);
        Files.writeString(tmp.resolve("suite/notes.txt"), "not a script");
        CliRun r = CliRun.of("wast", tmp.resolve("suite").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                tmp.resolve("suite/a.wast") + ": 2 passed, 0 failed, 0 skipped\n" + dir.resolve("b.wast")
                        + ": 2 passed, 0 failed, 0 skipped\ntotal: 4 passed, 0 failed, 0 skipped\n",
                r.stdout());
    }

    @Test
    void wast_allPass_exitsZero() throws IOException {
        Path b = Files.writeString(
                tmp.resolve("ok.wast"),
                "(module (func (export \"f\") (result i64) (i64.const -1)))\n"
                        + "(assert_return (invoke \"f\") (i64.const -1))\n");
        CliRun r = CliRun.of("wast", b.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void wast_missingFile_isAnError() {
        Path missing = tmp.resolve("none.wast");
        CliRun r = CliRun.of("wast", missing.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("error: " + missing + ": no such file\n", r.stderr());
    }

    @Test
    void wast_unparsableScript_countsAFailure() throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.wast"), "(assert_return");
        CliRun r = CliRun.of("wast", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("0 passed, 1 failed, 0 skipped"), r::toString);
    }

    @Test
    void settings_listsBackendsPluginsAndFeatures() {
        CliRun r = CliRun.of("settings");
        assertEquals(0, r.exitCode(), r::toString);
        String out = r.stdout();
        // The aggregate io.wasm4j:wasm4j brings both backends; bytecode has the higher priority.
        assertTrue(out.contains("Backends (--backend):\n  bytecode "), r::toString);
        assertTrue(out.contains("\n  interp "), r::toString);
        assertTrue(out.contains("auto chooses: bytecode"), r::toString);
        assertTrue(out.contains("Memory creators:\n  heap "), r::toString);
        assertTrue(out.contains("WASI:\n  wasi-fs"), r::toString);
        assertTrue(out.contains("  simd "), r::toString);
        assertTrue(out.contains("  threads            off"), r::toString);
        assertTrue(out.contains("max-wasm-stack"), r::toString);
    }

    @Test
    void version_namesTheModuleVersionAndJava() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("wasm4j "), r::toString);
        assertTrue(r.stdout().contains("Java " + Runtime.version()), r::toString);
    }

    @Test
    void help_listsTheCommandsAndExitCodes() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("run"), r::toString);
        assertTrue(r.stdout().contains("wast"), r::toString);
        assertTrue(r.stdout().contains("settings"), r::toString);
        assertTrue(r.stdout().contains("134"), r::toString);
    }
}
