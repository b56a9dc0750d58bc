package io.wasm4j.wat.internal.encode;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.List;

/** Reads the elements of an s-expression list one by one, with the text format's error messages. */
final class Cursor {
    private final List<SExpr> items;
    private final SExpr owner;
    private int pos;
    private Token nameAnnotation;

    Cursor(List<SExpr> items, SExpr owner, int start) {
        this.items = items;
        this.owner = owner;
        this.pos = start;
    }

    /** A cursor over the children of {@code list} after its head keyword. */
    static Cursor body(SExpr.ListExpr list) {
        return new Cursor(list.children(), list, 1);
    }

    boolean atEnd() {
        return pos >= items.size();
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    SExpr peek() {
        return pos < items.size() ? items.get(pos) : null;
    }

    SExpr peek(int ahead) {
        return pos + ahead < items.size() ? items.get(pos + ahead) : null;
    }

    SExpr next() {
        if (pos >= items.size()) {
            throw unexpectedEnd();
        }
        return items.get(pos++);
    }

    /** Returns whether the next element is a list whose head is {@code keyword}. */
    boolean peekForm(String keyword) {
        return peek() instanceof SExpr.ListExpr l && l.isForm(keyword);
    }

    boolean peekKeyword(String keyword) {
        return peek() instanceof SExpr.Atom a && a.isKeyword(keyword);
    }

    boolean peekKind(TokenKind kind) {
        return peek() instanceof SExpr.Atom a && a.kind() == kind;
    }

    /** Consumes and returns the list form with this head, or returns null. */
    SExpr.ListExpr takeForm(String keyword) {
        if (peekForm(keyword)) {
            return (SExpr.ListExpr) items.get(pos++);
        }
        return null;
    }

    boolean takeKeyword(String keyword) {
        if (peekKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes an identifier and a following {@code (@name "...")} and returns the id, or returns null. */
    String takeId() {
        Token t = takeIdToken();
        return t == null ? null : t.text();
    }

    /**
     * Consumes an optional identifier and an optional {@code (@name "...")} annotation after it (available
     * from {@link #nameAnnotation()}); returns the identifier token or null.
     */
    Token takeIdToken() {
        Token id = null;
        if (peek() instanceof SExpr.Atom a && a.kind() == TokenKind.ID) {
            pos++;
            id = a.token();
        }
        nameAnnotation = takeName();
        return id;
    }

    /** The {@code @name} annotation read by the last {@link #takeIdToken()}, or null. */
    Token nameAnnotation() {
        return nameAnnotation;
    }

    private Token takeName() {
        if (peek() instanceof SExpr.ListExpr l && "name".equals(l.annotation())) {
            pos++;
            if (l.size() != 1 || !(l.get(0) instanceof SExpr.Atom s) || s.kind() != TokenKind.STRING) {
                throw error(l, "@name annotation: malformed name");
            }
            if (!s.token().validUtf8()) {
                throw error(l, "@name annotation: malformed UTF-8 encoding");
            }
            return s.token();
        }
        return null;
    }

    SExpr.Atom atom() {
        SExpr e = next();
        if (e instanceof SExpr.Atom a) {
            return a;
        }
        throw unexpected(e);
    }

    SExpr.ListExpr list() {
        SExpr e = next();
        if (e instanceof SExpr.ListExpr l && l.annotation() == null) {
            return l;
        }
        throw unexpected(e);
    }

    Token string() {
        SExpr e = next();
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.STRING) {
            return a.token();
        }
        throw unexpected(e);
    }

    Token number() {
        SExpr e = next();
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
            return a.token();
        }
        throw unexpected(e);
    }

    void expectEnd() {
        if (pos < items.size()) {
            throw unexpected(items.get(pos));
        }
    }

    WatException unexpectedEnd() {
        return new WatException("unexpected token: missing operand", owner.line(), owner.column());
    }

    static WatException unexpected(SExpr e) {
        if (e instanceof SExpr.ListExpr l && l.annotation() != null) {
            return new WatException("misplaced @" + l.annotation() + " annotation", e.line(), e.column());
        }
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD && !Keywords.isKnown(a.text())) {
            return new WatException("unknown operator " + a.text(), e.line(), e.column());
        }
        String what = e instanceof SExpr.Atom a ? a.text() : "(";
        return new WatException("unexpected token \"" + what + "\"", e.line(), e.column());
    }

    static WatException error(SExpr at, String reason) {
        return new WatException(reason, at.line(), at.column());
    }

    static WatException error(Token at, String reason) {
        return new WatException(reason, at.line(), at.column());
    }
}
