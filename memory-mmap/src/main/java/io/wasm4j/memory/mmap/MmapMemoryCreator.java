package io.wasm4j.memory.mmap;

import io.wasm4j.core.MemoryType;
import io.wasm4j.memory.mmap.internal.MmapLinearMemory;
import io.wasm4j.spi.LinearMemory;
import io.wasm4j.spi.MemoryCreator;

/**
 * A {@link MemoryCreator} (id {@code "mmap"}) whose memories live in native memory reserved with {@code
 * mmap}: growing never copies, the base address is stable, and memories may exceed the Java heap (64-bit
 * memories beyond 16 GiB). Compiled code reaches them through native {@link
 * java.lang.foreign.MemorySegment}s, which HotSpot accesses faster than the default heap segments for many
 * workloads.
 *
 * <p>Select it by id; the engine finds it with {@link java.util.ServiceLoader} when the artifact {@code
 * io.wasm4j:wasm4j-memory-mmap} is present:
 *
 * {@snippet :
 * Engine engine = Engine.create(Config.builder().memoryCreator("mmap").build());
 * Module module = Module.fromText(engine, "(module (memory (export \"mem\") 1))");
 * Instance instance = new Linker<Void>(engine).instantiate(Store.create(engine, null), module);
 * }
 *
 * <p>Each memory reserves address space for its maximum (4 GiB for a 32-bit memory without one; for a
 * 64-bit memory its maximum up to 1 TiB, or 64 GiB without one) plus a 32 MiB guard region, all
 * inaccessible and without committing RAM, then commits pages as it grows. If the host refuses a
 * reservation that large (e.g. {@code ulimit -v}), a smaller one that still holds the minimum is taken, and
 * {@code memory.grow} fails (returns -1) beyond it. A memory's mapping is released when the memory becomes
 * unreachable; when address space runs short, creating a memory first asks for a garbage collection.
 *
 * <p>Native access: grant it with {@code --enable-native-access=io.wasm4j.memory.mmap} (module path) or
 * {@code --enable-native-access=ALL-UNNAMED} (class path); without it the JDK prints a warning once and the
 * memories still work.
 *
 * <p>Thread safety: safe for concurrent use; each memory belongs to one store, as {@link LinearMemory}
 * says.
 */
public final class MmapMemoryCreator implements MemoryCreator {
    /** Creates the creator; it holds no state (the native functions are bound on the first memory). */
    public MmapMemoryCreator() {}

    /** Returns {@code "mmap"}. */
    @Override
    public String id() {
        return "mmap";
    }

    /**
     * Returns whether this host is Linux or macOS on x86-64 or aarch64 with libc's {@code mmap}, {@code
     * munmap}, {@code mprotect} and {@code getpagesize}; only looks the symbols up.
     */
    @Override
    public boolean isSupported() {
        return MmapLinearMemory.isSupported();
    }

    /**
     * Reserves and commits a memory of {@code type}.
     *
     * @throws IllegalArgumentException if the memory's minimum cannot be reserved or committed; the message
     *     says how much was asked and what to do
     * @throws IllegalStateException if the host is not supported or native access is denied to this module
     */
    @Override
    public LinearMemory create(MemoryType type) {
        return MmapLinearMemory.create(type);
    }

    @Override
    public String toString() {
        return "MmapMemoryCreator[mmap]";
    }
}
