package io.wasm4j.wat.script;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.sexpr.SExpr.Atom;
import io.wasm4j.wat.internal.sexpr.SExpr.ListExpr;
import io.wasm4j.wat.internal.sexpr.SExprParser;
import io.wasm4j.wat.internal.text.TokenKind;
import io.wasm4j.wat.script.WastCommand.Action;
import io.wasm4j.wat.script.WastCommand.ModuleCommand;
import io.wasm4j.wat.script.WastCommand.Operation;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses the commands of a script from its s-expressions; values and results are in {@link WastValues}. */
final class WastParser {

    private WastParser() {}

    private static final Set<String> COMMANDS = Set.of(
            "module",
            "register",
            "invoke",
            "get",
            "assert_return",
            "assert_trap",
            "assert_exhaustion",
            "assert_exception",
            "assert_invalid",
            "assert_invalid_custom",
            "assert_malformed",
            "assert_malformed_custom",
            "assert_unlinkable",
            "assert_uninstantiable",
            "thread",
            "wait",
            "script",
            "input",
            "output");

    static List<WastCommand> parse(String source) {
        List<SExpr> top = SExprParser.parse(source);
        if (!top.isEmpty()
                && top.getFirst() instanceof ListExpr first
                && (first.annotation() != null || first.head() == null || !COMMANDS.contains(first.head()))) {
            // An inline module: the whole script is the fields of one module.
            return List.of(new ModuleCommand(first.line(), Optional.empty(), false, TextModules.inline(source)));
        }
        List<WastCommand> out = new ArrayList<>(top.size());
        for (SExpr e : top) {
            out.add(command(e));
        }
        return out;
    }

    static WastCommand command(SExpr e) {
        ListExpr list = list(e, "a command");
        String head = list.head();
        if (head == null) {
            throw error(e, "unexpected token: expected a command");
        }
        Cursor c = new Cursor(list, 1);
        int line = list.line();
        WastCommand command = switch (head) {
            case "module" -> module(list);
            case "register" -> new WastCommand.Register(line, c.string(), c.optionalId());
            case "invoke", "get" -> action(list);
            case "assert_return" -> {
                Action action = action(c.next());
                List<ResultPattern> results = new ArrayList<>();
                while (c.hasNext()) {
                    results.add(WastValues.result(c.next()));
                }
                yield new WastCommand.AssertReturn(line, action, results);
            }
            case "assert_trap" -> new WastCommand.AssertTrap(line, operation(c.next()), c.string());
            case "assert_exhaustion" -> new WastCommand.AssertExhaustion(line, action(c.next()), c.string());
            case "assert_exception" -> new WastCommand.AssertException(line, action(c.next()));
            case "assert_invalid", "assert_invalid_custom" ->
                new WastCommand.AssertInvalid(line, moduleOnly(c.next()), c.string(), head.endsWith("_custom"));
            case "assert_malformed", "assert_malformed_custom" ->
                new WastCommand.AssertMalformed(line, moduleOnly(c.next()), c.string(), head.endsWith("_custom"));
            case "assert_unlinkable" -> new WastCommand.AssertUnlinkable(line, moduleOnly(c.next()), c.string());
            case "assert_uninstantiable" ->
                new WastCommand.AssertUninstantiable(line, moduleOnly(c.next()), c.string());
            case "thread" -> thread(list);
            case "wait" -> new WastCommand.Wait(line, c.id());
            default -> throw error(list, "unknown command " + head);
        };
        boolean ownCursor =
                head.equals("module") || head.equals("invoke") || head.equals("get") || head.equals("thread");
        if (!ownCursor && c.hasNext()) {
            throw error(c.next(), "unexpected token after " + head);
        }
        return command;
    }

    private static WastCommand module(ListExpr list) {
        Cursor c = new Cursor(list, 1);
        int line = list.line();
        if (c.peekKeyword("instance")) {
            c.next();
            Optional<String> instance = c.optionalId();
            Optional<String> definition = c.optionalId();
            c.end();
            return new WastCommand.ModuleInstance(line, instance, definition);
        }
        boolean definition = c.peekKeyword("definition");
        if (definition) {
            c.next();
        }
        Optional<String> id = c.optionalId();
        if (c.peekKeyword("binary")) {
            c.next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (c.hasNext()) {
                bytes.writeBytes(c.stringBytes());
            }
            return new ModuleCommand(line, id, definition, new ModuleSource.Binary(bytes.toByteArray()));
        }
        if (c.peekKeyword("quote")) {
            c.next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (c.hasNext()) {
                bytes.writeBytes(c.stringBytes());
            }
            return new ModuleCommand(line, id, definition, TextModules.quote(bytes.toByteArray(), list));
        }
        ListExpr text = list;
        if (definition) { // the encoder sees a plain (module $id? field*)
            List<SExpr> children = new ArrayList<>(list.children());
            children.remove(1);
            text = new ListExpr(
                    List.copyOf(children), null, list.line(), list.column(), list.offset(), list.endOffset());
        }
        return new ModuleCommand(line, id, definition, TextModules.text(text));
    }

