package io.wasm4j.core;

/**
 * A heap type naming a type defined in the module's type section by its index.
 *
 * @param index the index into the module's (flattened) type space
 */
public record TypeIndex(int index) implements HeapType {
    @Override
    public String toString() {
        return Integer.toString(index);
    }
}
