package io.wasm4j.internal.engine;

import io.wasm4j.Strategy;
import io.wasm4j.spi.CompilerProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The backend an engine compiles with, or why there is none. An engine without a backend can still
 * validate modules and describe their imports and exports; compiling fails with {@link #require()}.
 *
 * @param provider the chosen backend, or {@code null}
 * @param problem why none was chosen (naming the artifact to add), or {@code null}
 */
public record BackendChoice(CompilerProvider provider, String problem) {

    /** Returns the chosen backend. @throws IllegalStateException with the reason if there is none */
    public CompilerProvider require() {
        if (provider == null) {
            throw new IllegalStateException(problem);
        }
        return provider;
    }

    /**
     * Chooses a backend for {@code strategy} among {@code found}.
     *
     * @throws IllegalStateException for an explicit strategy whose backend is absent, unsupported or
     *     ambiguous (eager failure); {@link Strategy#AUTO} with nothing usable yields a choice without provider
     */
    static BackendChoice choose(Strategy strategy, List<CompilerProvider> found, List<String> broken) {
        String brokenNote =
                broken.isEmpty() ? "" : " (providers that failed to load: " + String.join("; ", broken) + ")";
        if (strategy == Strategy.AUTO) {
            List<CompilerProvider> usable = new ArrayList<>();
            for (CompilerProvider p : found) {
                if (p.isSupported()) {
                    usable.add(p);
                }
            }
            if (usable.isEmpty()) {
                return new BackendChoice(
                        null,
                        "no WebAssembly backend available: add " + Strategy.INTERP.artifact()
                                + " (portable interpreter) or " + Strategy.BYTECODE.artifact()
                                + " to the class or module path, or depend on io.wasm4j:wasm4j"
                                + describe(found) + brokenNote);
            }
            usable.sort(Comparator.comparingInt(CompilerProvider::priority).reversed());
            if (usable.size() > 1 && usable.get(0).priority() == usable.get(1).priority()) {
                throw new IllegalStateException("ambiguous backend choice, equal priority: " + ids(usable)
                        + "; choose one with Config.builder().strategy(...)");
            }
            return new BackendChoice(usable.getFirst(), null);
        }
        List<CompilerProvider> matching =
                found.stream().filter(p -> p.id().equals(strategy.backendId())).toList();
        if (matching.isEmpty()) {
            throw new IllegalStateException("backend '" + strategy.backendId() + "' (Strategy." + strategy
                    + ") not found: add the artifact " + strategy.artifact() + describe(found) + brokenNote);
        }
        if (matching.size() > 1) {
            throw new IllegalStateException("ambiguous backend '" + strategy.backendId() + "': "
                    + matching.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", ")));
        }
        CompilerProvider p = matching.getFirst();
        if (!p.isSupported()) {
            throw new IllegalStateException("backend '" + p.id() + "' is not supported on this platform ("
                    + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ", Java "
                    + Runtime.version() + ")");
        }
        return new BackendChoice(p, null);
    }

    private static String describe(List<CompilerProvider> found) {
        return found.isEmpty() ? "" : "; present: " + ids(found);
    }

    private static String ids(List<CompilerProvider> ps) {
        return ps.stream()
                .map(p -> p.id() + (p.isSupported() ? "" : " (unsupported here)"))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
