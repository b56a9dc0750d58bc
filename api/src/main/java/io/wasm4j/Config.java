package io.wasm4j;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable engine configuration, made with a {@link Builder} that checks each setting as it is given.
 *
 * {@snippet :
 * Config config = Config.builder().strategy(Strategy.INTERP).maxWasmStack(1 << 20).build();
 * Engine engine = Engine.create(config);
 * }
 */
public final class Config {
    /** The default maximum wasm stack: 512 KiB, as in wasmtime. */
    public static final long DEFAULT_MAX_WASM_STACK = 512 * 1024;

    /** The largest accepted maximum wasm stack: 1 GiB. */
    public static final long MAX_MAX_WASM_STACK = 1L << 30;

    private static final Config DEFAULTS = new Builder().build();

    private final Strategy strategy;
    private final Set<Feature> features;
    private final long maxWasmStack;
    private final String memoryCreator;
    private final Map<String, String> backendSettings;
    private final boolean epochInterruption;
    private final boolean consumeFuel;

    private Config(Builder b) {
        strategy = b.strategy;
        features = Collections.unmodifiableSet(
                b.features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(b.features));
        maxWasmStack = b.maxWasmStack;
        memoryCreator = b.memoryCreator;
        backendSettings = Map.copyOf(b.backendSettings);
        epochInterruption = b.epochInterruption;
        consumeFuel = b.consumeFuel;
    }

    /** Returns the default configuration. */
    public static Config defaults() {
        return DEFAULTS;
    }

    /** Returns a builder with the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this configuration's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.strategy = strategy;
        b.features.clear();
        b.features.addAll(features);
        b.maxWasmStack = maxWasmStack;
        b.memoryCreator = memoryCreator;
        b.backendSettings.putAll(backendSettings);
        b.epochInterruption = epochInterruption;
        b.consumeFuel = consumeFuel;
        return b;
    }

    /** Returns the backend strategy. */
    public Strategy strategy() {
        return strategy;
    }

    /** Returns whether {@code feature} is enabled. */
    public boolean isEnabled(Feature feature) {
        return features.contains(feature);
    }

    /** Returns the enabled features. */
    public Set<Feature> features() {
        return features;
    }

    /**
     * Returns the most stack, in bytes, guest code may use before trapping with "call stack exhausted".
     * Backends turn it into a frame limit; the bytecode backend applies one only below {@link
     * #DEFAULT_MAX_WASM_STACK} and is otherwise bounded by the calling thread's JVM stack.
     */
    public long maxWasmStack() {
        return maxWasmStack;
    }

    /** Returns the id of the memory creator to use ({@code "heap"} by default). */
    public String memoryCreator() {
        return memoryCreator;
    }

    /** Returns settings passed to the backend; the backend rejects names it does not know. */
    public Map<String, String> backendSettings() {
        return backendSettings;
    }

    /** Returns whether guest code polls the epoch ({@link Engine#incrementEpoch()}, {@link Store#setEpochDeadline}). */
    public boolean epochInterruption() {
        return epochInterruption;
    }

    /** Returns whether guest code consumes fuel ({@link Store#setFuel(long)}). */
    public boolean consumeFuel() {
        return consumeFuel;
    }

    @Override
    public String toString() {
        return "Config[strategy=" + strategy + ", features=" + features + ", maxWasmStack=" + maxWasmStack
                + ", memoryCreator=" + memoryCreator + ", backendSettings=" + backendSettings
                + ", epochInterruption=" + epochInterruption + ", consumeFuel=" + consumeFuel + "]";
    }

    /** Builds a {@link Config}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private Strategy strategy = Strategy.AUTO;
        private final EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        private long maxWasmStack = DEFAULT_MAX_WASM_STACK;
        private String memoryCreator = "heap";
        private final Map<String, String> backendSettings = new LinkedHashMap<>();
        private boolean epochInterruption;
        private boolean consumeFuel;

        private Builder() {
            for (Feature f : Feature.values()) {
                if (f.isDefault()) {
                    features.add(f);
                }
            }
        }

        /** Sets the backend strategy. @throws NullPointerException if {@code strategy} is null */
        public Builder strategy(Strategy strategy) {
            this.strategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** Enables or disables a WebAssembly feature. */
        public Builder wasmFeature(Feature feature, boolean enabled) {
            Objects.requireNonNull(feature, "feature");
            if (enabled) {
                features.add(feature);
            } else {
                features.remove(feature);
            }
            return this;
        }

        /**
         * Sets the most stack guest code may use.
         *
         * @param bytes between 4 KiB and {@link #MAX_MAX_WASM_STACK}
         * @throws IllegalArgumentException if out of that range
         */
        public Builder maxWasmStack(long bytes) {
            if (bytes < 4096 || bytes > MAX_MAX_WASM_STACK) {
                throw new IllegalArgumentException(String.format(
                        "maxWasmStack must be between 4096 and %d bytes, was %d", MAX_MAX_WASM_STACK, bytes));
            }
            this.maxWasmStack = bytes;
            return this;
        }

        /**
         * Selects the memory creator by id ({@code "heap"} is built in).
         *
         * @throws IllegalArgumentException if {@code id} is blank
         */
        public Builder memoryCreator(String id) {
            this.memoryCreator = requireName(id, "memory creator id");
            return this;
        }

        /**
         * Adds a backend-specific setting; the engine fails to start if the backend does not know it.
         *
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder backendSetting(String name, String value) {
            backendSettings.put(requireName(name, "setting name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Makes guest code check the engine's epoch against the store's deadline at function entries and
         * loop headers, trapping with "interrupt" once it has passed (off by default; costs a little speed).
         */
        public Builder epochInterruption(boolean enabled) {
            this.epochInterruption = enabled;
            return this;
        }

        /**
         * Makes guest code consume fuel as it runs, trapping with "all fuel consumed" when the store has
         * none left (off by default; costs some speed). Stores start with no fuel: set it with {@link
         * Store#setFuel(long)}.
         */
        public Builder consumeFuel(boolean enabled) {
            this.consumeFuel = enabled;
            return this;
        }

        /** Returns the configuration. */
        public Config build() {
            return new Config(this);
        }

        private static String requireName(String s, String what) {
            Objects.requireNonNull(s, what);
            if (s.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return s;
        }
    }
}
