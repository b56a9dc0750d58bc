package io.wasm4j.spi;

import io.wasm4j.core.MemoryType;

/**
 * Creates the linear memories a store allocates (wasmtime's {@code MemoryCreator}). Found with {@link
 * java.util.ServiceLoader}; the facade picks one by {@link #id()} or takes the default ({@code "heap"},
 * {@link HeapMemoryCreator}).
 *
 * <p>Implementations must:
 *
 * <ul>
 *   <li>have a public no-argument constructor and a unique, stable {@link #id()};
 *   <li>answer {@link #isSupported()} without side effects, and create nothing when it is false;
 *   <li>return memories that follow {@link LinearMemory}'s contract;
 *   <li>be safe for concurrent use (stores on many threads create memories).
 * </ul>
 */
public interface MemoryCreator {
    /** Returns the id used to select this creator, e.g. {@code "heap"} or {@code "mmap"}. */
    String id();

    /** Returns whether this creator works on this JVM and platform. */
    boolean isSupported();

    /**
     * Creates a memory of {@code type}, {@code type.limits().min()} pages long.
     *
     * @param type the memory's type; its maximum may be unbounded
     * @return the memory
     * @throws IllegalArgumentException if the minimum cannot be had; the message says how much was asked,
     *     the limit, and what to do (e.g. which artifact supports larger memories)
     */
    LinearMemory create(MemoryType type);
}
