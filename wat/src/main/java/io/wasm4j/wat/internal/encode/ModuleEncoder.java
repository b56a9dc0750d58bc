package io.wasm4j.wat.internal.encode;

import io.wasm4j.wat.WatException;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.sexpr.SExprParser;
import io.wasm4j.wat.internal.text.DeepStack;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import io.wasm4j.wat.internal.text.Utf8;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a text-format module to the binary format. Pass 1 assigns indices and identifiers in every
 * index space and parses the type definitions; pass 2 encodes the fields in text order; the sections are
 * then assembled in binary order with the custom sections of {@code @custom} annotations and a "name"
 * section for the identifiers.
 */
public final class ModuleEncoder {
    private final ModuleState m = new ModuleState();
    private final List<CustomSections.Custom> customs = new ArrayList<>();
    private String lastDefinition;

    private ModuleEncoder() {}

    /**
     * Encodes {@code (module $id? field*)}, {@code (module $id? binary string*)} or {@code (module $id?
     * quote string*)}.
     *
     * @throws WatException if the text is malformed
     */
    public static byte[] encode(SExpr moduleForm) {
        return DeepStack.run(() -> encodeModule(moduleForm));
    }

    private static byte[] encodeModule(SExpr moduleForm) {
        if (!(moduleForm instanceof SExpr.ListExpr list) || !list.isForm("module")) {
            throw Cursor.unexpected(moduleForm);
        }
        Cursor c = Cursor.body(list);
        c.takeKeyword("definition");
        Token id = c.peekKind(TokenKind.ID) ? ((SExpr.Atom) c.next()).token() : null;
        if (c.takeKeyword("binary")) {
            return strings(c);
        }
        if (c.takeKeyword("quote")) {
            byte[] text = strings(c);
            String src = Utf8.decodeStrict(text);
            if (src == null) {
                throw Cursor.error(list, "malformed UTF-8 encoding");
            }
            return encodeSource(src);
        }
        List<SExpr> fields = list.children().subList(c.position(), list.size());
        return fieldsToBinary(fields, id == null ? null : id.text());
    }

    /** Encodes the text of a module: either one {@code (module ...)} form or a sequence of module fields. */
    public static byte[] encodeText(String src) {
        return DeepStack.run(() -> encodeSource(src));
    }

    private static byte[] encodeSource(String src) {
        List<SExpr> top = SExprParser.parse(src);
        if (!top.isEmpty() && top.getFirst() instanceof SExpr.ListExpr l && l.isForm("module")) {
            if (top.size() > 1) {
                throw Cursor.unexpected(top.get(1));
            }
            return encodeModule(l);
        }
        return fieldsToBinary(top, null);
    }

    /** Encodes a list of module fields; {@code name} is the module's identifier, or null. */
    public static byte[] encodeFields(List<SExpr> fields, String name) {
        return DeepStack.run(() -> fieldsToBinary(fields, name));
    }

    private static byte[] fieldsToBinary(List<SExpr> fields, String name) {
        ModuleEncoder e = new ModuleEncoder();
        e.m.moduleName = name;
        int first = 0;
        if (!fields.isEmpty() && fields.getFirst() instanceof SExpr.ListExpr l && "name".equals(l.annotation())) {
            Cursor c = new Cursor(fields, l, 0);
            c.takeIdToken();
            e.m.moduleName = c.nameAnnotation().stringValue();
            first = 1;
            if (fields.size() > 1 && fields.get(1) instanceof SExpr.ListExpr l2 && "name".equals(l2.annotation())) {
                throw Cursor.error(l2, "@name annotation: multiple module names");
            }
        }
        return e.run(fields.subList(first, fields.size()));
    }

