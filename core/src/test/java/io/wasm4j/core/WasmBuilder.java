package io.wasm4j.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds binary modules byte by byte for tests: LEB128 helpers and sections with sizes filled in. */
final class WasmBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a module with the magic header and version 1. */
    static WasmBuilder module() {
        WasmBuilder b = new WasmBuilder();
        b.raw(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);
        return b;
    }

    /** Starts an empty byte buffer (for section contents). */
    static WasmBuilder bytes() {
        return new WasmBuilder();
    }

    WasmBuilder raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    WasmBuilder raw(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    WasmBuilder u32(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    WasmBuilder s64(long v) {
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    WasmBuilder name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        return raw(b);
    }

    /** Appends a section with the given id and contents, prefixed by its size. */
    WasmBuilder section(int id, WasmBuilder contents) {
        byte[] c = contents.build();
        out.write(id);
        u32(c.length);
        return raw(c);
    }

    /** Appends a custom section. */
    WasmBuilder custom(String name, WasmBuilder contents) {
        return section(0, bytes().name(name).raw(contents.build()));
    }

    int size() {
        return out.size();
    }

    byte[] build() {
        return out.toByteArray();
    }
}
