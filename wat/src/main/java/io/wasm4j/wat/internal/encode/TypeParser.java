package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.CompositeType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.wat.internal.sexpr.SExpr;
import io.wasm4j.wat.internal.text.Token;
import io.wasm4j.wat.internal.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Parses the text format's types: value, reference, heap, field and definition types, and type uses. */
final class TypeParser {
    private final TypeTable types;

    TypeParser(TypeTable types) {
        this.types = types;
    }

    /**
     * A type use: an explicit index (if {@code explicit}), the inline signature (or null), and the
     * parameter ids.
     */
    record TypeUse(boolean explicit, int index, FuncType inline, List<Token> paramIds, SExpr at) {}

    static ValType numOrVec(String keyword) {
        return switch (keyword) {
            case "i32" -> ValType.I32;
            case "i64" -> ValType.I64;
            case "f32" -> ValType.F32;
            case "f64" -> ValType.F64;
            case "v128" -> ValType.V128;
            default -> null;
        };
    }

    static RefType refShorthand(String keyword) {
        return switch (keyword) {
            case "funcref" -> RefType.FUNCREF;
            case "externref" -> RefType.EXTERNREF;
            case "anyref" -> RefType.ANYREF;
            case "eqref" -> RefType.EQREF;
            case "i31ref" -> RefType.I31REF;
            case "structref" -> RefType.STRUCTREF;
            case "arrayref" -> RefType.ARRAYREF;
            case "nullref" -> RefType.NULLREF;
            case "nullfuncref" -> RefType.NULLFUNCREF;
            case "nullexternref" -> RefType.NULLEXTERNREF;
            case "exnref" -> RefType.EXNREF;
            case "nullexnref" -> RefType.NULLEXNREF;
            default -> null;
        };
    }

    static AbsHeapType absHeapType(String keyword) {
        return switch (keyword) {
            case "func" -> AbsHeapType.FUNC;
            case "extern" -> AbsHeapType.EXTERN;
            case "any" -> AbsHeapType.ANY;
            case "eq" -> AbsHeapType.EQ;
            case "i31" -> AbsHeapType.I31;
            case "struct" -> AbsHeapType.STRUCT;
            case "array" -> AbsHeapType.ARRAY;
            case "none" -> AbsHeapType.NONE;
            case "nofunc" -> AbsHeapType.NOFUNC;
            case "noextern" -> AbsHeapType.NOEXTERN;
            case "exn" -> AbsHeapType.EXN;
            case "noexn" -> AbsHeapType.NOEXN;
            default -> null;
        };
    }

