package io.wasm4j.wat.internal.text;

import io.wasm4j.wat.WatException;
import java.io.ByteArrayOutputStream;

/**
 * Splits WebAssembly text into tokens (spec "Lexical format"): skips whitespace, line comments {@code ;;}
 * and nested block comments {@code (; ;)}, and reports lexical errors as {@link WatException}.
 */
public final class Lexer {
    private static final boolean[] ID_CHAR = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ID_CHAR[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ID_CHAR[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ID_CHAR[c] = true;
        }
        for (char c : "!#$%&'*+-./:<=>?@\\^_`|~".toCharArray()) {
            ID_CHAR[c] = true;
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean insideAnnotation;

    /** Creates a lexer over the given source text. */
    public Lexer(String src) {
        this.src = src;
    }

    /** Sets whether the tokens read next are inside an annotation (where anything goes). */
    public void setInsideAnnotation(boolean inside) {
        this.insideAnnotation = inside;
    }

    /** Returns whether {@code c} may appear in keywords, numbers and plain identifiers. */
    public static boolean isIdChar(int c) {
        return c < 128 && ID_CHAR[c];
    }

    /** Returns the 1-based line of the current position. */
    public int line() {
        return line;
    }

    /** Returns the 1-based column of the current position. */
    public int column() {
        return pos - lineStart + 1;
    }

    /** Returns the current character offset. */
    public int offset() {
        return pos;
    }

    /**
     * Returns the next token, or {@code null} at the end of the input.
     *
     * @throws WatException on a lexical error
     */
    public Token next() {
        skipBlanks();
        if (pos >= src.length()) {
            return null;
        }
        int start = pos;
        int startLine = line;
        int startCol = column();
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            if (pos < src.length() && src.charAt(pos) == '@') {
                pos++;
                if (!insideAnnotation) {
                    return annotation(start, startLine, startCol);
                }
                try {
                    return annotation(start, startLine, startCol);
                } catch (WatException e) {
                    pos = start + 1; // inside an annotation, "(@" without an id is just "(" and "@"
                    line = startLine;
                    lineStart = start - (startCol - 1);
                }
            }
            return new Token(TokenKind.LPAREN, "(", null, true, start, startLine, startCol);
        }
        if (c == ')') {
            pos++;
            return new Token(TokenKind.RPAREN, ")", null, true, start, startLine, startCol);
        }
        return run(start, startLine, startCol);
    }

    private Token annotation(int start, int startLine, int startCol) {
        if (pos < src.length() && src.charAt(pos) == '"') {
            byte[] bytes;
            try {
                bytes = string();
            } catch (WatException e) {
                throw error("empty annotation id", startLine, startCol);
            }
            if (bytes.length == 0) {
                throw error("empty annotation id", startLine, startCol);
            }
            if (!Utf8.isValid(bytes)) {
                throw error("malformed UTF-8 encoding in annotation id", startLine, startCol);
            }
            return new Token(TokenKind.ANNOTATION, Utf8.decode(bytes), null, true, start, startLine, startCol);
        }
        int idStart = pos;
        while (pos < src.length() && isIdChar(src.charAt(pos))) {
            pos++;
        }
        if (pos == idStart) {
            throw error("empty annotation id", startLine, startCol);
        }
        return new Token(TokenKind.ANNOTATION, src.substring(idStart, pos), null, true, start, startLine, startCol);
    }

    private Token run(int start, int startLine, int startCol) {
        char first = src.charAt(start);
        if (first == '"') {
            byte[] bytes = string();
            if (atDelimiter()) {
                return new Token(
                        TokenKind.STRING,
                        src.substring(start, pos),
                        bytes,
                        Utf8.isValid(bytes),
                        start,
                        startLine,
                        startCol);
            }
            return reserved(start, startLine, startCol);
        }
        if (first == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
            pos++;
            byte[] bytes;
            try {
                bytes = string();
            } catch (WatException e) {
                throw error("empty identifier", startLine, startCol);
            }
            if (atDelimiter()) {
                if (bytes.length == 0) {
                    throw error("empty identifier", startLine, startCol);
                }
                if (!Utf8.isValid(bytes)) {
                    throw error("malformed UTF-8 encoding in identifier", startLine, startCol);
                }
                return new Token(TokenKind.ID, Utf8.decode(bytes), null, true, start, startLine, startCol);
            }
            return reserved(start, startLine, startCol);
        }
        while (pos < src.length() && isIdChar(src.charAt(pos))) {
            pos++;
        }
        if (!atDelimiter()) {
            return reserved(start, startLine, startCol);
        }
        String text = intern(start, pos);
        if (text.isEmpty()) {
            throw error("illegal character", startLine, startCol);
        }
        TokenKind kind;
        if (first == '$') {
            if (text.length() == 1) {
                throw error("empty identifier", startLine, startCol);
            }
            return new Token(TokenKind.ID, intern(start + 1, pos), null, true, start, startLine, startCol);
        } else if (NumericLiterals.isNumber(text)) {
            kind = TokenKind.NUMBER;
        } else if (isMalformedNan(text)) {
            kind = TokenKind.RESERVED;
        } else if (first >= 'a' && first <= 'z') {
            kind = TokenKind.KEYWORD;
        } else {
            kind = TokenKind.RESERVED;
        }
        return new Token(kind, text, null, true, start, startLine, startCol);
    }

    private static boolean isMalformedNan(String text) {
        int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        return text.startsWith("nan:", i)
                && !(i == 0 && (text.equals("nan:canonical") || text.equals("nan:arithmetic")));
    }

    /** Token texts seen so far, so that repeated keywords and ids share one string. */
    private String[] internTable = new String[1024];

    private int internCount;

    private String intern(int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + src.charAt(i);
        }
        int mask = internTable.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (true) {
            String s = internTable[slot];
            if (s == null) {
                s = src.substring(from, to);
                internTable[slot] = s;
                if (++internCount * 2 > internTable.length) {
                    rehash();
                }
                return s;
            }
            if (s.length() == to - from && src.regionMatches(from, s, 0, s.length())) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void rehash() {
        String[] old = internTable;
        internTable = new String[old.length * 2];
        int mask = internTable.length - 1;
        for (String s : old) {
            if (s != null) {
                int h = s.hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (internTable[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                internTable[slot] = s;
            }
        }
    }

    private boolean atDelimiter() {
        if (pos >= src.length()) {
            return true;
        }
        char c = src.charAt(pos);
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '('
                || c == ')'
                || (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ';');
    }

    /** Continues a token that is not a keyword, number, string or identifier up to a delimiter. */
    private Token reserved(int start, int startLine, int startCol) {
        while (!atDelimiter()) {
            char c = src.charAt(pos);
            if (c == '"') {
                string();
            } else if (isIdChar(c) || c == ',' || c == ';' || c == '[' || c == ']' || c == '{' || c == '}') {
                pos++;
            } else {
                throw error("illegal character", line, column());
            }
        }
        if (pos == start) {
            throw error("illegal character", line, column());
        }
        return new Token(TokenKind.RESERVED, src.substring(start, pos), null, true, start, startLine, startCol);
    }

    /** Reads a string starting at the current {@code "}; returns the decoded bytes. */
    private byte[] string() {
        int startLine = line;
        int startCol = column();
        pos++; // opening quote
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (pos >= src.length()) {
                throw error("unclosed string", startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toByteArray();
            }
            if (c == '\\') {
                escape(out);
            } else if (c < 0x20 || c == 0x7f) {
                if (c == '\n') {
                    throw error("unclosed string", startLine, startCol);
                }
                throw error("illegal character", line, column());
            } else if (c < 0x80) {
                out.write(c);
                pos++;
            } else {
                int cp = src.codePointAt(pos);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    throw error("malformed UTF-8 encoding", line, column());
                }
                Utf8.encode(cp, out);
                pos += Character.charCount(cp);
            }
        }
    }

    private void escape(ByteArrayOutputStream out) {
        int escLine = line;
        int escCol = column();
        pos++;
        if (pos >= src.length()) {
            throw error("unclosed string", escLine, escCol);
        }
        char c = src.charAt(pos++);
        switch (c) {
            case 't' -> out.write('\t');
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case '"' -> out.write('"');
            case '\'' -> out.write('\'');
            case '\\' -> out.write('\\');
            case 'u' -> {
                if (pos >= src.length() || src.charAt(pos) != '{') {
                    throw error("illegal escape", escLine, escCol);
                }
                pos++;
                long cp = 0;
                int digits = 0;
                boolean lastUnderscore = false;
                while (pos < src.length() && src.charAt(pos) != '}') {
                    char h = src.charAt(pos++);
                    if (h == '_' && digits > 0 && !lastUnderscore) {
                        lastUnderscore = true;
                        continue;
                    }
                    int d = Character.digit(h, 16);
                    if (d < 0 || h > 'f') {
                        throw error("illegal escape", escLine, escCol);
                    }
                    lastUnderscore = false;
                    cp = Math.min(cp * 16 + d, 0x7FFF_FFFFL);
                    digits++;
                }
                if (pos >= src.length() || digits == 0 || lastUnderscore) {
                    throw error("illegal escape", escLine, escCol);
                }
                pos++; // }
                if (cp >= 0x110000 || (cp >= 0xD800 && cp < 0xE000)) {
                    throw error("malformed UTF-8 encoding: bad code point in escape", escLine, escCol);
                }
                Utf8.encode((int) cp, out);
            }
            default -> {
                int hi = Character.digit(c, 16);
                int lo = pos < src.length() ? Character.digit(src.charAt(pos), 16) : -1;
                if (hi < 0 || lo < 0 || c > 'f' || src.charAt(pos) > 'f') {
                    throw error("illegal escape", escLine, escCol);
                }
                pos++;
                out.write(hi * 16 + lo);
            }
        }
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                newline();
            } else if (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                // A line comment ends at a newline: LF, CR or CR LF (a lone CR counts, as the spec says).
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void blockComment() {
        int startLine = line;
        int startCol = column();
        pos += 2;
        int depth = 1;
        while (depth > 0) {
            if (pos >= src.length()) {
                throw error("unclosed comment", startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                depth++;
                pos += 2;
            } else if (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ')') {
                depth--;
                pos += 2;
            } else if (c == '\n') {
                newline();
            } else {
                pos++;
            }
        }
    }

    private static WatException error(String reason, int line, int column) {
        return new WatException(reason, line, column);
    }
}
