package io.wasm4j.it.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine assembled on the module path from the BOM's artifacts: every wasm4j module the BOM lists (the
 * command line aside) plus the third-party jars of the aggregate {@code io.wasm4j:wasm4j}. A child JVM
 * roots the graph at the aggregate's module {@code io.wasm4j.defaults}, compiles a text module, links a
 * host function, calls an export and prints which backend {@code AUTO} chose, then grows a memory of the
 * mmap memory creator (bound as a service, with native access granted) on every backend. A missing {@code requires},
 * {@code provides}, {@code uses} or {@code exports} in any descriptor makes it fail.
 */
final class ModulePathAssemblyTest {
    private static final String ROOT_MODULE = "io.wasm4j.defaults";

    /** Not in the aggregate: bound as a {@code MemoryCreator} provider, since the facade {@code uses} it. */
    private static final String MMAP_MODULE = "io.wasm4j.memory.mmap";

    /** A tool, not part of the engine: it needs picocli, which the aggregate does not bring. */
    private static final Set<String> NOT_ENGINE = Set.of("wasm4j-cli");

    private static final String PROGRAM = """
            import io.wasm4j.Config;
            import io.wasm4j.Engine;
            import io.wasm4j.Instance;
            import io.wasm4j.Linker;
            import io.wasm4j.Module;
            import io.wasm4j.Store;
            import io.wasm4j.Strategy;
            import io.wasm4j.Val;
            import io.wasm4j.core.FuncType;
            import io.wasm4j.core.ValType;
            import java.util.List;
            import java.util.TreeSet;

            public class Main {
                public static void main(String[] args) {
                    for (Strategy strategy : List.of(Strategy.AUTO, Strategy.INTERP, Strategy.BYTECODE)) {
                        Engine engine = Engine.create(Config.builder().strategy(strategy).build());
                        Module module = Module.fromText(engine, \"""
                                (module
                                  (import "host" "base" (func $base (result i32)))
                                  (func (export "add") (param i32 i32) (result i32)
                                    (i32.add (call $base) (i32.add (local.get 0) (local.get 1)))))
                                \""");
                        Linker<Integer> linker = new Linker<>(engine);
                        linker.func("host", "base", new FuncType(List.of(), List.of(ValType.I32)),
                                (caller, params) -> new Val[] {Val.i32(caller.data())});
                        Store<Integer> store = Store.create(engine, 100);
                        Instance instance = linker.instantiate(store, module);
                        Val[] result = instance.getFunc("add").orElseThrow().call(Val.i32(20), Val.i32(3));
                        System.out.println(strategy + " backend=" + engine.backend().orElse("none")
                                + " result=" + result[0].i32());
                    }
                    for (Strategy strategy : List.of(Strategy.INTERP, Strategy.BYTECODE)) {
                        Engine engine = Engine.create(
                                Config.builder().strategy(strategy).memoryCreator("mmap").build());
                        Module module = Module.fromText(engine, \"""
                                (module
                                  (memory (export "mem") 1)
                                  (func (export "grow") (result i32) (memory.grow (i32.const 2))))
                                \""");
                        Instance instance = new Linker<Integer>(engine).instantiate(Store.create(engine, 0), module);
                        int old = instance.getFunc("grow").orElseThrow().call()[0].i32();
                        java.lang.foreign.MemorySegment mem = instance.getMemory("mem").orElseThrow().segment();
                        System.out.println(strategy + " mmap grow=" + old + " size=" + mem.byteSize()
                                + " native=" + mem.isNative());
                    }
                    TreeSet<String> memories = new TreeSet<>();
                    java.util.ServiceLoader.load(io.wasm4j.spi.MemoryCreator.class).forEach(m -> memories.add(m.id()));
                    System.out.println("memories=" + memories);
                    TreeSet<String> wasi = new TreeSet<>();
                    java.util.ServiceLoader.load(io.wasm4j.spi.WasiProvider.class).forEach(p -> wasi.add(p.id()));
                    System.out.println("wasi=" + wasi);
                    TreeSet<String> modules = new TreeSet<>();
                    ModuleLayer.boot().modules().forEach(m -> {
                        if (m.getName().startsWith("io.wasm4j")) {
                            modules.add(m.getName());
                        }
                    });
                    System.out.println("modules=" + modules);
                }
            }
            """;

    private static Path root;
    private static List<Path> wasm4jEntries;
    private static List<Path> thirdParty;

