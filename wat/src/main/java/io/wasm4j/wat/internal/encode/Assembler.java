package io.wasm4j.wat.internal.encode;

import java.util.List;

/** Puts the encoded sections together in binary order, with custom sections and the name section. */
final class Assembler {
    private Assembler() {}

    static byte[] assemble(ModuleState m, List<CustomSections.Custom> customs) {
        Bytes out = new Bytes(1024);
        out.raw(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        customs(out, customs, false, "first");
        for (String s : CustomSections.SECTIONS) {
            customs(out, customs, false, s);
            if (s.equals("code") && !m.branchHints.isEmpty()) {
                branchHints(out, m);
            }
            section(out, m, s);
            customs(out, customs, true, s);
        }
        customs(out, customs, true, "last");
        Bytes names = NameSection.encode(m);
        if (names != null) {
            Bytes content = new Bytes();
            content.name("name").append(names);
            out.byte1(0).sized(content);
        }
        return out.toByteArray();
    }

    private static void branchHints(Bytes out, ModuleState m) {
        Bytes content = new Bytes();
        content.name("metadata.code.branch_hint").u32(m.branchHints.size());
        m.branchHints.forEach((func, hints) -> {
            content.u32(func).u32(hints.size());
            for (int[] h : hints) {
                content.u32(h[0]).u32(1).byte1(h[1]);
            }
        });
        out.byte1(0).sized(content);
    }

    private static void customs(Bytes out, List<CustomSections.Custom> customs, boolean after, String section) {
        for (CustomSections.Custom c : customs) {
            if (c.after() == after && c.section().equals(section)) {
                Bytes content = new Bytes();
                content.name(c.name()).append(c.content());
                out.byte1(0).sized(content);
            }
        }
    }

    private static void section(Bytes out, ModuleState m, String s) {
        switch (s) {
            case "type" -> {
                if (m.types.size() > 0) {
                    out.byte1(1).sized(m.types.encode());
                }
            }
            case "import" -> vector(out, 2, m.importCount, m.imports);
            case "func" -> vector(out, 3, m.funcCount, m.funcSection);
            case "table" -> vector(out, 4, m.tableCount, m.tableSection);
            case "memory" -> vector(out, 5, m.memoryCount, m.memorySection);
            case "tag" -> vector(out, 13, m.tagCount, m.tagSection);
            case "global" -> vector(out, 6, m.globalCount, m.globalSection);
            case "export" -> vector(out, 7, m.exportCount, m.exports);
            case "start" -> {
                if (m.start != null) {
                    out.byte1(8).sized(new Bytes().u32(m.start));
                }
            }
            case "elem" -> vector(out, 9, m.elemCount, m.elemSection);
            case "datacount" -> {
                if (m.usesDataCount) {
                    out.byte1(12).sized(new Bytes().u32(m.dataCount));
                }
            }
            case "code" -> vector(out, 10, m.funcCount, m.codeSection);
            case "data" -> vector(out, 11, m.dataCount, m.dataSection);
            default -> throw new AssertionError(s);
        }
    }

    private static void vector(Bytes out, int id, int count, Bytes content) {
        if (count == 0) {
            return;
        }
        Bytes section = new Bytes(content.size() + 8);
        section.u32(count).append(content);
        out.byte1(id).sized(section);
    }
}