    /** Returns whether {@code e} starts a value type. */
    static boolean isValType(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            return a.kind() == TokenKind.KEYWORD && (numOrVec(a.text()) != null || refShorthand(a.text()) != null);
        }
        return e instanceof SExpr.ListExpr l && l.isForm("ref");
    }

    ValType valType(SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
            ValType v = numOrVec(a.text());
            if (v != null) {
                return v;
            }
        }
        return refType(e);
    }

    RefType refType(SExpr e) {
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
            RefType r = refShorthand(a.text());
            if (r != null) {
                return r;
            }
        }
        if (e instanceof SExpr.ListExpr l && l.isForm("ref")) {
            Cursor c = Cursor.body(l);
            boolean nullable = c.takeKeyword("null");
            HeapType h = heapType(c.next());
            c.expectEnd();
            return new RefType(nullable, h);
        }
        if (e instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD && !Keywords.isSyntax(a.text())) {
            throw Cursor.error(e, "unknown operator " + a.text());
        }
        throw Cursor.unexpected(e);
    }

    HeapType heapType(SExpr e) {
        if (e instanceof SExpr.Atom a) {
            if (a.kind() == TokenKind.KEYWORD) {
                AbsHeapType h = absHeapType(a.text());
                if (h != null) {
                    return h;
                }
            } else if (a.kind() == TokenKind.ID || a.kind() == TokenKind.NUMBER) {
                return new TypeIndex(types.space.resolve(a));
            }
        }
        throw Cursor.unexpected(e);
    }

    StorageType storageType(SExpr e) {
        if (e instanceof SExpr.Atom a && a.isKeyword("i8")) {
            return PackedType.I8;
        }
        if (e instanceof SExpr.Atom a && a.isKeyword("i16")) {
            return PackedType.I16;
        }
        return valType(e);
    }

    FieldType fieldType(SExpr e) {
        if (e instanceof SExpr.ListExpr l && l.isForm("mut")) {
            Cursor c = Cursor.body(l);
            StorageType s = storageType(c.next());
            c.expectEnd();
            return new FieldType(s, true);
        }
        return new FieldType(storageType(e), false);
    }

    /** Parses the definition of {@code (type $id? def)} whose index is {@code index}. */
    SubType typeDef(SExpr.ListExpr typeForm, int index) {
        Cursor c = Cursor.body(typeForm);
        c.takeId();
        SExpr.ListExpr def = c.list();
        c.expectEnd();
        if (def.isForm("sub")) {
            Cursor s = Cursor.body(def);
            boolean fin = s.takeKeyword("final");
            List<Integer> supers = new ArrayList<>();
            while (s.peek() instanceof SExpr.Atom) {
                supers.add(types.space.resolve(s.next()));
            }
            CompositeType comp = compositeType(s.list(), index);
            s.expectEnd();
            return new SubType(fin, supers, comp);
        }
        return new SubType(true, List.of(), compositeType(def, index));
    }

    private CompositeType compositeType(SExpr.ListExpr def, int index) {
        String head = def.head();
        if ("func".equals(head)) {
            Cursor c = Cursor.body(def);
            FuncType f = signature(c, new ArrayList<>());
            c.expectEnd();
            return f;
        }
        if ("struct".equals(head)) {
            Cursor c = Cursor.body(def);
            List<FieldType> fields = new ArrayList<>();
            IndexSpace names = types.fields(index);
            while (!c.atEnd()) {
                SExpr.ListExpr f = c.takeForm("field");
                if (f == null) {
                    throw Cursor.unexpected(c.next());
                }
                Cursor fc = Cursor.body(f);
                Token id = fc.takeIdToken();
                if (id != null) {
                    fields.add(fieldType(fc.next()));
                    names.add(id);
                    fc.expectEnd();
                } else {
                    while (!fc.atEnd()) {
                        fields.add(fieldType(fc.next()));
                        names.add(null);
                    }
                }
            }
            return new StructType(fields);
        }
        if ("array".equals(head)) {
            Cursor c = Cursor.body(def);
            FieldType f = fieldType(c.next());
            c.expectEnd();
            return new ArrayType(f);
        }
        throw Cursor.unexpected(def);
    }

    /**
     * Parses {@code (param ...)* (result ...)*}. If {@code paramIds} is not null, parameter ids are
     * allowed and collected (null for unnamed parameters); otherwise a parameter id is an error.
     */
    FuncType signature(Cursor c, List<Token> paramIds) {
        List<ValType> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        SExpr.ListExpr l;
        while ((l = c.takeForm("param")) != null) {
            Cursor p = Cursor.body(l);
            Token id = p.takeIdToken();
            if (id != null) {
                if (paramIds == null) {
                    throw Cursor.error(id, "unexpected token: parameter identifier not allowed here");
                }
                params.add(valType(p.next()));
                paramIds.add(id);
                p.expectEnd();
            } else {
                while (!p.atEnd()) {
                    params.add(valType(p.next()));
                    if (paramIds != null) {
                        paramIds.add(null);
                    }
                }
            }
        }
        while ((l = c.takeForm("result")) != null) {
            Cursor r = Cursor.body(l);
            while (!r.atEnd()) {
                results.add(valType(r.next()));
            }
        }
        if (c.peekForm("param") || c.peekForm("type")) {
            throw Cursor.unexpected(c.next());
        }
        return new FuncType(params, results);
    }

    /** Parses {@code (type x)? (param ...)* (result ...)*}. */
    TypeUse typeUse(Cursor c, boolean allowParamIds) {
        SExpr at = c.peek();
        int index = 0;
        SExpr.ListExpr t = c.takeForm("type");
        if (t != null) {
            Cursor tc = Cursor.body(t);
            index = types.space.resolve(tc.next());
            tc.expectEnd();
        }
        int before = c.position();
        List<Token> ids = new ArrayList<>();
        FuncType inline = signature(c, allowParamIds ? ids : null);
        // like the reference interpreter, empty (param) / (result) lists count as no inline type
        boolean hasInline = c.position() != before
                && !(inline.params().isEmpty() && inline.results().isEmpty());
        return new TypeUse(t != null, index, hasInline ? inline : null, ids, at);
    }

    /** Resolves a type use to a type index, adding an implicit type if needed. */
    int resolve(TypeUse u) {
        if (u.explicit()) {
            if (u.inline() != null) {
                FuncType def = types.funcType(u.index());
                if (Integer.compareUnsigned(u.index(), types.size()) >= 0) {
                    throw Cursor.error(u.at(), "unknown type " + u.index());
                }
                if (def == null || !def.equals(u.inline())) {
                    throw Cursor.error(u.at(), "inline function type does not match (type " + u.index() + ")");
                }
            }
            return u.index();
        }
        return types.funcTypeIndex(u.inline() != null ? u.inline() : new FuncType(List.of(), List.of()));
    }

    /** Returns the parameter types of a resolved type use (empty if it is not a function type). */
    List<ValType> params(int typeIndex) {
        FuncType f = types.funcType(typeIndex);
        return f == null ? List.of() : f.params();
    }
}