    @BeforeAll
    static void locateModulePath() throws Exception {
        root = Repository.root();
        Path aggregate = Repository.moduleFolders(root).get("wasm4j");
        assertTrue(aggregate != null, "the root pom lists no module with artifactId wasm4j");
        Path lib = aggregate.resolve("target/lib");
        assertTrue(
                Files.isDirectory(lib),
                lib + " is missing: build the aggregate first (./mvnw verify, or -pl it -am after a full build)");
        wasm4jEntries = new ArrayList<>();
        for (String artifactId : Repository.bomArtifacts(root)) {
            if (!NOT_ENGINE.contains(artifactId)) {
                wasm4jEntries.add(Repository.packagedModule(root, artifactId));
            }
        }
        try (Stream<Path> jars = Files.list(lib)) {
            thirdParty =
                    jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void descriptors_everyWasm4jArtifactIsAnExplicitModule_andTheGraphResolvesWithServices() {
        ModuleFinder finder = ModuleFinder.of(wasm4jEntries.toArray(Path[]::new));
        Set<String> explicit = new TreeSet<>();
        for (ModuleReference ref : finder.findAll()) {
            assertFalse(ref.descriptor().isAutomatic(), () -> "no module-info in " + ref.location());
            explicit.add(ref.descriptor().name());
        }
        assertEquals(wasm4jEntries.size(), explicit.size(), () -> "one module per artifact: " + explicit);

        ModuleFinder all = ModuleFinder.of(modulePath().toArray(Path[]::new));
        Configuration graph =
                ModuleLayer.boot().configuration().resolveAndBind(all, ModuleFinder.of(), Set.of(ROOT_MODULE));
        Set<String> resolved =
                graph.modules().stream().map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(resolved.containsAll(explicit), () -> "not resolved from " + ROOT_MODULE + ": " + resolved);
    }

    @Test
    void childJvm_onTheModulePath_autoPicksBytecode_andEveryBackendRuns(@TempDir Path tmp)
            throws IOException, InterruptedException {
        Path main = Files.writeString(tmp.resolve("Main.java"), PROGRAM);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "--module-path",
                modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "--add-modules",
                ROOT_MODULE,
                "--enable-native-access=" + MMAP_MODULE,
                main.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child JVM did not finish");
        String out = new String(bytes, StandardCharsets.UTF_8);
        String context = String.join(" ", command) + "\n" + out;
        assertEquals(0, process.exitValue(), context);
        assertTrue(out.contains("AUTO backend=bytecode result=123"), context);
        assertTrue(out.contains("INTERP backend=interp result=123"), context);
        assertTrue(out.contains("BYTECODE backend=bytecode result=123"), context);
        assertTrue(out.contains("INTERP mmap grow=1 size=196608 native=true"), context);
        assertTrue(out.contains("BYTECODE mmap grow=1 size=196608 native=true"), context);
        assertTrue(out.contains("memories=[heap, mmap]"), context);
        assertFalse(out.contains("WARNING"), () -> "native access is granted, so no JDK warning: " + context);
        assertTrue(out.contains("wasi=[wasi-fs]"), context);
        assertTrue(
                out.contains("modules=[io.wasm4j, io.wasm4j.backend.bytecode, io.wasm4j.backend.interp, "
                        + "io.wasm4j.core, io.wasm4j.defaults, io.wasm4j.memory.mmap, io.wasm4j.spi, io.wasm4j.wasi,"
                        + " io.wasm4j.wat]"),
                context);
    }

    /** Grows an mmap memory on the bytecode backend, or prints why it cannot (every message of the causes). */
    private static final String MMAP_PROGRAM = """
            import io.wasm4j.Config;
            import io.wasm4j.Engine;
            import io.wasm4j.Linker;
            import io.wasm4j.Module;
            import io.wasm4j.Store;

            public class Main {
                public static void main(String[] args) {
                    Engine engine = Engine.create(Config.builder().memoryCreator("mmap").build());
                    Module module = Module.fromText(engine, "(module (memory (export \\"m\\") 1)"
                            + " (func (export \\"grow\\") (result i32) (memory.grow (i32.const 1))))");
                    try {
                        var instance = new Linker<Void>(engine).instantiate(Store.create(engine, null), module);
                        System.out.println("grow=" + instance.getFunc("grow").orElseThrow().call()[0].i32());
                    } catch (RuntimeException e) {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            System.out.println("failed: " + t);
                        }
                    }
                }
            }
            """;

    @ParameterizedTest
    @CsvSource({
        "'', grow=1, WARNING: java.lang.foreign.Linker::downcallHandle has been called by"
                + " io.wasm4j.memory.mmap.internal.Posix in module io.wasm4j.memory.mmap",
        "--illegal-native-access=deny, failed:, native access is denied to module io.wasm4j.memory.mmap; run java"
                + " with --enable-native-access=io.wasm4j.memory.mmap",
    })
    void childJvm_withoutNativeAccess_mmapWarnsAndWorks_orSaysWhichFlagToAdd(
            String option, String result, String message, @TempDir Path tmp) throws IOException, InterruptedException {
        Path main = Files.writeString(tmp.resolve("Main.java"), MMAP_PROGRAM);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "--module-path",
                modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "--add-modules",
                ROOT_MODULE));
        if (!option.isEmpty()) {
            command.add(option);
        }
        command.add(main.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child JVM did not finish");
        String out = new String(bytes, StandardCharsets.UTF_8);
        String context = String.join(" ", command) + "\n" + out;
        assertEquals(0, process.exitValue(), context);
        assertTrue(out.contains(result), context);
        assertTrue(out.contains(message), context);
    }

    private static List<Path> modulePath() {
        List<Path> path = new ArrayList<>(wasm4jEntries);
        path.addAll(thirdParty);
        return path;
    }
}
