package io.wasm4j.it.api;

import io.wasm4j.Config;
import io.wasm4j.Engine;
import io.wasm4j.Instance;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Strategy;

/** Engines on one backend and guests instantiated from text, for the API tests. */
final class Guests {
    private Guests() {}

    /** An engine that uses {@code backend}. */
    static Engine engine(Strategy backend) {
        return Engine.create(Config.builder().strategy(backend).build());
    }

    /** Instantiates {@code wat} without imports in a fresh store of a fresh engine on {@code backend}. */
    static Instance instantiate(Strategy backend, String wat) {
        Engine engine = engine(backend);
        return new Linker<Void>(engine).instantiate(Store.create(engine, null), Module.fromText(engine, wat));
    }
}
