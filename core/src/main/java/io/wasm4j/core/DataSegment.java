package io.wasm4j.core;

/**
 * A data segment.
 *
 * @param mode {@link SegmentMode#ACTIVE} or {@link SegmentMode#PASSIVE}
 * @param memoryIndex the target memory of an active segment, else {@code -1}
 * @param offset the offset expression of an active segment, else {@code null}
 * @param dataStart offset in the module's bytes of the segment's first byte
 * @param dataLength number of bytes
 */
public record DataSegment(SegmentMode mode, int memoryIndex, ConstExpr offset, int dataStart, int dataLength) {}
