package io.wasm4j.wat.internal.encode;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.List;

/** The {@code (@custom "name" (before|after section)? "bytes"*)} annotation (custom annotations proposal). */
final class CustomSections {
    private CustomSections() {}

    /** The sections a custom section can be placed before or after, in binary order. */
    static final List<String> SECTIONS = List.of(
            "type",
            "import",
            "func",
            "table",
            "memory",
            "tag",
            "global",
            "export",
            "start",
            "elem",
            "datacount",
            "code",
            "data");

    /**
     * A custom section to insert.
     *
     * @param after whether it goes after {@code section} (else before)
     * @param section the section name, or "first" / "last"
     * @param name the section name bytes
     * @param content the contents
     */
    record Custom(boolean after, String section, byte[] name, Bytes content) {}

    static Custom parse(SExpr.ListExpr f) {
        List<SExpr> items = f.children();
        if (items.isEmpty() || !(items.getFirst() instanceof SExpr.Atom n) || n.kind() != TokenKind.STRING) {
            throw err(f, "missing section name");
        }
        if (!n.token().validUtf8()) {
            throw err(f, "malformed UTF-8 encoding");
        }
        boolean after = true;
        String section = "last";
        Bytes content = new Bytes();
        for (int i = 1; i < items.size(); i++) {
            SExpr e = items.get(i);
            if (e instanceof SExpr.Atom a && a.kind() == TokenKind.STRING) {
                content.raw(a.token().bytes());
            } else if (e instanceof SExpr.ListExpr l && i == 1) {
                String head = l.head();
                if (!"before".equals(head) && !"after".equals(head)) {
                    throw err(l, "malformed placement");
                }
                if (l.size() != 2 || !(l.get(1) instanceof SExpr.Atom s) || s.kind() != TokenKind.KEYWORD) {
                    throw err(l, "malformed section kind");
                }
                String kind = s.text();
                boolean ok = SECTIONS.contains(kind)
                        || (head.equals("before") && kind.equals("first"))
                        || (head.equals("after") && kind.equals("last"));
                if (!ok) {
                    throw err(l, "malformed section kind");
                }
                after = head.equals("after");
                section = kind;
            } else {
                throw err(e, "unexpected token");
            }
        }
        return new Custom(after, section, n.token().bytes(), content);
    }

    private static WatException err(SExpr at, String reason) {
        return new WatException("@custom annotation: " + reason, at.line(), at.column());
    }
}
