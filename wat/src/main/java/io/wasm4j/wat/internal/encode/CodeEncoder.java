package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.code.Opcode;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes instruction sequences (function bodies and constant expressions) in flat and folded form,
 * with the block structure, labels and block types. Immediates are read by {@link Immediates}.
 */
final class CodeEncoder {
    private static final String BRANCH_HINT = "metadata.code.branch_hint";
    private static final String BRANCH_HINT_ERROR = "@metadata.code.branch_hint annotation: ";

    final ModuleState m;
    final Bytes out;
    /** The function's locals, or null in a constant expression. */
    final IndexSpace locals;
    /** Label names, innermost last (null for unnamed labels). */
    private final List<String> labels = new ArrayList<>();

    private final Immediates immediates;
    /** The hint of a preceding branch-hint annotation not yet attached to an instruction, or -1. */
    private int pendingHint = -1;
    /** Branch hints of a function body, or null in constant expressions. */
    private final List<int[]> hints;
    /** Label names for the name section: (block ordinal, name) pairs, or null outside functions. */
    private final IndexSpace labelNames;

    CodeEncoder(ModuleState m, Bytes out, IndexSpace locals) {
        this(m, out, locals, null);
    }

    CodeEncoder(ModuleState m, Bytes out, IndexSpace locals, IndexSpace labelNames) {
        this.m = m;
        this.out = out;
        this.locals = locals;
        this.labelNames = labelNames;
        this.hints = labelNames != null ? new ArrayList<>() : null;
        this.immediates = new Immediates(this);
    }

    /** Encodes all remaining elements of {@code c} as instructions. */
    void instrs(Cursor c) {
        while (!c.atEnd()) {
            instr(c);
        }
    }

    private void instr(Cursor c) {
        SExpr e = c.next();
        if (e instanceof SExpr.ListExpr l && BRANCH_HINT.equals(l.annotation())) {
            if (pendingHint >= 0) {
                throw Cursor.error(l, BRANCH_HINT_ERROR + "duplicate annotation");
            }
            pendingHint = branchHint(l);
            if (c.atEnd()) {
                throw Cursor.error(l, BRANCH_HINT_ERROR + "not followed by an instruction");
            }
            instr(c);
            return;
        }
        switch (e) {
            case SExpr.ListExpr l -> folded(l);
            case SExpr.Atom a -> {
                if (a.kind() != TokenKind.KEYWORD) {
                    throw Cursor.unexpected(a);
                }
                switch (a.text()) {
                    case "block", "loop" -> flatBlock(c, a, Opcode.forMnemonic(a.text()));
                    case "if" -> flatIf(c, a);
                    case "try_table" -> flatTryTable(c, a);
                    case "try" -> flatTry(c, a);
                    default -> plain(a, c);
                }
            }
        }
    }

    private void plain(SExpr.Atom a, Cursor c) {
        Opcode op = Opcode.forMnemonic(a.text());
        if (op == null || isStructural(op)) {
            throw unknownInstruction(a);
        }
        recordHint(takeHint(), out.size());
        immediates.encode(op, a, c, out);
    }

    private static WatException unknownInstruction(SExpr.Atom a) {
        if (Keywords.isSyntax(a.text())) {
            return Cursor.unexpected(a);
        }
        return Cursor.error(a, "unknown operator " + a.text());
    }

    private static boolean isStructural(Opcode op) {
        return switch (op) {
            case BLOCK, LOOP, IF, ELSE, END, TRY, CATCH, CATCH_ALL, DELEGATE, TRY_TABLE -> true;
            default -> false;
        };
    }

    private void folded(SExpr.ListExpr l) {
        if (l.annotation() != null) {
            throw Cursor.unexpected(l);
        }
        if (l.size() == 0 || !(l.get(0) instanceof SExpr.Atom head) || head.kind() != TokenKind.KEYWORD) {
            throw l.size() == 0 ? Cursor.error(l, "unexpected token \")\"") : Cursor.unexpected(l.get(0));
        }
        Cursor c = Cursor.body(l);
        int hint = takeHint();
        switch (head.text()) {
            case "block", "loop" -> {
                Token label = c.takeIdToken();
                recordHint(hint, out.size());
                out.byte1(Opcode.forMnemonic(head.text()).code());
                blockType(c);
                push(label);
                instrs(c);
                pop();
                out.byte1(0x0B);
            }
            case "if" -> foldedIf(c, hint);
            case "try_table" -> {
                Token label = c.takeIdToken();
                recordHint(hint, out.size());
                out.byte1(Opcode.TRY_TABLE.code());
                blockType(c);
                catchClauses(c);
                push(label);
                instrs(c);
                pop();
                out.byte1(0x0B);
            }
            case "try" -> {
                recordHint(hint, out.size());
                foldedTry(c);
            }
            default -> {
                Opcode op = Opcode.forMnemonic(head.text());
                if (op == null || isStructural(op)) {
                    throw unknownInstruction(head);
                }
                // immediates come first in the text, but the operands are emitted before the opcode
                Bytes instr = new Bytes(16);
                immediates.encode(op, head, c, instr);
                while (!c.atEnd()) {
                    SExpr operand = c.next();
                    if (!(operand instanceof SExpr.ListExpr ol)) {
                        throw Cursor.unexpected(operand);
                    }
                    folded(ol);
                }
                recordHint(hint, out.size());
                out.append(instr);
            }
        }
    }

