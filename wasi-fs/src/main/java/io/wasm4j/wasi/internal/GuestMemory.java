package io.wasm4j.wasi.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A guest's linear memory seen through 32-bit pointers: every access is bounds-checked and a bad pointer
 * becomes {@link Errno#FAULT}, never a JVM exception. Little-endian, unaligned.
 */
final class GuestMemory {
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final MemorySegment segment;
    /** Whether slices can be viewed as {@link java.nio.ByteBuffer}s (native or {@code byte[]}-backed). */
    private final boolean bufferable;

    GuestMemory(MemorySegment segment) {
        this.segment = segment;
        this.bufferable = segment.isNative()
                || segment.heapBase().map(base -> base instanceof byte[]).orElse(false);
    }

    /**
     * Returns a buffer for {@code length} bytes at {@code ptr}: a view of guest memory when possible,
     * else a copy (then bytes read into it must be copied back, see {@link Io#commit}).
     */
    java.nio.ByteBuffer buffer(int ptr, int length) {
        return bufferable ? slice(ptr, length).asByteBuffer() : java.nio.ByteBuffer.wrap(bytes(ptr, length));
    }

    /** Returns the offset of {@code length} bytes at guest pointer {@code ptr}, or raises FAULT. */
    long check(int ptr, long length) {
        long off = Integer.toUnsignedLong(ptr);
        if (length < 0 || off + length > segment.byteSize()) {
            throw new WasiError(Errno.FAULT);
        }
        return off;
    }

    byte u8(int ptr) {
        return segment.get(ValueLayout.JAVA_BYTE, check(ptr, 1));
    }

    int u16(int ptr) {
        return Short.toUnsignedInt(segment.get(I16, check(ptr, 2)));
    }

    int i32(int ptr) {
        return segment.get(I32, check(ptr, 4));
    }

    long i64(int ptr) {
        return segment.get(I64, check(ptr, 8));
    }

    void setU8(int ptr, int value) {
        segment.set(ValueLayout.JAVA_BYTE, check(ptr, 1), (byte) value);
    }

    void setU16(int ptr, int value) {
        segment.set(I16, check(ptr, 2), (short) value);
    }

    void setI32(int ptr, int value) {
        segment.set(I32, check(ptr, 4), value);
    }

    void setI64(int ptr, long value) {
        segment.set(I64, check(ptr, 8), value);
    }

    /** Copies {@code length} guest bytes at {@code ptr} into a new array. */
    byte[] bytes(int ptr, int length) {
        long off = check(ptr, Integer.toUnsignedLong(length));
        byte[] out = new byte[length];
        MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, off, out, 0, length);
        return out;
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcIndex} to guest pointer {@code ptr}. */
    void write(int ptr, byte[] src, int srcIndex, int length) {
        long off = check(ptr, length);
        MemorySegment.copy(src, srcIndex, segment, ValueLayout.JAVA_BYTE, off, length);
    }

    /** Returns a slice of guest memory (for zero-copy I/O through a ByteBuffer). */
    MemorySegment slice(int ptr, int length) {
        return segment.asSlice(check(ptr, Integer.toUnsignedLong(length)), Integer.toUnsignedLong(length));
    }

    /** Decodes a guest string; invalid UTF-8 raises ILSEQ. */
    String string(int ptr, int length) {
        byte[] b = bytes(ptr, length);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WasiError(Errno.ILSEQ);
        }
    }
}
