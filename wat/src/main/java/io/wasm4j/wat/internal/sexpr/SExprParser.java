package io.wasm4j.wat.internal.sexpr;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.text.DeepStack;
import io.wasm4j.wat.internal.text.Lexer;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses text-format source into s-expressions. Annotations are skipped, except {@code (@custom ...)},
 * {@code (@name ...)} and {@code (@metadata.code.branch_hint ...)}, which are kept as {@link
 * SExpr.ListExpr}s with {@code annotation()} set to the annotation id. Reserved tokens outside
 * annotations are errors ("unknown operator").
 */
public final class SExprParser {
    private static final Set<String> KEPT_ANNOTATIONS = Set.of("custom", "name", "metadata.code.branch_hint");

    private final Lexer lexer;
    private Token peeked;

    private SExprParser(String src) {
        this.lexer = new Lexer(src);
    }

    /**
     * Parses all top-level s-expressions of {@code src}.
     *
     * @throws WatException on a lexical or syntax error
     */
    public static List<SExpr> parse(String src) {
        return DeepStack.run(() -> parseAll(src));
    }

    private static List<SExpr> parseAll(String src) {
        SExprParser p = new SExprParser(src);
        List<SExpr> out = new ArrayList<>();
        Token t;
        while ((t = p.take()) != null) {
            SExpr e = p.node(t);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private Token take() {
        Token t = peeked;
        if (t != null) {
            peeked = null;
            return t;
        }
        return lexer.next();
    }

    /** Builds the node starting with {@code t}; returns null for a skipped annotation. */
    private SExpr node(Token t) {
        return switch (t.kind()) {
            case LPAREN -> list(t, null);
            case ANNOTATION -> {
                if (KEPT_ANNOTATIONS.contains(t.text())) {
                    yield list(t, t.text());
                }
                skipAnnotation(t);
                yield null;
            }
            case RPAREN -> throw new WatException("unexpected token \")\"", t.line(), t.column());
            case RESERVED -> throw new WatException("unknown operator " + t.text(), t.line(), t.column());
            default -> new SExpr.Atom(t);
        };
    }

    private SExpr.ListExpr list(Token open, String annotation) {
        List<SExpr> children = new ArrayList<>();
        while (true) {
            Token t = take();
            if (t == null) {
                throw new WatException(
                        annotation != null ? "unclosed annotation" : "unexpected end of input: unclosed \"(\"",
                        open.line(),
                        open.column());
            }
            if (t.kind() == TokenKind.RPAREN) {
                return new SExpr.ListExpr(
                        List.copyOf(children), annotation, open.line(), open.column(), open.offset(), t.offset() + 1);
            }
            if (annotation != null && t.kind() == TokenKind.RESERVED) {
                children.add(new SExpr.Atom(t));
                continue;
            }
            SExpr child = node(t);
            if (child != null) {
                children.add(child);
            }
        }
    }

    private void skipAnnotation(Token open) {
        lexer.setInsideAnnotation(true);
        try {
            skipAnnotationTokens(open);
        } finally {
            lexer.setInsideAnnotation(false);
        }
    }

    private void skipAnnotationTokens(Token open) {
        int depth = 1;
        while (depth > 0) {
            Token t = take();
            if (t == null) {
                throw new WatException("unclosed annotation", open.line(), open.column());
            }
            if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.ANNOTATION) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            }
        }
    }
}