    /** A module inside an assertion: any module form except {@code module instance}. */
    private static ModuleCommand moduleOnly(SExpr e) {
        ListExpr list = list(e, "a module");
        if (list.isForm("module") && module(list) instanceof ModuleCommand m) {
            return m;
        }
        throw error(e, "unexpected token: expected a module");
    }

    private static Operation operation(SExpr e) {
        ListExpr list = list(e, "an action or a module");
        return list.isForm("module") ? moduleOnly(list) : action(list);
    }

    static Action action(SExpr e) {
        ListExpr list = list(e, "an action");
        Cursor c = new Cursor(list, 1);
        if (list.isForm("invoke")) {
            Optional<String> module = c.optionalId();
            String name = c.string();
            List<WastValue> args = new ArrayList<>();
            while (c.hasNext()) {
                args.add(WastValues.value(c.next()));
            }
            return new WastCommand.Invoke(list.line(), module, name, args);
        }
        if (list.isForm("get")) {
            Optional<String> module = c.optionalId();
            String name = c.string();
            c.end();
            return new WastCommand.Get(list.line(), module, name);
        }
        throw error(e, "unexpected token: expected an action (invoke or get)");
    }

    private static WastCommand thread(ListExpr list) {
        Cursor c = new Cursor(list, 1);
        String id = c.id();
        List<String> shared = new ArrayList<>();
        List<WastCommand> commands = new ArrayList<>();
        while (c.hasNext()) {
            SExpr e = c.next();
            if (e instanceof ListExpr l && l.isForm("shared")) {
                Cursor s = new Cursor(l, 1);
                while (s.hasNext()) {
                    ListExpr m = list(s.next(), "(module $id)");
                    Cursor mc = new Cursor(m, 1);
                    if (!m.isForm("module")) {
                        throw error(m, "unexpected token: expected (module $id)");
                    }
                    shared.add(mc.id());
                    mc.end();
                }
            } else {
                commands.add(command(e));
            }
        }
        return new WastCommand.Thread(list.line(), id, shared, commands);
    }

    static ListExpr list(SExpr e, String what) {
        if (e instanceof ListExpr l && l.annotation() == null) {
            return l;
        }
        throw error(e, "unexpected token: expected " + what);
    }

    static WatException error(SExpr at, String reason) {
        return new WatException(reason, at.line(), at.column());
    }

    /** Walks the children of a list. */
    static final class Cursor {
        private final ListExpr list;
        private int next;

        Cursor(ListExpr list, int start) {
            this.list = list;
            this.next = start;
        }

        boolean hasNext() {
            return next < list.size();
        }

        SExpr next() {
            if (!hasNext()) {
                throw new WatException("unexpected token \")\": missing operand", list.line(), list.column());
            }
            return list.get(next++);
        }

        boolean peekKeyword(String keyword) {
            return hasNext() && list.get(next) instanceof Atom a && a.isKeyword(keyword);
        }

        Optional<String> optionalId() {
            if (hasNext() && list.get(next) instanceof Atom a && a.kind() == TokenKind.ID) {
                next++;
                return Optional.of("$" + a.text());
            }
            return Optional.empty();
        }

        String id() {
            SExpr e = next();
            if (e instanceof Atom a && a.kind() == TokenKind.ID) {
                return "$" + a.text();
            }
            throw error(e, "unexpected token: expected an identifier");
        }

        String string() {
            SExpr e = next();
            if (e instanceof Atom a && a.kind() == TokenKind.STRING) {
                return a.token().stringValue();
            }
            throw error(e, "unexpected token: expected a string");
        }

        byte[] stringBytes() {
            SExpr e = next();
            if (e instanceof Atom a && a.kind() == TokenKind.STRING) {
                return a.token().bytes();
            }
            throw error(e, "unexpected token: expected a string");
        }

        void end() {
            if (hasNext()) {
                throw error(list.get(next), "unexpected token");
            }
        }
    }
}