    private void foldedIf(Cursor c, int hint) {
        Token label = c.takeIdToken();
        Bytes header = new Bytes(16);
        header.byte1(Opcode.IF.code());
        blockType(c, header);
        while (!c.atEnd() && !c.peekForm("then")) {
            SExpr cond = c.next();
            if (!(cond instanceof SExpr.ListExpr cl)) {
                throw Cursor.unexpected(cond);
            }
            folded(cl);
        }
        recordHint(hint, out.size());
        out.append(header);
        SExpr.ListExpr then = c.takeForm("then");
        if (then == null) {
            throw c.unexpectedEnd();
        }
        push(label);
        instrs(Cursor.body(then));
        SExpr.ListExpr els = c.takeForm("else");
        if (els != null) {
            out.byte1(Opcode.ELSE.code());
            instrs(Cursor.body(els));
        }
        c.expectEnd();
        pop();
        out.byte1(0x0B);
    }

    private void foldedTry(Cursor c) {
        Token label = c.takeIdToken();
        out.byte1(Opcode.TRY.code());
        blockType(c);
        SExpr.ListExpr doForm = c.takeForm("do");
        if (doForm == null) {
            throw c.atEnd() ? c.unexpectedEnd() : Cursor.unexpected(c.next());
        }
        push(label);
        instrs(Cursor.body(doForm));
        SExpr.ListExpr d = c.takeForm("delegate");
        if (d != null) {
            pop();
            Cursor dc = Cursor.body(d);
            out.byte1(Opcode.DELEGATE.code()).u32(label(dc.next()));
            dc.expectEnd();
            c.expectEnd();
            return;
        }
        SExpr.ListExpr k;
        while ((k = c.takeForm("catch")) != null) {
            Cursor kc = Cursor.body(k);
            out.byte1(Opcode.CATCH.code()).u32(m.tags.resolve(kc.next()));
            instrs(kc);
        }
        if ((k = c.takeForm("catch_all")) != null) {
            out.byte1(Opcode.CATCH_ALL.code());
            instrs(Cursor.body(k));
        }
        c.expectEnd();
        pop();
        out.byte1(0x0B);
    }

    private void flatBlock(Cursor c, SExpr.Atom a, Opcode op) {
        Token label = c.takeIdToken();
        recordHint(takeHint(), out.size());
        out.byte1(op.code());
        blockType(c);
        push(label);
        String term = until(c, a, "end");
        assert term.equals("end");
        endLabel(c, label);
        pop();
        out.byte1(0x0B);
    }

    private void flatIf(Cursor c, SExpr.Atom a) {
        Token label = c.takeIdToken();
        recordHint(takeHint(), out.size());
        out.byte1(Opcode.IF.code());
        blockType(c);
        push(label);
        String term = until(c, a, "else", "end");
        if (term.equals("else")) {
            endLabel(c, label);
            out.byte1(Opcode.ELSE.code());
            until(c, a, "end");
        }
        endLabel(c, label);
        pop();
        out.byte1(0x0B);
    }

    private void flatTryTable(Cursor c, SExpr.Atom a) {
        Token label = c.takeIdToken();
        recordHint(takeHint(), out.size());
        out.byte1(Opcode.TRY_TABLE.code());
        blockType(c);
        catchClauses(c);
        push(label);
        until(c, a, "end");
        endLabel(c, label);
        pop();
        out.byte1(0x0B);
    }

    private void flatTry(Cursor c, SExpr.Atom a) {
        Token label = c.takeIdToken();
        recordHint(takeHint(), out.size());
        out.byte1(Opcode.TRY.code());
        blockType(c);
        push(label);
        String term = until(c, a, "catch", "catch_all", "delegate", "end");
        while (term.equals("catch")) {
            out.byte1(Opcode.CATCH.code()).u32(m.tags.resolve(c.next()));
            term = until(c, a, "catch", "catch_all", "end");
        }
        if (term.equals("catch_all")) {
            out.byte1(Opcode.CATCH_ALL.code());
            term = until(c, a, "end");
        }
        if (term.equals("delegate")) {
            pop();
            out.byte1(Opcode.DELEGATE.code()).u32(label(c.next()));
            return;
        }
        endLabel(c, label);
        pop();
        out.byte1(0x0B);
    }

