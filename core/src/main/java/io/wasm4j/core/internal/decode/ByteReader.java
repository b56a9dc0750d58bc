package io.wasm4j.core.internal.decode;

import io.wasm4j.core.MalformedModuleException;

/**
 * A cursor over a byte array with LEB128 readers that produce the spec's error texts. Reads stop at
 * {@link #limit}; reading past it is "unexpected end of section or function" (which contains the
 * spec's "unexpected end").
 *
 * <p>Not thread-safe; one reader per decoding.
 */
public final class ByteReader {
    /** Message for reads past the limit. */
    public static final String UNEXPECTED_END = "unexpected end of section or function";

    private final byte[] bytes;
    private int pos;
    private int limit;

    /** Creates a reader over {@code bytes[pos, limit)}. */
    public ByteReader(byte[] bytes, int pos, int limit) {
        this.bytes = bytes;
        this.pos = pos;
        this.limit = limit;
    }

    /** The whole underlying array. */
    public byte[] bytes() {
        return bytes;
    }

    /** Current offset. */
    public int pos() {
        return pos;
    }

    /** Moves to {@code pos}. */
    public void seek(int pos) {
        this.pos = pos;
    }

    /** Offset reads may not pass. */
    public int limit() {
        return limit;
    }

    /** Sets the offset reads may not pass. */
    public void limit(int limit) {
        this.limit = limit;
    }

    /** Whether there are bytes left before the limit. */
    public boolean hasMore() {
        return pos < limit;
    }

    /** Creates a malformed-module exception at {@code offset}. */
    public static MalformedModuleException malformed(String reason, int offset) {
        return new MalformedModuleException(reason, offset);
    }

    MalformedModuleException eof() {
        return malformed(UNEXPECTED_END, limit);
    }

    /** Reads one unsigned byte. */
    public int u8() {
        int p = pos;
        if (p >= limit) {
            throw eof();
        }
        pos = p + 1;
        return bytes[p] & 0xFF;
    }

    /** Returns the next byte without consuming it. */
    public int peek() {
        if (pos >= limit) {
            throw eof();
        }
        return bytes[pos] & 0xFF;
    }

    /** Skips {@code n} bytes. */
    public void skip(int n) {
        if (n < 0 || n > limit - pos) {
            throw eof();
        }
        pos += n;
    }

    /** Reads an unsigned 32-bit LEB128 integer; the result is to be read as unsigned. */
    public int u32() {
        int p = pos;
        if (p < limit) {
            int b = bytes[p];
            if (b >= 0) {
                pos = p + 1;
                return b;
            }
        }
        return u32Slow();
    }

    private int u32Slow() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift >= 35) {
                throw malformed("integer representation too long", pos);
            }
            int b = u8();
            if (shift == 28 && (b & 0x70) != 0) {
                throw malformed("integer too large", pos - 1);
            }
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** Reads a signed 32-bit LEB128 integer. */
    public int s32() {
        int p = pos;
        if (p < limit) {
            int b = bytes[p];
            if (b >= 0) {
                pos = p + 1;
                return (b << 25) >> 25;
            }
        }
        return (int) signed(32);
    }

    /** Reads a signed 33-bit LEB128 integer (block types and heap types). */
    public long s33() {
        return signed(33);
    }

    /** Reads a signed 64-bit LEB128 integer. */
    public long s64() {
        int p = pos;
        if (p < limit) {
            int b = bytes[p];
            if (b >= 0) {
                pos = p + 1;
                return (b << 25) >> 25;
            }
        }
        return signed(64);
    }

    /** Reads an unsigned 64-bit LEB128 integer. */
    public long u64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift >= 70) {
                throw malformed("integer representation too long", pos);
            }
            int b = u8();
            if (shift == 63 && (b & 0x7E) != 0) {
                throw malformed("integer too large", pos - 1);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    private long signed(int bits) {
        long result = 0;
        int remaining = bits;
        for (int shift = 0; ; shift += 7) {
            if (remaining <= 0) {
                throw malformed("integer representation too long", pos);
            }
            int b = u8();
            if (remaining < 7) {
                int mask = (-1 << (remaining - 1)) & 0x7F;
                int top = b & mask;
                if (top != 0 && top != mask) {
                    throw malformed("integer too large", pos - 1);
                }
            }
            result |= (long) (b & 0x7F) << shift;
            remaining -= 7;
            if ((b & 0x80) == 0) {
                int used = shift + 7;
                if (used < 64 && (b & 0x40) != 0) {
                    result |= -1L << used;
                }
                return result;
            }
        }
    }

    /** Reads a little-endian 32-bit word. */
    public int word32() {
        if (limit - pos < 4) {
            pos = limit;
            throw eof();
        }
        int p = pos;
        pos = p + 4;
        return (bytes[p] & 0xFF)
                | (bytes[p + 1] & 0xFF) << 8
                | (bytes[p + 2] & 0xFF) << 16
                | (bytes[p + 3] & 0xFF) << 24;
    }

    /**
     * Reads a vector length or byte length; "length out of bounds" when it is larger than what remains of
     * the whole input counted from the length's own first byte (as the reference decoder counts it).
     */
    public int length() {
        int before = pos;
        int n = u32();
        if ((n & 0xFFFFFFFFL) > bytes.length - before) {
            throw malformed("length out of bounds", before);
        }
        return n;
    }

    /** Reads a length-prefixed UTF-8 name and returns it, checking the encoding. */
    public String name() {
        int n = length();
        int start = pos;
        skip(n);
        return Utf8.decode(bytes, start, n);
    }
}
