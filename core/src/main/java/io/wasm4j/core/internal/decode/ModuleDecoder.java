package io.wasm4j.core.internal.decode;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.CustomSection;
import io.wasm4j.core.Export;
import io.wasm4j.core.ExternKind;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.Import;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NameSection;
import io.wasm4j.core.RecGroup;
import io.wasm4j.core.SubType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.WasmFeature;
import io.wasm4j.core.internal.validate.CodeSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a WebAssembly binary into {@link ModuleData}: the section loop and order rules, and the
 * sections with simple contents. Element, data and code sections are in {@link SegmentDecoder} and
 * {@link CodeDecoder}. Every expression and body is checked with {@link CodeSyntax#skipExpression}, so
 * all malformed input is found here, before validation.
 */
public final class ModuleDecoder {
    static final int MAGIC = 0x6D736100;
    static final int VERSION = 1;

    private static final ExternKind[] KINDS = ExternKind.values();

    /** Order of the non-custom sections, indexed by section id (ids 0..13). */
    private static final int[] RANK = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

    final byte[] bytes;
    final ByteReader r;
    final ModuleData m = new ModuleData();

    final List<RecGroup> recGroups = new ArrayList<>();
    final List<SubType> types = new ArrayList<>();
    final List<Import> imports = new ArrayList<>();
    final IntList funcTypes = new IntList(16);
    final List<TableType> tables = new ArrayList<>();
    final List<ConstExpr> tableInits = new ArrayList<>();
    final List<MemoryType> memories = new ArrayList<>();
    final List<GlobalType> globals = new ArrayList<>();
    final List<ConstExpr> globalInits = new ArrayList<>();
    final List<TagType> tags = new ArrayList<>();
    final List<Export> exports = new ArrayList<>();
    final List<CustomSection> customs = new ArrayList<>();
    int sectionsSeen;

    final boolean customPageSizes;

    private ModuleDecoder(byte[] bytes, Set<WasmFeature> features) {
        this.bytes = bytes;
        this.customPageSizes = features.contains(WasmFeature.CUSTOM_PAGE_SIZES);
        m.features = features;
        this.r = new ByteReader(bytes, 0, bytes.length);
        m.bytes = bytes;
    }

    /**
     * Decodes {@code bytes} (not copied: the caller hands over ownership), accepting {@code features}.
     *
     * @throws MalformedModuleException when the bytes are not a well-formed module
     */
    public static ModuleData decode(byte[] bytes, Set<WasmFeature> features) {
        ModuleDecoder d = new ModuleDecoder(bytes, features);
        d.run();
        return d.m;
    }

    private void run() {
        header();
        CodeDecoder code = new CodeDecoder(this);
        SegmentDecoder segments = new SegmentDecoder(this);
        int lastRank = 0;
        int len = bytes.length;
        while (r.pos() < len) {
            int idAt = r.pos();
            int id = r.u8();
            if (id > 13) {
                throw ByteReader.malformed("malformed section id", idAt);
            }
            int sizeAt = r.pos();
            int size = r.u32();
            if ((size & 0xFFFFFFFFL) > len - sizeAt) {
                throw ByteReader.malformed("length out of bounds", sizeAt);
            }
            int end = r.pos() + size;
            if (end > len || end < 0) {
                throw ByteReader.malformed(ByteReader.UNEXPECTED_END, len);
            }
            if (id == 0) {
                r.limit(end);
                String name = r.name();
                customs.add(new CustomSection(name, r.pos(), end, sectionsSeen));
                r.seek(end);
            } else {
                int rank = RANK[id];
                if (rank <= lastRank) {
                    throw ByteReader.malformed("unexpected content after last section", idAt);
                }
                lastRank = rank;
                sectionsSeen++;
                switch (id) {
                    case 1 -> typeSection();
                    case 2 -> importSection();
                    case 3 -> functionSection();
                    case 4 -> tableSection();
                    case 5 -> memorySection();
                    case 6 -> globalSection();
                    case 7 -> exportSection();
                    case 8 -> m.start = TypeDecoder.clampIndex(r.u32());
                    case 9 -> segments.elementSection();
                    case 10 -> code.codeSection(end);
                    case 11 -> segments.dataSection();
                    case 12 -> m.dataCount = TypeDecoder.clampIndex(r.u32());
                    case 13 -> tagSection();
                    default -> throw new IllegalStateException("section id " + id);
                }
                if (r.pos() != end) {
                    throw ByteReader.malformed("section size mismatch", r.pos());
                }
            }
            r.limit(len);
        }
        if (funcTypes.size() - m.importedFuncs != code.count()) {
            throw ByteReader.malformed("function and code section have inconsistent lengths", len);
        }
        if (m.dataCount >= 0 && m.dataCount != segments.dataSegmentCount()) {
            throw ByteReader.malformed("data count and data section have inconsistent lengths", len);
        }
        finish(code, segments);
    }

    private void header() {
        if (r.word32() != MAGIC) {
            throw ByteReader.malformed("magic header not detected", 0);
        }
        if (r.word32() != VERSION) {
            throw ByteReader.malformed("unknown binary version", 4);
        }
    }

    private void finish(CodeDecoder code, SegmentDecoder segments) {
        m.recGroups = List.copyOf(recGroups);
        m.types = types.toArray(SubType[]::new);
        m.groupStart = new int[m.types.length];
        m.groupEnd = new int[m.types.length];
        int t = 0;
        for (RecGroup g : recGroups) {
            int s = t;
            int e = t + g.types().size();
            for (; t < e; t++) {
                m.groupStart[t] = s;
                m.groupEnd[t] = e;
            }
        }
        m.imports = List.copyOf(imports);
        m.funcTypes = funcTypes.toArray();
        m.tables = tables.toArray(TableType[]::new);
        m.tableInits = tableInits.toArray(ConstExpr[]::new);
        m.memories = memories.toArray(MemoryType[]::new);
        m.globals = globals.toArray(GlobalType[]::new);
        m.globalInits = globalInits.toArray(ConstExpr[]::new);
        m.tags = tags.toArray(TagType[]::new);
        m.exports = List.copyOf(exports);
        m.customSections = List.copyOf(customs);
        code.finish(m);
        segments.finish(m);
    }

    /**
     * Decodes the (last) {@code name} custom section of {@code m}; {@link NameSection#EMPTY} when there
     * is none or it is malformed.
     */
    public static NameSection names(ModuleData m) {
        NameSection names = NameSection.EMPTY;
        for (CustomSection cs : m.customSections) {
            if (cs.name().equals("name")) {
                NameSection n = NameSectionDecoder.decode(m.bytes, cs.contentStart(), cs.contentEnd());
                names = n == null ? NameSection.EMPTY : n;
            }
        }
        return names;
    }

    /** Reads a constant expression up to the current limit, checking its syntax. */
    ConstExpr constExpr() {
        int start = r.pos();
        int end = skip(start, r.limit(), false);
        r.seek(end);
        return new ConstExpr(start, end);
    }

    /** Runs {@link CodeSyntax#skipExpression}, normalising "unexpected end" to the section form. */
    int skip(int start, int limit, boolean hasDataCount) {
        try {
            return CodeSyntax.skipExpression(bytes, start, limit, hasDataCount);
        } catch (MalformedModuleException e) {
            String reason = e.reason();
            if (reason.startsWith("unexpected end") && !reason.startsWith(ByteReader.UNEXPECTED_END)) {
                throw ByteReader.malformed(ByteReader.UNEXPECTED_END, (int) e.offset());
            }
            throw e;
        }
    }

    private void typeSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            RecGroup g = TypeDecoder.recGroup(r);
            recGroups.add(g);
            types.addAll(g.types());
        }
    }

    private void importSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            String module = r.name();
            String name = r.name();
            int kindAt = r.pos();
            int kind = r.u8();
            Import imp = switch (kind) {
                case 0 -> {
                    funcTypes.add(TypeDecoder.clampIndex(r.u32()));
                    m.importedFuncs++;
                    yield new Import(module, name, ExternKind.FUNC, funcTypes.size() - 1);
                }
                case 1 -> {
                    tables.add(TypeDecoder.tableType(r));
                    tableInits.add(null);
                    m.importedTables++;
                    yield new Import(module, name, ExternKind.TABLE, tables.size() - 1);
                }
                case 2 -> {
                    memories.add(TypeDecoder.memoryType(r, customPageSizes));
                    m.importedMemories++;
                    yield new Import(module, name, ExternKind.MEMORY, memories.size() - 1);
                }
                case 3 -> {
                    globals.add(TypeDecoder.globalType(r));
                    globalInits.add(null);
                    m.importedGlobals++;
                    yield new Import(module, name, ExternKind.GLOBAL, globals.size() - 1);
                }
                case 4 -> {
                    tags.add(tagType());
                    m.importedTags++;
                    yield new Import(module, name, ExternKind.TAG, tags.size() - 1);
                }
                default -> throw ByteReader.malformed("malformed import kind", kindAt);
            };
            imports.add(imp);
        }
    }

    private TagType tagType() {
        int at = r.pos();
        if (r.u8() != 0) {
            throw ByteReader.malformed("zero byte expected", at);
        }
        return new TagType(TypeDecoder.clampIndex(r.u32()));
    }

    private void functionSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            funcTypes.add(TypeDecoder.clampIndex(r.u32()));
        }
    }

    private void tableSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            if (r.peek() == 0x40) {
                r.u8();
                int at = r.pos();
                if (r.u8() != 0) {
                    throw ByteReader.malformed("zero byte expected", at);
                }
                tables.add(TypeDecoder.tableType(r));
                tableInits.add(constExpr());
            } else {
                tables.add(TypeDecoder.tableType(r));
                tableInits.add(null);
            }
        }
    }

    private void memorySection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            memories.add(TypeDecoder.memoryType(r, customPageSizes));
        }
    }

    private void tagSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            tags.add(tagType());
        }
    }

    private void globalSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            globals.add(TypeDecoder.globalType(r));
            globalInits.add(constExpr());
        }
    }

    private void exportSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            String name = r.name();
            int kindAt = r.pos();
            int kind = r.u8();
            if (kind > 4) {
                throw ByteReader.malformed("malformed export kind", kindAt);
            }
            exports.add(new Export(name, KINDS[kind], TypeDecoder.clampIndex(r.u32())));
        }
    }
}