    private static byte[] strings(Cursor c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            out.writeBytes(c.string().bytes());
        }
        return out.toByteArray();
    }

    private byte[] run(List<SExpr> fields) {
        List<SExpr.ListExpr> lists = new ArrayList<>(fields.size());
        for (SExpr f : fields) {
            if (!(f instanceof SExpr.ListExpr l)) {
                throw Cursor.unexpected(f);
            }
            lists.add(l);
        }
        for (SExpr.ListExpr f : lists) {
            declare(f);
        }
        for (int i = 0; i < m.types.size(); i++) {
            m.types.define(i, m.typeParser.typeDef(m.types.source(i), i));
        }
        Fields encoder = new Fields(m);
        for (SExpr.ListExpr f : lists) {
            if ("custom".equals(f.annotation())) {
                customs.add(CustomSections.parse(f));
            } else if ("metadata.code.branch_hint".equals(f.annotation())) {
                throw Cursor.error(f, "@metadata.code.branch_hint annotation: not in a function");
            } else if (f.annotation() != null) {
                throw Cursor.unexpected(f);
            } else {
                encoder.field(f);
            }
        }
        return Assembler.assemble(m, customs);
    }

    /** Pass 1: assigns the field's indices and identifiers. */
    private void declare(SExpr.ListExpr f) {
        if (f.annotation() != null) {
            return;
        }
        String head = f.head();
        if (head == null) {
            throw f.size() == 0 ? Cursor.error(f, "unexpected token \")\"") : Cursor.unexpected(f.get(0));
        }
        Cursor c = Cursor.body(f);
        switch (head) {
            case "type" -> {
                m.types.declare(f, c.takeIdToken(), c.nameAnnotation());
                m.types.addGroup(1, false);
            }
            case "rec" -> {
                int n = 0;
                while (!c.atEnd()) {
                    SExpr.ListExpr t = c.list();
                    if (!t.isForm("type")) {
                        throw Cursor.unexpected(t);
                    }
                    Cursor tc = Cursor.body(t);
                    m.types.declare(t, tc.takeIdToken(), tc.nameAnnotation());
                    n++;
                }
                m.types.addGroup(n, true);
            }
            case "import" -> {
                c.string();
                c.string();
                SExpr.ListExpr desc = c.list();
                String kind = desc.head();
                if (kind == null) {
                    throw Cursor.unexpected(desc);
                }
                checkImportOrder(f);
                Cursor d = Cursor.body(desc);
                declareEntity(kind, d.takeIdToken(), d, desc);
            }
            case "func", "table", "memory", "global", "tag" -> {
                Token id = c.takeIdToken();
                while (c.takeForm("export") != null) {
                    // skipped in pass 1
                }
                if (c.peekForm("import")) {
                    checkImportOrder(f);
                    c.next();
                } else {
                    lastDefinition = head.equals("func") ? "function" : head;
                }
                declareEntity(head, id, c, f);
                if (head.equals("table") && hasInline(f, "elem")) {
                    m.elems.add(null);
                }
                if (head.equals("memory") && hasInline(f, "data")) {
                    m.datas.add(null);
                }
            }
            case "elem" -> m.elems.add(c.takeIdToken(), c.nameAnnotation());
            case "data" -> m.datas.add(c.takeIdToken(), c.nameAnnotation());
            case "export", "start" -> {}
            default -> throw Cursor.error(f.get(0), "unknown operator " + head);
        }
    }

    private static boolean hasInline(SExpr.ListExpr f, String form) {
        return f.size() > 1 && f.get(f.size() - 1) instanceof SExpr.ListExpr l && l.isForm(form);
    }

    private void declareEntity(String kind, Token id, Cursor rest, SExpr at) {
        Token name = rest.nameAnnotation();
        switch (kind) {
            case "func" -> m.funcs.add(id, name);
            case "table" -> {
                m.tables.add(id, name);
                m.table64.add(rest.peekKeyword("i64"));
            }
            case "memory" -> {
                m.memories.add(id, name);
                m.memory64.add(rest.peekKeyword("i64"));
            }
            case "global" -> m.globals.add(id, name);
            case "tag" -> m.tags.add(id, name);
            default -> throw Cursor.unexpected(at);
        }
    }

    private void checkImportOrder(SExpr.ListExpr f) {
        if (lastDefinition != null) {
            throw Cursor.error(f, "import after " + lastDefinition);
        }
    }

    static boolean isString(SExpr e) {
        return e instanceof SExpr.Atom a && a.kind() == TokenKind.STRING;
    }
}
