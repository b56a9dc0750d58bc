package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.ValType;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes module fields (pass 2) in text order: imports, functions, globals, tags, exports, start; tables,
 * memories and segments are in {@link SegmentFields}.
 */
final class Fields {
    final ModuleState m;
    final SegmentFields segments;
    int nextFunc;
    int nextTable;
    int nextMemory;
    int nextGlobal;
    int nextTag;

    Fields(ModuleState m) {
        this.m = m;
        this.segments = new SegmentFields(this);
    }

    void field(SExpr.ListExpr f) {
        switch (f.head()) {
            case "type", "rec" -> {}
            case "import" -> importField(f);
            case "func" -> func(f);
            case "table" -> segments.table(f);
            case "memory" -> segments.memory(f);
            case "global" -> global(f);
            case "tag" -> tag(f);
            case "export" -> export(f);
            case "start" -> start(f);
            case "elem" -> segments.elem(f);
            case "data" -> segments.data(f);
            default -> throw Cursor.unexpected(f.get(0));
        }
    }

    /** Consumes inline {@code (export "name")} forms, adding exports of the given kind and index. */
    void inlineExports(Cursor c, int kind, int index) {
        SExpr.ListExpr e;
        while ((e = c.takeForm("export")) != null) {
            Cursor ec = Cursor.body(e);
            name(m.exports, ec.string());
            ec.expectEnd();
            m.exports.byte1(kind).u32(index);
            m.exportCount++;
        }
    }

    /** Consumes an inline {@code (import "m" "n")} and writes the import's names; returns whether present. */
    boolean inlineImport(Cursor c) {
        SExpr.ListExpr i = c.takeForm("import");
        if (i == null) {
            return false;
        }
        Cursor ic = Cursor.body(i);
        name(m.imports, ic.string());
        name(m.imports, ic.string());
        ic.expectEnd();
        m.importCount++;
        return true;
    }

    static void name(Bytes out, Token string) {
        if (!string.validUtf8()) {
            throw Cursor.error(string, "malformed UTF-8 encoding");
        }
        out.name(string.bytes());
    }

    private void importField(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        name(m.imports, c.string());
        name(m.imports, c.string());
        SExpr.ListExpr desc = c.list();
        c.expectEnd();
        m.importCount++;
        Cursor d = Cursor.body(desc);
        d.takeId();
        String kind = desc.head() == null ? "" : desc.head();
        switch (kind) {
            case "func" -> {
                int index = nextFunc++;
                TypeParser.TypeUse u = m.typeParser.typeUse(d, true);
                m.imports.byte1(0x00).u32(m.typeParser.resolve(u));
                d.expectEnd();
                paramNames(index, u);
            }
            case "table" -> {
                nextTable++;
                m.imports.byte1(0x01);
                segments.tableType(d, m.imports);
                d.expectEnd();
            }
            case "memory" -> {
                nextMemory++;
                m.imports.byte1(0x02);
                segments.memoryType(d, m.imports);
                d.expectEnd();
            }
            case "global" -> {
                nextGlobal++;
                m.imports.byte1(0x03);
                globalType(d, m.imports);
                d.expectEnd();
            }
            case "tag" -> {
                nextTag++;
                m.imports.byte1(0x04).byte1(0x00).u32(m.typeParser.resolve(m.typeParser.typeUse(d, true)));
                d.expectEnd();
            }
            default -> throw Cursor.unexpected(desc);
        }
    }

    private void paramNames(int funcIndex, TypeParser.TypeUse u) {
        IndexSpace locals = new IndexSpace("local", "local");
        for (Token id : u.paramIds()) {
            locals.add(id);
        }
        if (locals.hasNames()) {
            m.localNames.put(funcIndex, locals);
        }
    }

