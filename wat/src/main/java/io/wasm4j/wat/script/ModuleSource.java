package io.wasm4j.wat.script;

import java.util.function.Supplier;

/**
 * Where a script module's binary comes from: module text written in the script, {@code binary} strings,
 * or {@code quote} strings holding module text. Text forms are encoded on first use of {@link #binary()},
 * since encoding can itself fail (which {@code assert_malformed} expects).
 *
 * <p>Thread safety: instances may be shared; concurrent first calls of {@link #binary()} may each encode.
 */
public sealed interface ModuleSource permits ModuleSource.Text, ModuleSource.Binary, ModuleSource.Quote {

    /**
     * Returns the module's binary (a fresh copy on each call).
     *
     * @throws io.wasm4j.wat.WatException if module text cannot be parsed or encoded
     */
    byte[] binary();

    /** Module text written inline in the script: {@code (module $id? field*)}. */
    final class Text implements ModuleSource {
        private final LazyBinary binary;

        Text(Supplier<byte[]> encoder) {
            this.binary = new LazyBinary(encoder);
        }

        @Override
        public byte[] binary() {
            return binary.copy();
        }

        @Override
        public String toString() {
            return "Text";
        }
    }

    /** {@code (module binary "..."*)}: the strings' bytes, concatenated. */
    final class Binary implements ModuleSource {
        private final byte[] bytes;

        /** Creates the source from the concatenated bytes (copied). */
        public Binary(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public byte[] binary() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "Binary[" + bytes.length + " bytes]";
        }
    }

    /** {@code (module quote "..."*)}: the strings, concatenated, are module text parsed on demand. */
    final class Quote implements ModuleSource {
        private final String text;
        private final LazyBinary binary;

        Quote(String text, Supplier<byte[]> encoder) {
            this.text = text;
            this.binary = new LazyBinary(encoder);
        }

        /** Returns the concatenated module text. */
        public String text() {
            return text;
        }

        @Override
        public byte[] binary() {
            return binary.copy();
        }

        @Override
        public String toString() {
            return "Quote[" + text + "]";
        }
    }
}
