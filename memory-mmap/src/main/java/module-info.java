/**
 * Linear memories in native memory reserved with {@code mmap} (memory creator id {@code "mmap"}): a
 * memory reserves its maximum as inaccessible address space plus a guard region, and commits pages in place
 * as it grows, so growing never copies and the base address never changes. Supports Linux and macOS on
 * x86-64 and aarch64.
 *
 * <p>It calls libc through the FFM API's restricted methods, so grant it native access: {@code
 * --enable-native-access=io.wasm4j.memory.mmap} on the module path, {@code
 * --enable-native-access=ALL-UNNAMED} on the class path (or {@code Enable-Native-Access: ALL-UNNAMED} in an
 * executable jar's manifest). Without it the JDK prints a warning and the memories still work; with {@code
 * --illegal-native-access=deny} they cannot be created.
 *
 * <p>Exports {@link io.wasm4j.memory.mmap.MmapMemoryCreator} and {@code provides} it as a {@link
 * io.wasm4j.spi.MemoryCreator}; select it with {@code Config.builder().memoryCreator("mmap")}.
 */
module io.wasm4j.memory.mmap {
    requires transitive io.wasm4j.spi;

    exports io.wasm4j.memory.mmap;

    provides io.wasm4j.spi.MemoryCreator with
            io.wasm4j.memory.mmap.MmapMemoryCreator;
}
