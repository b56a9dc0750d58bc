package io.wasm4j.core;

import java.util.List;

/**
 * A recursion group of the type section: types that may refer to each other.
 *
 * @param types the group's types, in order; type indices continue across groups
 */
public record RecGroup(List<SubType> types) {
    /** Creates a recursion group; the list is copied. */
    public RecGroup {
        types = List.copyOf(types);
    }
}
