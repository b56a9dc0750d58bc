package io.wasm4j.spi;

/**
 * A struct or array of the GC proposal. Backends choose the representation (ordinary JVM objects,
 * collected by the JVM) and implement this so the facade can type-check values embedders pass back.
 *
 * <p>Implementations must return the object's exact canonical type, fixed at allocation.
 */
public interface GcRef {
    /** Returns the canonical struct or array type the object was allocated with. */
    DefinedType definedType();
}
