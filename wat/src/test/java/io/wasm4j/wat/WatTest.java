package io.wasm4j.wat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class WatTest {
    private static final byte[] EMPTY = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    @Test
    void parse_emptyModule_isHeaderOnly() {
        assertArrayEquals(EMPTY, Wat.parse("(module)"));
        assertArrayEquals(EMPTY, Wat.parse(""));
        assertArrayEquals(EMPTY, Wat.parse(";; nothing\n(; at all ;)"));
    }

    @Test
    void parse_bareFields_equalModuleForm() {
        assertArrayEquals(Wat.parse("(module (func) (memory 1))"), Wat.parse("(func) (memory 1)"));
    }

    @Test
    void parse_utf8Bytes_equalString() {
        String text = "(module (func (export \"\u00e9\")))";
        assertArrayEquals(Wat.parse(text), Wat.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parse_binaryModuleBytes_areReturnedAsTheyAre() {
        byte[] binary = Wat.parse("(func)");
        byte[] again = Wat.parse(binary);
        assertArrayEquals(binary, again);
    }

    @Test
    void parseFile_watFile_isEncoded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("m.wat");
        java.nio.file.Files.writeString(file, "(module (memory 1))");
        assertArrayEquals(Wat.parse("(memory 1)"), Wat.parseFile(file));
    }

    @Test
    void parse_moduleBinary_returnsTheBytes() {
        assertArrayEquals(EMPTY, Wat.parse("(module binary \"\\00asm\" \"\\01\\00\\00\\00\")"));
    }

    @Test
    void parse_moduleQuote_parsesTheText() {
        assertArrayEquals(Wat.parse("(module (func))"), Wat.parse("(module quote \"(func)\")"));
    }

    @Test
    void parse_deeplyNestedBlocks_doesNotOverflowTheStack() {
        int depth = 20_000;
        byte[] folded = Wat.parse("(func " + "(block ".repeat(depth) + ")".repeat(depth) + ")");
        byte[] flat = Wat.parse("(func " + "block ".repeat(depth) + "end ".repeat(depth) + ")");
        assertArrayEquals(folded, flat);
    }

    @Test
    void parse_moduleFollowedByMore_throwsUnexpectedToken() {
        WatException e = assertThrows(WatException.class, () -> Wat.parse("(module) (func)"));
        assertEquals(1, e.line());
        assertEquals(10, e.column());
    }
}
