package io.wasm4j.wat.internal.sexpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.wat.WatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SExprParserTest {

    @Test
    void parse_nestedLists_buildsTree() {
        List<SExpr> top = SExprParser.parse("(module (func $f)) x");
        assertEquals(2, top.size());
        SExpr.ListExpr module = (SExpr.ListExpr) top.getFirst();
        assertTrue(module.isForm("module"));
        SExpr.ListExpr func = (SExpr.ListExpr) module.get(1);
        assertEquals("func", func.head());
        assertEquals(9, func.column());
        assertEquals("(func $f)".length() + 8, func.endOffset());
    }

    @Test
    void parse_annotations_skippedExceptCustom() {
        SExpr.ListExpr m = (SExpr.ListExpr) SExprParser.parse("((@a x) module (@a (b) 0x) (@custom \"n\" \"c\"))")
                .getFirst();
        assertEquals(2, m.size());
        assertEquals("custom", ((SExpr.ListExpr) m.get(1)).annotation());
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "(a)) | unexpected token",
                "(a | unexpected end",
                "(@x (y) | unclosed annotation",
                "(0x) | unknown operator",
                "( @a) | unknown operator"
            })
    void parse_badInput_throws(String src, String reason) {
        WatException e = assertThrows(WatException.class, () -> SExprParser.parse(src));
        assertTrue(e.reason().contains(reason), e.reason());
    }
}