    /** Encodes instructions until one of the terminator keywords, consumes it and returns it. */
    private String until(Cursor c, SExpr.Atom opener, String... terminators) {
        while (true) {
            if (c.atEnd()) {
                throw Cursor.error(opener, "unexpected end of input: missing \"end\" for " + opener.text());
            }
            if (c.peek() instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
                for (String t : terminators) {
                    if (a.text().equals(t)) {
                        c.next();
                        return t;
                    }
                }
                switch (a.text()) {
                    case "end", "else", "catch", "catch_all", "delegate" -> throw Cursor.unexpected(a);
                    default -> {}
                }
            }
            instr(c);
        }
    }

    /** Checks an optional identifier after {@code end} or {@code else} against the block's label. */
    private void endLabel(Cursor c, Token label) {
        Token id = c.takeIdToken();
        if (id != null && (label == null || !label.text().equals(id.text()))) {
            throw Cursor.error(id, "mismatching label $" + id.text());
        }
    }

    private void catchClauses(Cursor c) {
        List<SExpr.ListExpr> clauses = new ArrayList<>();
        while (c.peek() instanceof SExpr.ListExpr l
                && ("catch".equals(l.head())
                        || "catch_ref".equals(l.head())
                        || "catch_all".equals(l.head())
                        || "catch_all_ref".equals(l.head()))) {
            clauses.add(l);
            c.next();
        }
        out.u32(clauses.size());
        for (SExpr.ListExpr l : clauses) {
            Cursor k = Cursor.body(l);
            switch (l.head()) {
                case "catch" -> out.byte1(0x00).u32(m.tags.resolve(k.next())).u32(label(k.next()));
                case "catch_ref" ->
                    out.byte1(0x01).u32(m.tags.resolve(k.next())).u32(label(k.next()));
                case "catch_all" -> out.byte1(0x02).u32(label(k.next()));
                default -> out.byte1(0x03).u32(label(k.next()));
            }
            k.expectEnd();
        }
    }

    /** Encodes a block type: {@code (type x)? (param ...)* (result ...)*}. */
    void blockType(Cursor c) {
        blockType(c, out);
    }

    void blockType(Cursor c, Bytes out) {
        TypeParser.TypeUse u = m.typeParser.typeUse(c, false);
        if (!u.explicit()) {
            FuncType f = u.inline();
            if (f == null || (f.params().isEmpty() && f.results().isEmpty())) {
                out.byte1(0x40);
                return;
            }
            if (f.params().isEmpty() && f.results().size() == 1) {
                TypeEncoding.valType(out, f.results().getFirst());
                return;
            }
        }
        out.s64(m.typeParser.resolve(u) & 0xFFFF_FFFFL);
    }

    private int takeHint() {
        int h = pendingHint;
        pendingHint = -1;
        return h;
    }

    /**
     * Records a hint for the instruction at {@code offset}. Like wasm-tools, any instruction may carry one;
     * that it is a branch ({@code if}, {@code br_if}) is a validation rule.
     */
    private void recordHint(int hint, int offset) {
        if (hint >= 0 && hints != null) {
            hints.add(new int[] {offset, hint});
        }
    }

    private static int branchHint(SExpr.ListExpr l) {
        if (l.size() != 1
                || !(l.get(0) instanceof SExpr.Atom s)
                || s.kind() != TokenKind.STRING
                || s.token().bytes().length != 1
                || (s.token().bytes()[0] & 0xFF) > 1) {
            throw Cursor.error(l, BRANCH_HINT_ERROR + "malformed hint");
        }
        return s.token().bytes()[0];
    }

    /** Branch hints recorded so far: (offset in the function body, hint) pairs. */
    List<int[]> hints() {
        return hints;
    }

    private void push(Token label) {
        labels.add(label == null ? null : label.text());
        if (labelNames != null) {
            labelNames.addName(label == null ? null : label.text());
        }
    }

    private void pop() {
        labels.removeLast();
    }

    /** Resolves a label index or identifier to a relative depth. */
    int label(SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.ID) {
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (a.text().equals(labels.get(i))) {
                    return labels.size() - 1 - i;
                }
            }
            throw Cursor.error(a, "unknown label $" + a.text());
        }
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
            return (int) IndexSpace.parseIndex(a.token());
        }
        throw Cursor.unexpected(e);
    }

    int local(SExpr e) {
        if (locals == null) {
            if (e instanceof SExpr.Atom a && a.kind() == TokenKind.ID) {
                throw new WatException("unknown local $" + a.text(), e.line(), e.column());
            }
            if (e instanceof SExpr.Atom a && a.kind() == TokenKind.NUMBER) {
                return (int) IndexSpace.parseIndex(a.token());
            }
            throw Cursor.unexpected(e);
        }
        return locals.resolve(e);
    }
}
