package io.wasm4j.it.diff;

import java.util.Arrays;

/** A growable byte buffer with the WebAssembly binary encodings (LEB128, IEEE 754 little endian). */
final class ByteSink {
    private byte[] buf = new byte[256];
    private int size;

    void u8(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, size * 2);
        }
        buf[size++] = (byte) b;
    }

    void u32(long value) {
        long v = value & 0xFFFF_FFFFL;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    void s64(long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }

    void f32(int bits) {
        for (int i = 0; i < 4; i++) {
            u8(bits >>> (8 * i));
        }
    }

    void f64(long bits) {
        for (int i = 0; i < 8; i++) {
            u8((int) (bits >>> (8 * i)));
        }
    }

    void bytes(byte[] b) {
        for (byte x : b) {
            u8(x);
        }
    }

    void name(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        u32(b.length);
        bytes(b);
    }

    /** Appends {@code content} as a section with its id and size. */
    void section(int id, ByteSink content) {
        u8(id);
        u32(content.size);
        for (int i = 0; i < content.size; i++) {
            u8(content.buf[i]);
        }
    }

    /** Appends {@code content} with its size in front (a function body). */
    void sized(ByteSink content) {
        u32(content.size);
        for (int i = 0; i < content.size; i++) {
            u8(content.buf[i]);
        }
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
