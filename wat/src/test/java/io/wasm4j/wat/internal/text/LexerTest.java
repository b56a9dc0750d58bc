package io.wasm4j.wat.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.wat.WatException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LexerTest {

    private static List<Token> lex(String src) {
        Lexer lexer = new Lexer(src);
        List<Token> out = new ArrayList<>();
        Token t;
        while ((t = lexer.next()) != null) {
            out.add(t);
        }
        return out;
    }

    @Test
    void next_moduleText_yieldsKindsAndPositions() {
        List<Token> tokens = lex("(module $m\n  (func (i32.const -0x1) \"a\"))");
        assertEquals(TokenKind.LPAREN, tokens.get(0).kind());
        assertEquals(TokenKind.KEYWORD, tokens.get(1).kind());
        assertEquals(TokenKind.ID, tokens.get(2).kind());
        assertEquals("m", tokens.get(2).text());
        Token func = tokens.get(4);
        assertEquals("func", func.text());
        assertEquals(2, func.line());
        assertEquals(4, func.column());
        assertEquals(TokenKind.NUMBER, tokens.get(7).kind());
        assertEquals(TokenKind.STRING, tokens.get(9).kind());
        assertArrayEquals(new byte[] {'a'}, tokens.get(9).bytes());
    }

    @Test
    void next_escapes_decodesBytes() {
        Token t = lex("\"\\t\\n\\r\\\"\\'\\\\\\41\\u{1F600}\\ff\"").getFirst();
        assertArrayEquals(
                new byte[] {9, 10, 13, '"', '\'', '\\', 0x41, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, -1},
                t.bytes());
        assertFalse(t.validUtf8());
    }

    @Test
    void next_quotedId_isDecodedName() {
        Token t = lex("$\"a\\u{41} b\"").getFirst();
        assertEquals(TokenKind.ID, t.kind());
        assertEquals("aA b", t.text());
    }

    @Test
    void next_comments_areSkipped() {
        List<Token> tokens = lex("(; a (; nested ;) b ;) x ;; line\n y");
        assertEquals(2, tokens.size());
        assertEquals("y", tokens.get(1).text());
        assertEquals(2, tokens.get(1).line());
    }

    @Test
    void next_lineCommentEndedByLoneCarriageReturn_keepsNextLine() {
        List<Token> tokens = lex("x ;; comment\r y");
        assertEquals(2, tokens.size());
        assertEquals("y", tokens.get(1).text());
    }

    @Test
    void next_annotation_yieldsAnnotationToken() {
        Token t = lex("(@custom \"x\")").getFirst();
        assertEquals(TokenKind.ANNOTATION, t.kind());
        assertEquals("custom", t.text());
    }

    @ParameterizedTest
    @CsvSource({
        "0drop, RESERVED",
        "0$l, RESERVED",
        "i32.const0, KEYWORD",
        "nan:canonical, KEYWORD",
        "nan:0x1, NUMBER",
        "-inf, NUMBER",
        "1_000.5e-3, NUMBER",
        "offset=4, KEYWORD",
        "'\"a\"b', RESERVED",
        "@x, RESERVED"
    })
    void next_token_hasKind(String text, TokenKind kind) {
        assertEquals(kind, lex(text).getFirst().kind());
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "\"abc | unclosed string",
                "$ | empty identifier",
                "$\"\" | empty identifier",
                "(@ x) | empty annotation id",
                "(; x | unclosed comment",
                "\u007f | illegal character",
                "\u00df | illegal character",
                "\"\\q\" | illegal escape"
            })
    void next_badInput_throws(String src, String reason) {
        WatException e = assertThrows(WatException.class, () -> lex(src));
        assertTrue(e.reason().contains(reason), e.reason());
    }

    @Test
    void next_atEnd_returnsNull() {
        assertNull(new Lexer("  ;; x").next());
    }
}
