package io.wasm4j.wat.internal.encode;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.NumericLiterals;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One index space of a module (functions, tables, ...) with its identifiers. */
final class IndexSpace {
    private final String unknownName;
    private final String duplicateName;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    IndexSpace(String unknownName, String duplicateName) {
        this.unknownName = unknownName;
        this.duplicateName = duplicateName;
    }

    int size() {
        return names.size();
    }

    /** Adds an entry, with its identifier if {@code id} is not null; returns its index. */
    int add(Token id) {
        int index = names.size();
        if (id != null) {
            if (ids.putIfAbsent(id.text(), index) != null) {
                throw new WatException("duplicate " + duplicateName + " $" + id.text(), id.line(), id.column());
            }
        }
        names.add(id == null ? null : id.text());
        return index;
    }

    /** Adds an entry with its identifier and a {@code @name} annotation (a string token), either may be null. */
    int add(Token id, Token nameAnnotation) {
        int index = add(id);
        if (nameAnnotation != null) {
            names.set(index, nameAnnotation.stringValue());
        }
        return index;
    }

    /** Adds an entry with a name that need not be unique (label names). */
    void addName(String name) {
        names.add(name);
    }

    /** Returns the identifier of entry {@code index}, or null. */
    String name(int index) {
        return names.get(index);
    }

    boolean hasNames() {
        for (String n : names) {
            if (n != null) {
                return true;
            }
        }
        return false;
    }

    Integer lookup(String id) {
        return ids.get(id);
    }

    /** Resolves an index or identifier atom. */
    int resolve(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            return resolve(a.token());
        }
        throw Cursor.unexpected(e);
    }

    int resolve(Token t) {
        if (t.kind() == TokenKind.ID) {
            Integer i = ids.get(t.text());
            if (i == null) {
                throw new WatException("unknown " + unknownName + " $" + t.text(), t.line(), t.column());
            }
            return i;
        }
        if (t.kind() == TokenKind.NUMBER) {
            return (int) parseIndex(t);
        }
        throw new WatException("unexpected token \"" + t.text() + "\"", t.line(), t.column());
    }

    static boolean isIndex(SExpr e) {
        return e instanceof SExpr.Atom a
                && (a.kind() == TokenKind.ID || (a.kind() == TokenKind.NUMBER && NumericLiterals.isNat(a.text())));
    }

    static long parseIndex(Token t) {
        try {
            return NumericLiterals.parseU32(t.text());
        } catch (WatException e) {
            throw new WatException(e.reason(), t.line(), t.column());
        }
    }
}
