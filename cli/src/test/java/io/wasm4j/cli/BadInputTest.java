package io.wasm4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one clear line on stderr and a non-zero status, never a Java stack trace. */
final class BadInputTest {
    @TempDir
    Path tmp;

    @Test
    void run_missingFile_saysNoSuchFile() {
        Path missing = tmp.resolve("missing.wasm");
        assertError(CliRun.of("run", missing.toString()), 1, "error: " + missing + ": no such file");
    }

    @Test
    void run_directory_saysItIsNotAModule() {
        assertError(CliRun.of("run", tmp.toString()), 1, "error: " + tmp + ": is a directory, not a module");
    }

    @Test
    void run_malformedBinary_saysMalformedWithTheReason() throws IOException {
        Path wasm = Files.write(tmp.resolve("bad.wasm"), new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0});
        assertError(
                CliRun.of("run", wasm.toString()), 1, "error: " + wasm + ": malformed module: unknown binary version");
    }

    @Test
    void run_wasmFileWithoutMagic_saysMagicHeaderNotDetected() throws IOException {
        Path wasm = Files.writeString(tmp.resolve("text.wasm"), "(module)");
        assertError(
                CliRun.of("run", wasm.toString()),
                1,
                "error: " + wasm + ": malformed module: magic header not detected");
    }

    @Test
    void run_malformedText_saysWhereItFailed() throws IOException {
        Path wat = Files.writeString(tmp.resolve("bad.wat"), "(module (func (result i32)");
        CliRun r = CliRun.of("run", wat.toString());
        assertError(r, 1, "error: " + wat + ": malformed text: ");
        assertTrue(r.stderr().contains("1:"), r::toString);
    }

    @Test
    void run_invalidModule_saysInvalidWithTheReason() throws IOException {
        Path wat = Files.writeString(tmp.resolve("inv.wat"), "(module (func (result i32) (i64.const 1)))");
        assertError(CliRun.of("run", wat.toString()), 1, "error: " + wat + ": invalid module: type mismatch");
    }

    @Test
    void run_unknownImport_namesTheImport() throws IOException {
        Path wat = Files.writeString(tmp.resolve("imp.wat"), "(module (import \"env\" \"missing\" (func)))");
        CliRun r = CliRun.of("run", wat.toString());
        assertError(r, 1, "error: " + wat + ": unknown import: ");
        assertTrue(r.stderr().contains("env::missing"), r::toString);
    }

    @Test
    void run_wasiImportOfWrongType_saysIncompatible() throws IOException {
        Path wat = Files.writeString(
                tmp.resolve("imp.wat"), "(module (import \"wasi_snapshot_preview1\" \"proc_exit\" (func)))");
        CliRun r = CliRun.of("run", wat.toString());
        assertError(r, 1, "error: " + wat + ": incompatible import type");
    }

    @Test
    void run_unknownOption_isAUsageError() {
        assertError(CliRun.of("run", "--bogus", "x.wat"), 2, "error: Unknown option: '--bogus'");
    }

    @Test
    void run_noFile_isAUsageError() {
        assertError(CliRun.of("run"), 2, "error: Missing required parameter: 'FILE'");
    }

    @Test
    void noCommand_isAUsageError() {
        assertError(CliRun.of(), 2, "error: missing command");
    }

    @Test
    void unknownCommand_isAUsageError() {
        assertError(CliRun.of("compile", "x.wasm"), 2, "error: Unmatched arguments");
    }

    @Test
    void run_unknownBackend_isAUsageErrorListingTheChoices() {
        CliRun r = CliRun.of("run", "--backend", "jit", CliRun.example("hello.wat"));
        assertError(
                r,
                2,
                "error: Invalid value for option '--backend': unknown backend 'jit'; the backends are: auto,"
                        + " interp, bytecode, native");
    }

    @Test
    void run_absentBackend_namesTheArtifactToAdd() {
        CliRun r = CliRun.of("run", "--backend", "native", CliRun.example("hello.wat"));
        assertError(r, 1, "error: ");
        assertTrue(r.stderr().contains("io.wasm4j:wasm4j-backend-native"), r::toString);
    }

    @Test
    void run_unknownFeature_listsTheFeatures() {
        CliRun r = CliRun.of("run", "-W", "warp-drive", CliRun.example("hello.wat"));
        assertError(r, 2, "error: unknown WebAssembly feature 'warp-drive'; the features are: multi-memory");
    }

    @Test
    void run_badFeatureValue_saysYesOrNo() {
        assertError(
                CliRun.of("run", "-W", "simd=maybe", CliRun.example("hello.wat")),
                2,
                "error: feature 'simd' must be =y or =n");
    }

    @Test
    void run_badMaxWasmStack_saysTheRange() {
        assertError(
                CliRun.of("run", "--max-wasm-stack", "10", CliRun.example("hello.wat")),
                1,
                "error: maxWasmStack must be between 4096");
    }

    @Test
    void run_unknownBackendSetting_isRejected() {
        CliRun r = CliRun.of("run", "--backend-setting", "nope=1", CliRun.example("hello.wat"));
        assertTrue(r.exitCode() != 0, r::toString);
        assertTrue(r.stderr().startsWith("error: "), r::toString);
        RunCommandTest.assertNoJavaStackTrace(r);
    }

    @Test
    void run_badEnv_isAUsageError() {
        assertError(CliRun.of("run", "--env", "=x", CliRun.example("hello.wat")), 2, "error: --env needs NAME=VALUE");
    }

    @Test
    void run_missingDir_namesIt() {
        Path missing = tmp.resolve("nothere");
        assertError(
                CliRun.of("run", "--dir", missing.toString(), CliRun.example("hello.wat")),
                1,
                "error: --dir " + missing + ": ");
    }

    @Test
    void run_invokeMissingExport_listsTheFunctions() {
        assertError(
                CliRun.of("run", "--invoke", "nope", CliRun.example("fib.wat")),
                1,
                "error: " + CliRun.example("fib.wat") + ": no exported function 'nope'; its functions are: fib,"
                        + " divmod");
    }

    @Test
    void run_invokeWrongArgumentCount_showsTheSignature() {
        assertError(
                CliRun.of("run", "--invoke", "fib", CliRun.example("fib.wat")),
                2,
                "error: export 'fib' (i64) -> (i64) takes 1 argument, 0 given");
    }

    @Test
    void run_invokeBadNumber_namesTheArgument() {
        assertError(
                CliRun.of("run", "--invoke", "divmod", CliRun.example("fib.wat"), "1", "two"),
                2,
                "error: argument 2 of 'divmod' must be i32, not 'two'");
    }

    @Test
    void run_invokeI32OutOfRange_isRejected() {
        assertError(
                CliRun.of("run", "--invoke", "divmod", CliRun.example("fib.wat"), "4294967296", "1"),
                2,
                "error: argument 1 of 'divmod' must be i32");
    }

    private static void assertError(CliRun r, int code, String prefix) {
        assertEquals(code, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith(prefix), () -> "expected stderr to start with: " + prefix + "\n" + r);
        long lines = r.stderr().lines().count();
        assertTrue(lines <= 2, r::toString);
        RunCommandTest.assertNoJavaStackTrace(r);
    }
}
