package io.wasm4j.wat.internal.encode;

import java.util.Map;

/** The "name" custom section: the module's identifiers, as wasm-tools' {@code wat} emits them. */
final class NameSection {
    private NameSection() {}

    /** Returns the subsections, or null if the module has no identifiers. */
    static Bytes encode(ModuleState m) {
        Bytes out = new Bytes();
        if (m.moduleName != null) {
            out.byte1(0).sized(new Bytes().name(m.moduleName));
        }
        nameMap(out, 1, m.funcs);
        indirectMap(out, 2, m.localNames);
        indirectMap(out, 3, m.labelNames);
        nameMap(out, 4, m.types.space);
        nameMap(out, 5, m.tables);
        nameMap(out, 6, m.memories);
        nameMap(out, 7, m.globals);
        nameMap(out, 8, m.elems);
        nameMap(out, 9, m.datas);
        if (m.types.hasFieldNames()) {
            Bytes sub = new Bytes();
            int n = 0;
            Bytes entries = new Bytes();
            for (Map.Entry<Integer, IndexSpace> e : new java.util.TreeMap<>(m.types.fieldSpaces()).entrySet()) {
                if (e.getValue().hasNames()) {
                    entries.u32(e.getKey());
                    names(entries, e.getValue());
                    n++;
                }
            }
            sub.u32(n).append(entries);
            out.byte1(10).sized(sub);
        }
        nameMap(out, 11, m.tags);
        return out.size() == 0 ? null : out;
    }

    private static void indirectMap(Bytes out, int id, Map<Integer, IndexSpace> map) {
        if (map.isEmpty()) {
            return;
        }
        Bytes sub = new Bytes();
        sub.u32(map.size());
        for (Map.Entry<Integer, IndexSpace> e : map.entrySet()) {
            sub.u32(e.getKey());
            names(sub, e.getValue());
        }
        out.byte1(id).sized(sub);
    }

    private static void nameMap(Bytes out, int id, IndexSpace space) {
        if (!space.hasNames()) {
            return;
        }
        Bytes sub = new Bytes();
        names(sub, space);
        out.byte1(id).sized(sub);
    }

    private static void names(Bytes out, IndexSpace space) {
        int n = 0;
        for (int i = 0; i < space.size(); i++) {
            if (space.name(i) != null) {
                n++;
            }
        }
        out.u32(n);
        for (int i = 0; i < space.size(); i++) {
            if (space.name(i) != null) {
                out.u32(i).name(space.name(i));
            }
        }
    }
}
