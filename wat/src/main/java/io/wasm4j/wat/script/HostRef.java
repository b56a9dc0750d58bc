package io.wasm4j.wat.script;

/**
 * The host reference a script writes as {@code (ref.extern n)} or {@code (ref.host n)}: the object an
 * embedder passes to Wasm for such an argument, and that {@link ResultMatcher} expects back.
 *
 * @param n the number the script gives it
 */
public record HostRef(int n) {
    @Override
    public String toString() {
        return "ref.host " + n;
    }
}
