package io.wasm4j.it.spec;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Feature;
import io.wasm4j.Strategy;
import io.wasm4j.spi.MemoryCreator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backends the suite runs on, each with its engine, or the reason it is missing: every strategy of
 * {@link #STRATEGIES} on the default heap memory over the whole suite, again on the mmap memory creator
 * ({@code io.wasm4j:wasm4j-memory-mmap}) over the memory scripts ({@link #isMemoryScript}), and the bytecode
 * backend once more over the whole suite with every function split into region methods ({@code
 * bytecode+split}: setting {@code methodLimit} below 1,000 forces it; ADR 0029).
 */
final class Backends {

    /**
     * A backend: its id ({@code interp}, {@code bytecode}, {@code interp+mmap}…), and an engine, or why there
     * is none; {@code required} says whether that absence is a failure (a skip when the memory creator does not
     * support this host).
     */
    record Backend(String id, Engine engine, String missing, boolean required, boolean memoryScriptsOnly) {
        boolean present() {
            return engine != null;
        }

        /** Whether this backend runs the script {@code file} of {@code folder} ({@code .} at the top). */
        boolean runs(String folder, String file) {
            return !memoryScriptsOnly || isMemoryScript(folder, file);
        }
    }

    /** The strategies the suite covers, in the order it runs them. */
    static final List<Strategy> STRATEGIES = List.of(Strategy.INTERP, Strategy.BYTECODE);

    /** The memory creator that also runs the memory scripts, and its artifact. */
    static final String MMAP = "mmap";

    private static final String MMAP_ARTIFACT = "io.wasm4j:wasm4j-memory-mmap";
    private static final List<String> MEMORY_FOLDERS =
            List.of(".", "bulk-memory", "memory64", "multi-memory", "proposals/custom-page-sizes");
    private static final Pattern MEMORY_FILE =
            Pattern.compile("(memory|address|bulk|load|store|endianness|float_memory|data|align|custom-page).*\\.wast");

    private Backends() {}

    /**
     * Every backend of {@link #STRATEGIES} with an engine that enables every Wasm feature, then the mmap ones,
     * then forced splitting.
     */
    static List<Backend> all() {
        return Stream.of(
                        STRATEGIES.stream().map(s -> backend(s, "heap", Map.of())),
                        STRATEGIES.stream().map(s -> backend(s, MMAP, Map.of())),
                        Stream.of(backend(Strategy.BYTECODE, "heap", FORCED_SPLIT)))
                .flatMap(b -> b)
                .toList();
    }

    /** The bytecode backend's setting that splits every function into region methods (ADR 0029). */
    private static final Map<String, String> FORCED_SPLIT = Map.of("methodLimit", "1");

    /** The scripts that exercise linear memory: loads, stores, growth, bulk operations, memory64, page sizes. */
    static boolean isMemoryScript(String folder, String file) {
        return MEMORY_FOLDERS.contains(folder) && MEMORY_FILE.matcher(file).matches();
    }

    private static Backend backend(Strategy strategy, String memory, Map<String, String> settings) {
        boolean heap = memory.equals("heap");
        String id = (heap ? strategy.backendId() : strategy.backendId() + "+" + memory)
                + (settings.isEmpty() ? "" : "+split");
        if (!heap) {
            Optional<MemoryCreator> creator = ServiceLoader.load(MemoryCreator.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(c -> c.id().equals(memory))
                    .findFirst();
            if (creator.isEmpty()) {
                return new Backend(
                        id, null, "memory creator " + memory + " is missing (add " + MMAP_ARTIFACT + ")", true, true);
            }
            if (!creator.get().isSupported()) {
                return new Backend(id, null, "memory creator " + memory + " does not support this host", false, true);
            }
        }
        try {
            Config.Builder config = Config.builder().strategy(strategy).memoryCreator(memory);
            settings.forEach(config::backendSetting);
            for (Feature f : Feature.values()) {
                config.wasmFeature(f, true);
            }
            Engine engine = Engine.create(config.build());
            if (!engine.backend().equals(Optional.of(strategy.backendId()))) {
                return new Backend(
                        id,
                        null,
                        "backend " + strategy.backendId() + " is not on the test class path (add " + strategy.artifact()
                                + "); the engine chose " + engine.backend().orElse("no backend"),
                        true,
                        !heap);
            }
            return new Backend(id, engine, null, true, !heap);
        } catch (RuntimeException e) {
            return new Backend(
                    id,
                    null,
                    "backend " + id + " is missing (add " + strategy.artifact() + "): " + e.getMessage(),
                    true,
                    !heap);
        }
    }
}
