package io.wasm4j.core;

/**
 * Size limits of a memory (in pages) or table (in elements).
 *
 * @param min the initial size
 * @param max the maximum size, or {@code -1} when unbounded
 */
public record Limits(long min, long max) {
    /** Returns whether a maximum is declared. */
    public boolean hasMax() {
        return max >= 0;
    }
}
