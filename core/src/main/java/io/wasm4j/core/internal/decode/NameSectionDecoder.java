package io.wasm4j.core.internal.decode;

import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.NameSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the {@code name} custom section (subsections 0 to 11 of the extended name section). Unknown
 * subsections are skipped; anything malformed drops the whole section, since custom sections are not
 * validated.
 */
final class NameSectionDecoder {
    private NameSectionDecoder() {}

    /** Decodes {@code bytes[start, end)}; returns {@code null} when it is malformed. */
    static NameSection decode(byte[] bytes, int start, int end) {
        try {
            return decodeOrThrow(bytes, start, end);
        } catch (MalformedModuleException e) {
            return null;
        }
    }

    private static NameSection decodeOrThrow(byte[] bytes, int start, int end) {
        ByteReader r = new ByteReader(bytes, start, end);
        String moduleName = null;
        List<Map<Integer, String>> direct = new ArrayList<>(Collections.nCopies(12, null));
        List<Map<Integer, Map<Integer, String>>> indirect = new ArrayList<>(Collections.nCopies(12, null));
        int lastId = -1;
        while (r.hasMore()) {
            int id = r.u8();
            int size = r.length();
            int subEnd = r.pos() + size;
            if (id <= lastId) {
                throw ByteReader.malformed("name subsection out of order", r.pos());
            }
            lastId = id;
            r.limit(subEnd);
            switch (id) {
                case 0 -> moduleName = r.name();
                case 2, 3, 10 -> indirect.set(id, indirectNameMap(r));
                case 1, 4, 5, 6, 7, 8, 9, 11 -> direct.set(id, nameMap(r));
                default -> r.seek(subEnd);
            }
            if (r.pos() != subEnd) {
                throw ByteReader.malformed("name subsection size mismatch", r.pos());
            }
            r.limit(end);
        }
        return new NameSection(
                moduleName,
                orEmpty(direct.get(1)),
                orEmpty(indirect.get(2)),
                orEmpty(indirect.get(3)),
                orEmpty(direct.get(4)),
                orEmpty(direct.get(5)),
                orEmpty(direct.get(6)),
                orEmpty(direct.get(7)),
                orEmpty(direct.get(8)),
                orEmpty(direct.get(9)),
                orEmpty(indirect.get(10)),
                orEmpty(direct.get(11)));
    }

    private static <V> Map<Integer, V> orEmpty(Map<Integer, V> m) {
        return m == null ? Map.of() : m;
    }

    private static Map<Integer, String> nameMap(ByteReader r) {
        int n = r.length();
        Map<Integer, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int index = r.u32();
            m.put(index, r.name());
        }
        return m;
    }

    private static Map<Integer, Map<Integer, String>> indirectNameMap(ByteReader r) {
        int n = r.length();
        Map<Integer, Map<Integer, String>> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int index = r.u32();
            m.put(index, nameMap(r));
        }
        return m;
    }
}
