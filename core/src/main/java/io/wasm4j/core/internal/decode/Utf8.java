package io.wasm4j.core.internal.decode;

import io.wasm4j.core.MalformedModuleException;

/** Strict UTF-8 decoding of names: no overlong forms, no surrogates, nothing above U+10FFFF. */
final class Utf8 {
    private Utf8() {}

    static final String MALFORMED = "malformed UTF-8 encoding";

    /** Decodes {@code bytes[start, start + length)}, throwing "malformed UTF-8 encoding" on bad input. */
    static String decode(byte[] bytes, int start, int length) {
        int end = start + length;
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, start, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(length);
        int i = start;
        while (i < end) {
            int b0 = bytes[i] & 0xFF;
            int cp;
            int n;
            if (b0 < 0x80) {
                cp = b0;
                n = 1;
            } else if (b0 >= 0xC2 && b0 <= 0xDF) {
                cp = b0 & 0x1F;
                n = 2;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                cp = b0 & 0x0F;
                n = 3;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                cp = b0 & 0x07;
                n = 4;
            } else {
                throw error(i);
            }
            if (i + n > end) {
                throw error(i);
            }
            for (int k = 1; k < n; k++) {
                int b = bytes[i + k] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    throw error(i);
                }
                cp = (cp << 6) | (b & 0x3F);
            }
            if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                    || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
                throw error(i);
            }
            sb.appendCodePoint(cp);
            i += n;
        }
        return sb.toString();
    }

    private static MalformedModuleException error(int offset) {
        return new MalformedModuleException(MALFORMED, offset);
    }
}
