package io.wasm4j.cli;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Feature;
import io.wasm4j.Strategy;
import io.wasm4j.spi.MemoryCreator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that configure the engine, shared by {@code run} and {@code wast}. */
final class EngineOptions {
    @Option(
            names = "--backend",
            paramLabel = "BACKEND",
            defaultValue = "auto",
            converter = BackendConverter.class,
            completionCandidates = BackendConverter.class,
            description = "Backend: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the best one present).")
    Strategy backend = Strategy.AUTO;

    @Option(
            names = "--memory",
            paramLabel = "MEMORY",
            defaultValue = AUTO_MEMORY,
            converter = MemoryConverter.class,
            completionCandidates = MemoryConverter.class,
            description = "Linear memory: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). heap: on the Java"
                    + " heap, grown by copying; mmap: native memory reserved with mmap, grown in place, often"
                    + " faster on the bytecode backend (Linux and macOS; give java"
                    + " --enable-native-access=io.wasm4j.memory.mmap to avoid the JDK's warning); auto: mmap"
                    + " when it is supported here and has native access, else heap.")
    String memory = AUTO_MEMORY;

    /** The {@code --memory} value that picks a memory creator for the backend ({@link #autoMemory}). */
    static final String AUTO_MEMORY = "auto";

    @Option(
            names = {"-W", "--wasm"},
            paramLabel = "FEATURE[=y|n]",
            description = "Enables (=y, the default) or disables (=n) a WebAssembly feature; repeatable. Features:"
                    + " multi-memory, memory64, exceptions, gc, simd, relaxed-simd, tail-call (on by default),"
                    + " threads, custom-page-sizes (off by default).")
    List<String> features = new ArrayList<>();

    @Option(
            names = "--max-wasm-stack",
            paramLabel = "BYTES",
            description = "The most stack guest code may use before it traps (default: 524288).")
    Long maxWasmStack;

    @Option(
            names = "--backend-setting",
            paramLabel = "NAME=VALUE",
            description = "A backend-specific setting; repeatable ('wasm4j settings' lists them).")
    Map<String, String> backendSettings = new LinkedHashMap<>();

    /**
     * Builds the configuration and the engine.
     *
     * @throws CliException if an option is invalid or the backend is missing
     */
    Engine engine() {
        Config.Builder b =
                Config.builder().strategy(backend).memoryCreator(memory.equals(AUTO_MEMORY) ? autoMemory() : memory);
        for (String f : features) {
            feature(b, f);
        }
        try {
            if (maxWasmStack != null) {
                b.maxWasmStack(maxWasmStack);
            }
            backendSettings.forEach(b::backendSetting);
            return Engine.create(b.build());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static void feature(Config.Builder b, String spec) {
        int eq = spec.indexOf('=');
        String name = (eq < 0 ? spec : spec.substring(0, eq)).trim();
        String value = eq < 0 ? "y" : spec.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
        Feature feature = Stream.of(Feature.values())
                .filter(f -> optionName(f).equals(name.toLowerCase(Locale.ROOT).replace('_', '-')))
                .findFirst()
                .orElseThrow(() -> new CliException(
                        "unknown WebAssembly feature '" + name + "'; the features are: "
                                + Stream.of(Feature.values())
                                        .map(EngineOptions::optionName)
                                        .collect(Collectors.joining(", ")),
                        ExitCodes.USAGE));
        boolean enabled = switch (value) {
            case "y", "yes", "true", "on", "1" -> true;
            case "n", "no", "false", "off", "0" -> false;
            default ->
                throw new CliException("feature '" + name + "' must be =y or =n, not '" + value + "'", ExitCodes.USAGE);
        };
        b.wasmFeature(feature, enabled);
    }

    /** Reads {@code --backend} as a lower-case strategy name, and lists the names for the help. */
    static final class BackendConverter implements ITypeConverter<Strategy>, Iterable<String> {
        @Override
        public Strategy convert(String value) {
            for (Strategy s : Strategy.values()) {
                if (s.name().equalsIgnoreCase(value.trim())) {
                    return s;
                }
            }
            throw new TypeConversionException(
                    "unknown backend '" + value + "'; the backends are: " + String.join(", ", this));
        }

        @Override
        public Iterator<String> iterator() {
            return Stream.of(Strategy.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT))
                    .iterator();
        }
    }

    /**
     * Returns the memory creator {@code --memory=auto} means: {@code mmap} (grown in place, memory64 beyond
     * the heap's 16 GiB, and faster on the bytecode backend; the interpreter runs as fast on it) unless the
     * mmap creator is missing, unsupported here, or lacks native access (the JDK would print a warning);
     * otherwise {@code heap}.
     */
    static String autoMemory() {
        for (ServiceLoader.Provider<MemoryCreator> p :
                ServiceLoader.load(MemoryCreator.class).stream().toList()) {
            try {
                MemoryCreator m = p.get();
                if (m.id().equals("mmap") && m.getClass().getModule().isNativeAccessEnabled() && m.isSupported()) {
                    return "mmap";
                }
            } catch (ServiceConfigurationError | RuntimeException e) {
                // A broken provider is not used; 'wasm4j settings' reports it.
            }
        }
        return "heap";
    }

    /** Reads {@code --memory} as the id of a memory creator found, and lists them (sorted) for the help. */
    static final class MemoryConverter implements ITypeConverter<String>, Iterable<String> {
        @Override
        public String convert(String value) {
            String id = value.trim().toLowerCase(Locale.ROOT);
            for (String known : this) {
                if (known.equals(id)) {
                    return id;
                }
            }
            throw new TypeConversionException(
                    "unknown memory '" + value + "'; the memories are: " + String.join(", ", this));
        }

        @Override
        public Iterator<String> iterator() {
            TreeSet<String> ids = new TreeSet<>();
            ids.add(AUTO_MEMORY);
            ids.add("heap");
            ServiceLoader.load(MemoryCreator.class).stream().forEach(p -> {
                try {
                    ids.add(p.get().id());
                } catch (ServiceConfigurationError | RuntimeException e) {
                    // A broken provider is not offered; 'wasm4j settings' reports it.
                }
            });
            return ids.iterator();
        }
    }

    /** The feature's name on the command line, e.g. {@code relaxed-simd}. */
    static String optionName(Feature f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
