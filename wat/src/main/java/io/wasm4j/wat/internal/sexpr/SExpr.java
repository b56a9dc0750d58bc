package io.wasm4j.wat.internal.sexpr;

import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.List;

/** A node of the s-expression tree of a text-format source: a parenthesised list or an atom. */
public sealed interface SExpr permits SExpr.ListExpr, SExpr.Atom {

    /** Returns the 1-based line of the node's start. */
    int line();

    /** Returns the 1-based column of the node's start. */
    int column();

    /** Returns the character offset of the node's start. */
    int offset();

    /**
     * A parenthesised list.
     *
     * @param children the elements (ignored annotations are left out)
     * @param annotation the annotation id for a kept annotation such as {@code (@custom ...)}, else null
     * @param line the 1-based line of {@code (}
     * @param column the 1-based column of {@code (}
     * @param offset the character offset of {@code (}
     * @param endOffset the character offset just after {@code )}
     */
    record ListExpr(List<SExpr> children, String annotation, int line, int column, int offset, int endOffset)
            implements SExpr {

        /** Returns the number of children. */
        public int size() {
            return children.size();
        }

        /** Returns the child at {@code i}. */
        public SExpr get(int i) {
            return children.get(i);
        }

        /** Returns whether the first child is the given keyword. */
        public boolean isForm(String keyword) {
            return annotation == null
                    && !children.isEmpty()
                    && children.getFirst() instanceof Atom a
                    && a.isKeyword(keyword);
        }

        /** Returns the first child's keyword text, or null if it does not start with a keyword. */
        public String head() {
            return annotation == null
                            && !children.isEmpty()
                            && children.getFirst() instanceof Atom a
                            && a.token().kind() == TokenKind.KEYWORD
                    ? a.token().text()
                    : null;
        }
    }

    /**
     * A single token.
     *
     * @param token the token
     */
    record Atom(Token token) implements SExpr {
        @Override
        public int line() {
            return token.line();
        }

        @Override
        public int column() {
            return token.column();
        }

        @Override
        public int offset() {
            return token.offset();
        }

        /** Returns the token kind. */
        public TokenKind kind() {
            return token.kind();
        }

        /** Returns the token text. */
        public String text() {
            return token.text();
        }

        /** Returns whether this is the given keyword. */
        public boolean isKeyword(String keyword) {
            return token.isKeyword(keyword);
        }
    }
}
