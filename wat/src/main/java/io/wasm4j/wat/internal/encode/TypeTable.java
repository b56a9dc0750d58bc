package io.wasm4j.wat.internal.encode;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.SubType;
import io.wasm4j.wat.internal.sexpr.SExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The module's type definitions: the explicit ones ({@code type}, {@code rec}) in order, then the
 * function types that type uses without {@code (type ...)} add at the end (spec "Abbreviations" of
 * type uses).
 */
final class TypeTable {
    final IndexSpace space = new IndexSpace("type", "type");

    /** Definitions by index; explicit ones are null until parsed. */
    private final List<SubType> defs = new ArrayList<>();
    /** The source of each explicit definition (the {@code (type ...)} form), null for implicit ones. */
    private final List<SExpr.ListExpr> sources = new ArrayList<>();
    /** Group sizes in order: 1 for a plain type or implicit type, n for a {@code rec} (negative if explicit rec). */
    private final List<Integer> groups = new ArrayList<>();
    /** Field identifiers of struct types, by type index. */
    private final Map<Integer, IndexSpace> fieldIds = new HashMap<>();

    int size() {
        return defs.size();
    }

    /** Declares an explicit type definition (pass 1). */
    int declare(SExpr.ListExpr source, io.wasm4j.wat.internal.text.Token id, io.wasm4j.wat.internal.text.Token name) {
        int index = space.add(id, name);
        defs.add(null);
        sources.add(source);
        return index;
    }

    void addGroup(int size, boolean explicitRec) {
        groups.add(explicitRec ? -size : size);
    }

    SExpr.ListExpr source(int index) {
        return sources.get(index);
    }

    void define(int index, SubType type) {
        defs.set(index, type);
    }

    SubType get(int index) {
        return index >= 0 && index < defs.size() ? defs.get(index) : null;
    }

    FuncType funcType(int index) {
        SubType t = get(index);
        return t != null && t.composite() instanceof FuncType f ? f : null;
    }

    IndexSpace fields(int typeIndex) {
        return fieldIds.computeIfAbsent(typeIndex, i -> new IndexSpace("field", "field"));
    }

    IndexSpace fieldsOrNull(int typeIndex) {
        return fieldIds.get(typeIndex);
    }

    /**
     * Returns the index of the first plain (final, no supertypes, alone in its group) definition of this
     * function type, adding one at the end if there is none.
     */
    int funcTypeIndex(FuncType f) {
        int index = 0;
        for (int g : groups) {
            if (g == 1) {
                SubType t = defs.get(index);
                if (t != null && t.isFinal() && t.supertypes().isEmpty() && f.equals(t.composite())) {
                    return index;
                }
            }
            index += Math.abs(g);
        }
        int added = defs.size();
        space.add(null);
        defs.add(new SubType(true, List.of(), f));
        sources.add(null);
        groups.add(1);
        return added;
    }

    /** Encodes the type section's contents (count and entries). */
    Bytes encode() {
        Bytes out = new Bytes();
        out.u32(groups.size());
        int index = 0;
        for (int g : groups) {
            int n = Math.abs(g);
            if (g != 1) {
                out.byte1(0x4E).u32(n);
            }
            for (int i = 0; i < n; i++) {
                TypeEncoding.subType(out, defs.get(index++));
            }
        }
        return out;
    }

    boolean hasFieldNames() {
        for (IndexSpace s : fieldIds.values()) {
            if (s.hasNames()) {
                return true;
            }
        }
        return false;
    }

    Map<Integer, IndexSpace> fieldSpaces() {
        return fieldIds;
    }
}
