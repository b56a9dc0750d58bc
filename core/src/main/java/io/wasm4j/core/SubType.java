package io.wasm4j.core;

import java.util.List;

/**
 * A defined type with its declared supertypes and finality.
 *
 * @param isFinal whether no type may declare this one as its supertype
 * @param supertypes indices of the declared supertypes (at most one in WebAssembly 3.0)
 * @param composite the type's shape
 */
public record SubType(boolean isFinal, List<Integer> supertypes, CompositeType composite) {
    /** Creates a sub type; the list is copied. */
    public SubType {
        supertypes = List.copyOf(supertypes);
    }
}