    private void func(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int index = nextFunc++;
        inlineExports(c, 0x00, index);
        if (inlineImport(c)) {
            TypeParser.TypeUse u = m.typeParser.typeUse(c, true);
            m.imports.byte1(0x00).u32(m.typeParser.resolve(u));
            c.expectEnd();
            paramNames(index, u);
            return;
        }
        TypeParser.TypeUse u = m.typeParser.typeUse(c, true);
        int type = m.typeParser.resolve(u);
        m.funcSection.u32(type);
        m.funcCount++;
        IndexSpace locals = new IndexSpace("local", "local");
        if (u.inline() != null) {
            for (Token id : u.paramIds()) {
                locals.add(id);
            }
        } else {
            for (int i = m.typeParser.params(type).size(); i > 0; i--) {
                locals.add(null);
            }
        }
        List<ValType> localTypes = new ArrayList<>();
        SExpr.ListExpr l;
        while ((l = c.takeForm("local")) != null) {
            Cursor lc = Cursor.body(l);
            Token id = lc.takeIdToken();
            if (id != null) {
                localTypes.add(m.typeParser.valType(lc.next()));
                locals.add(id);
                lc.expectEnd();
            } else {
                while (!lc.atEnd()) {
                    localTypes.add(m.typeParser.valType(lc.next()));
                    locals.add(null);
                }
            }
        }
        Bytes body = new Bytes(256);
        localRuns(body, localTypes);
        IndexSpace labels = new IndexSpace("label", "label");
        CodeEncoder code = new CodeEncoder(m, body, locals, labels);
        code.instrs(c);
        if (!code.hints().isEmpty()) {
            m.branchHints.put(index, code.hints());
        }
        body.byte1(0x0B);
        m.codeSection.sized(body);
        if (labels.hasNames()) {
            m.labelNames.put(index, labels);
        }
        if (locals.hasNames()) {
            m.localNames.put(index, locals);
        }
    }

    private static void localRuns(Bytes out, List<ValType> types) {
        int runs = 0;
        for (int i = 0; i < types.size(); i++) {
            if (i == 0 || !types.get(i).equals(types.get(i - 1))) {
                runs++;
            }
        }
        out.u32(runs);
        int i = 0;
        while (i < types.size()) {
            int j = i;
            while (j < types.size() && types.get(j).equals(types.get(i))) {
                j++;
            }
            out.u32(j - i);
            TypeEncoding.valType(out, types.get(i));
            i = j;
        }
    }

    void globalType(Cursor c, Bytes out) {
        SExpr.ListExpr mut = c.takeForm("mut");
        if (mut != null) {
            Cursor mc = Cursor.body(mut);
            TypeEncoding.valType(out, m.typeParser.valType(mc.next()));
            mc.expectEnd();
            out.byte1(1);
        } else {
            TypeEncoding.valType(out, m.typeParser.valType(c.next()));
            out.byte1(0);
        }
    }

    private void global(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int index = nextGlobal++;
        inlineExports(c, 0x03, index);
        if (inlineImport(c)) {
            m.imports.byte1(0x03);
            globalType(c, m.imports);
            c.expectEnd();
            return;
        }
        globalType(c, m.globalSection);
        constExpr(c, m.globalSection);
        m.globalCount++;
    }

    /** Encodes the remaining elements as a constant expression, with {@code end}. */
    void constExpr(Cursor c, Bytes out) {
        new CodeEncoder(m, out, null).instrs(c);
        out.byte1(0x0B);
    }

    private void tag(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        c.takeId();
        int index = nextTag++;
        inlineExports(c, 0x04, index);
        boolean imported = inlineImport(c);
        Bytes out = imported ? m.imports : m.tagSection;
        if (imported) {
            out.byte1(0x04);
        } else {
            m.tagCount++;
        }
        out.byte1(0x00).u32(m.typeParser.resolve(m.typeParser.typeUse(c, false)));
        c.expectEnd();
    }

    private void export(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        Token name = c.string();
        SExpr.ListExpr desc = c.list();
        c.expectEnd();
        Cursor d = Cursor.body(desc);
        String kind = desc.head() == null ? "" : desc.head();
        int index = switch (kind) {
            case "func" -> m.funcs.resolve(d.next());
            case "table" -> m.tables.resolve(d.next());
            case "memory" -> m.memories.resolve(d.next());
            case "global" -> m.globals.resolve(d.next());
            case "tag" -> m.tags.resolve(d.next());
            default -> throw Cursor.unexpected(desc);
        };
        d.expectEnd();
        name(m.exports, name);
        m.exports
                .byte1(
                        switch (kind) {
                            case "func" -> 0;
                            case "table" -> 1;
                            case "memory" -> 2;
                            case "global" -> 3;
                            default -> 4;
                        })
                .u32(index);
        m.exportCount++;
    }

    private void start(SExpr.ListExpr f) {
        Cursor c = Cursor.body(f);
        int index = m.funcs.resolve(c.next());
        c.expectEnd();
        if (m.start != null) {
            throw Cursor.error(f, "multiple start sections");
        }
        m.start = (long) index;
    }

    static boolean isKind(SExpr e, TokenKind kind) {
        return e instanceof SExpr.Atom a && a.kind() == kind;
    }
}
