package io.wasm4j.core;

import java.util.List;

/**
 * A function type: parameter and result types.
 *
 * @param params the parameter types, in order
 * @param results the result types, in order
 */
public record FuncType(List<ValType> params, List<ValType> results) implements CompositeType {
    /** Creates a function type; the lists are copied. */
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    @Override
    public String toString() {
        return "(func " + params + " -> " + results + ")";
    }
}
