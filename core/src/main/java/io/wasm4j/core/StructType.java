package io.wasm4j.core;

import java.util.List;

/**
 * A struct type: an ordered list of fields.
 *
 * @param fields the fields, in order
 */
public record StructType(List<FieldType> fields) implements CompositeType {
    /** Creates a struct type; the list is copied. */
    public StructType {
        fields = List.copyOf(fields);
    }
}
