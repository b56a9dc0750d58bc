/**
 * The mmap memory creator: {@link io.wasm4j.memory.mmap.MmapMemoryCreator}, found by the engine through
 * {@link java.util.ServiceLoader} and chosen with {@code Config.builder().memoryCreator("mmap")}.
 */
package io.wasm4j.memory.mmap;
