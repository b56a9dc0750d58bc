package io.wasm4j.it.spec;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Feature;
import io.wasm4j.Strategy;
import java.util.List;

/** The backends the suite runs on, each with its engine, or the reason it is missing. */
final class Backends {

    /** A backend: its id ({@code interp}, {@code bytecode}), and an engine, or why there is none. */
    record Backend(String id, Engine engine, String missing) {
        boolean present() {
            return engine != null;
        }
    }

    /** The strategies the suite covers, in the order it runs them. */
    static final List<Strategy> STRATEGIES = List.of(Strategy.INTERP, Strategy.BYTECODE);

    private Backends() {}

    /** Every backend of {@link #STRATEGIES}, with an engine that enables every Wasm feature when present. */
    static List<Backend> all() {
        return STRATEGIES.stream().map(Backends::backend).toList();
    }

    private static Backend backend(Strategy strategy) {
        String id = strategy.backendId();
        try {
            Config.Builder config = Config.builder().strategy(strategy);
            for (Feature f : Feature.values()) {
                config.wasmFeature(f, true);
            }
            Engine engine = Engine.create(config.build());
            if (!engine.backend().equals(java.util.Optional.of(id))) {
                return new Backend(
                        id,
                        null,
                        "backend " + id + " is not on the test class path (add " + strategy.artifact()
                                + "); the engine chose " + engine.backend().orElse("no backend"));
            }
            return new Backend(id, engine, null);
        } catch (RuntimeException e) {
            return new Backend(
                    id, null, "backend " + id + " is missing (add " + strategy.artifact() + "): " + e.getMessage());
        }
    }
}
