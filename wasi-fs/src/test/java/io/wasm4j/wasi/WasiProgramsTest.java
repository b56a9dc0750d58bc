package io.wasm4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.wasm4j.Strategy;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The C programs of {@code src/test/c}, compiled with wasi-libc, run end to end through the facade and the
 * interpreter and the bytecode backend, each on the default file system (in a temporary directory) and on
 * Jimfs. A parameter is {@code BACKEND/FILESYSTEM}, e.g. {@code bytecode/jimfs}.
 */
final class WasiProgramsTest {
    @TempDir
    Path temp;

    private FileSystem jimfs;

    static Stream<String> fileSystems() {
        return Stream.of("interp", "bytecode").flatMap(backend -> Stream.of(backend + "/default", backend + "/jimfs"));
    }

    private static Strategy backend(String param) {
        return Strategy.valueOf(param.substring(0, param.indexOf('/')).toUpperCase(Locale.ROOT));
    }

    /** Returns a sandbox root {@code root/sandbox} next to a {@code root/secret.txt} the guest must not see. */
    private Path root(String fs) throws IOException {
        Path root;
        if (fs.endsWith("/jimfs")) {
            jimfs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                    .setAttributeViews("basic", "unix")
                    .build());
            root = jimfs.getPath("/work");
            Files.createDirectories(root);
        } else {
            root = temp;
        }
        Files.writeString(root.resolve("secret.txt"), "secret");
        Path sandbox = root.resolve("sandbox");
        Files.createDirectories(sandbox.resolve("sub"));
        return sandbox;
    }

    @AfterEach
    void closeJimfs() throws IOException {
        if (jimfs != null) {
            jimfs.close();
        }
    }

    private GuestRun run(String program, String fs) throws IOException {
        GuestRun r = GuestRun.run(backend(fs), program, root(fs), "", Map.of());
        assertEquals(0, r.exitCode(), () -> program + " failed: " + r.stderr() + r.stdout());
        return r;
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void files_onFileSystem_passes(String fs) throws IOException {
        assertEquals("files ok\n", run("files", fs).stdout());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void dirs_onFileSystem_passes(String fs) throws IOException {
        assertEquals("dirs ok\n", run("dirs", fs).stdout());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void sandbox_escapeAttempts_allRefused(String fs) throws IOException {
        Path sandbox = root(fs);
        GuestRun r = GuestRun.run(backend(fs), "sandbox", sandbox, "", Map.of());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("sandbox ok\n", r.stdout());
        assertFalse(Files.exists(sandbox.resolveSibling("escaped")));
        assertEquals("secret", Files.readString(sandbox.resolveSibling("secret.txt")));
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void clocksRandom_onFileSystem_passes(String fs) throws IOException {
        assertEquals("clocks ok\n", run("clocks_random", fs).stdout());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void poll_clockStdinStdoutFile_ready(String fs) throws IOException {
        GuestRun r = GuestRun.run(backend(fs), "poll", root(fs), "ping\n", Map.of());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("poll ok\n", r.stdout());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void argsEnv_givenArgsAndEnv_printsThemAndExitsWithArgc(String fs) throws IOException {
        GuestRun r = GuestRun.run(backend(fs), "args_env", root(fs), "", Map.of("GREETING", "hej"), "one", "two words");
        assertEquals(3, r.exitCode());
        assertEquals("arg 0: args_env\narg 1: one\narg 2: two words\nGREETING=hej\nenv count: 1\n", r.stdout());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void exitCode_procExit_reachesEmbedder(String fs) throws IOException {
        GuestRun r = GuestRun.run(backend(fs), "exit_code", root(fs), "", Map.of(), "42");
        assertEquals(42, r.exitCode());
        assertEquals("exiting\n", r.stdout());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void stdio_capturedStreams_copiedInUpperCase(String fs) throws IOException {
        GuestRun r = GuestRun.run(backend(fs), "stdio", root(fs), "hello wasi\n", Map.of());
        assertEquals(0, r.exitCode());
        assertEquals("HELLO WASI\n", r.stdout());
        assertTrue(r.stderr().contains("copied 11 bytes"), r.stderr());
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void readonly_readOnlyPreopen_readsButNeverChanges(String fs) throws IOException {
        Path sandbox = root(fs);
        Files.writeString(sandbox.resolve("hello.txt"), "hello");
        GuestRun r = GuestRun.run(backend(fs), "readonly", sandbox, true, "", Map.of());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("readonly ok\n", r.stdout());
        assertEquals("hello", Files.readString(sandbox.resolve("hello.txt")));
        try (Stream<Path> files = Files.list(sandbox)) {
            assertEquals(2, files.count());
        }
    }

    @ParameterizedTest
    @MethodSource("fileSystems")
    void misc_vectoredIoFlagsCookiesAndRawCalls_pass(String fs) throws IOException {
        assertEquals("misc ok\n", run("misc", fs).stdout());
    }
}
