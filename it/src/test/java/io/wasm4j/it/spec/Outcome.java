package io.wasm4j.it.spec;

import java.util.Locale;

/** How one script command fared. */
enum Outcome {
    PASS,
    FAIL,
    SKIP;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
