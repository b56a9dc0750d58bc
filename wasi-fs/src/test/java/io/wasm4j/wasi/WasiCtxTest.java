package io.wasm4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Val;
import io.wasm4j.spi.WasiProvider;
import io.wasm4j.wasi.internal.FsWasiProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: the builder's checks, {@link WasiCtx#addToLinker} through the facade, the provider. */
final class WasiCtxTest {
    private static final Engine ENGINE = Engine.create();

    /** Writes "hi\n" to stdout with fd_write and returns the errno; "nomem" does the same without memory. */
    private static final String HELLO = """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
              (import "wasi_unstable" "proc_exit" (func $exit (param i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hi\\n")
              (func (export "hello") (result i32)
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 3))
                (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
              (func (export "exit") (param i32) (call $exit (local.get 0))))
            """;

    @TempDir
    Path temp;

    @Test
    void addToLinker_helloModule_writesToCapturedStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WasiCtx ctx = WasiCtx.builder().stdout(out).build();
        Linker<WasiCtx> linker = new Linker<>(ENGINE);
        WasiCtx.addToLinker(linker, c -> c);
        Store<WasiCtx> store = Store.create(ENGINE, ctx);
        Instance instance = linker.instantiate(store, Module.fromText(ENGINE, HELLO));
        Val[] r = instance.getFunc("hello").orElseThrow().call();
        assertEquals(0, r[0].i32());
        assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(3, instance.getMemory("memory").orElseThrow().readInt(8));
        WasiExitException e = assertThrows(
                WasiExitException.class,
                () -> instance.getFunc("exit").orElseThrow().call(Val.i32(5)));
        assertEquals(5, e.exitCode());
    }

    @Test
    void addToLinker_dataHoldsContext_foundThroughFunction() {
        record Host(String name, WasiCtx wasi) {}
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Linker<Host> linker = new Linker<>(ENGINE);
        WasiCtx.addToLinker(linker, Host::wasi);
        Store<Host> store =
                Store.create(ENGINE, new Host("h", WasiCtx.builder().stdout(out).build()));
        linker.instantiate(store, Module.fromText(ENGINE, HELLO))
                .getFunc("hello")
                .orElseThrow()
                .call();
        assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(linker.get(store, "wasi_snapshot_preview1", "sock_accept").isPresent());
        assertTrue(linker.get(store, "wasi_unstable", "sock_accept").isEmpty());
        assertTrue(linker.get(store, "wasi_unstable", "path_open").isPresent());
    }

    @Test
    void addToLinker_twice_rejectedWithoutShadowing() {
        Linker<WasiCtx> linker = new Linker<>(ENGINE);
        WasiCtx.addToLinker(linker, c -> c);
        assertThrows(IllegalStateException.class, () -> WasiCtx.addToLinker(linker, c -> c));
    }

    @Test
    void builder_badArguments_rejectedAtOnce() {
        WasiCtx.Builder b = WasiCtx.builder();
        assertThrows(IllegalArgumentException.class, () -> b.env("A=B", "c"));
        assertThrows(IllegalArgumentException.class, () -> b.env("", "c"));
        assertThrows(IllegalArgumentException.class, () -> b.arg("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> b.preopenedDir(temp.resolve("missing"), "/x"));
        assertThrows(IllegalArgumentException.class, () -> b.preopenedDir(temp, ""));
        assertThrows(NullPointerException.class, () -> b.stdout(null));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> b.preopenedDirReadOnly(temp.resolve("nope"), "."));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void provider_create_hostImportsForBothModules() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<WasiProvider.HostImport> imports = new FsWasiProvider()
                .create(new WasiProvider.Settings(
                        List.of("p"),
                        Map.of("K", "V"),
                        List.of(new WasiProvider.Preopen(temp, "/tmp", true)),
                        new ByteArrayInputStream(new byte[0]),
                        out,
                        out));
        assertEquals(46 + 45, imports.size());
        WasiProvider.HostImport write = imports.stream()
                .filter(i ->
                        i.module().equals("wasi_snapshot_preview1") && i.name().equals("fd_write"))
                .findFirst()
                .orElseThrow();
        assertEquals(4, write.type().params().size());
        MemorySegment mem = MemorySegment.ofArray(new byte[64]);
        mem.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 32, (byte) 'x');
        mem.set(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED, 0, 32);
        mem.set(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED, 4, 1);
        assertEquals(0, write.call(mem, 1, 0, 1, 8));
        assertEquals("x", out.toString(StandardCharsets.UTF_8));
        assertEquals("wasi-fs", new FsWasiProvider().id());
    }

    @Test
    void moduleDescriptor_exportsApiAndProvidesWasiProvider() {
        ModuleDescriptor d = WasiCtx.class.getModule().getDescriptor();
        if (d == null) {
            return; // on the class path there is no descriptor to check
        }
        assertEquals("io.wasm4j.wasi", d.name());
        assertEquals(
                List.of("io.wasm4j.wasi"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).toList());
        assertTrue(d.provides().stream()
                .anyMatch(p -> p.service().equals(WasiProvider.class.getName())
                        && p.providers().equals(List.of(FsWasiProvider.class.getName()))));
    }
}
