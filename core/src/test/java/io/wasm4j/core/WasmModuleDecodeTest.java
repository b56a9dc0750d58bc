package io.wasm4j.core;

import static io.wasm4j.core.WasmBuilder.bytes;
import static io.wasm4j.core.WasmBuilder.module;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class WasmModuleDecodeTest {

    /** Type section with one type: [] -> []. */
    private static WasmBuilder voidType() {
        return bytes().u32(1).raw(0x60, 0, 0);
    }

    /** Code section with {@code n} empty bodies. */
    private static WasmBuilder emptyBodies(int n) {
        WasmBuilder b = bytes().u32(n);
        for (int i = 0; i < n; i++) {
            b.raw(2, 0, 0x0B);
        }
        return b;
    }

    private static void assertMalformed(String expected, byte[] bytes) {
        MalformedModuleException e = assertThrows(MalformedModuleException.class, () -> WasmModule.decode(bytes));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void decode_emptyModule_hasNothing() {
        WasmModule m = WasmModule.decode(module().build());
        assertEquals(0, m.typeCount());
        assertEquals(0, m.funcCount());
        assertEquals(-1, m.startFunction());
        assertEquals(-1, m.dataCount());
        assertEquals(NameSection.EMPTY, m.names());
    }

    @Test
    void decode_badHeader_isMalformed() {
        assertMalformed("unexpected end", new byte[] {0, 0x61, 0x73});
        assertMalformed("magic header not detected", new byte[] {0, 0x41, 0x53, 0x4D, 1, 0, 0, 0});
        assertMalformed("unknown binary version", new byte[] {0, 0x61, 0x73, 0x6D, 2, 0, 0, 0});
    }

    @Test
    void decode_sectionsOutOfOrder_isMalformed() {
        byte[] b =
                module().section(3, bytes().u32(0)).section(1, bytes().u32(0)).build();
        assertMalformed("unexpected content after last section", b);
    }

    @Test
    void decode_duplicateSection_isMalformed() {
        byte[] b =
                module().section(1, bytes().u32(0)).section(1, bytes().u32(0)).build();
        assertMalformed("unexpected content after last section", b);
    }

    @Test
    void decode_tagSectionBetweenMemoryAndGlobal_isAccepted() {
        byte[] b = module().section(1, bytes().u32(1).raw(0x60, 1, 0x7F, 0))
                .section(5, bytes().u32(0))
                .section(13, bytes().u32(1).raw(0, 0))
                .section(6, bytes().u32(0))
                .build();
        WasmModule m = WasmModule.decode(b);
        assertEquals(1, m.tagCount());
        assertEquals(new TagType(0), m.tagType(0));
    }

    @Test
    void decode_unknownSectionId_isMalformed() {
        assertMalformed("malformed section id", module().section(14, bytes()).build());
    }

    @Test
    void decode_sectionLongerThanContent_isSizeMismatch() {
        byte[] b = module().section(1, bytes().u32(0).raw(0)).build();
        assertMalformed("section size mismatch", b);
    }

    @Test
    void decode_sectionSizePastEnd_isLengthOutOfBounds() {
        assertMalformed("length out of bounds", module().raw(1, 5, 0).build());
    }

    @Test
    void decode_customSectionsAnywhere_areKept() {
        byte[] b = module().custom("a", bytes().raw(1, 2, 3))
                .section(1, voidType())
                .custom("b", bytes())
                .section(3, bytes().u32(1).u32(0))
                .section(10, emptyBodies(1))
                .custom("a", bytes().raw(9))
                .build();
        WasmModule m = WasmModule.decode(b);
        assertEquals(3, m.customSections().size());
        assertEquals(2, m.customSections("a").size());
        assertArrayEquals(
                new byte[] {1, 2, 3}, m.customSectionBytes(m.customSections("a").get(0)));
        assertEquals(0, m.customSections().get(0).order());
        assertEquals(3, m.customSections().get(2).order());
    }

    @Test
    void decode_customSectionWithBadUtf8Name_isMalformed() {
        byte[] b = module().section(0, bytes().u32(1).raw(0xFF)).build();
        assertMalformed("malformed UTF-8 encoding", b);
    }

    @Test
    void decode_functionWithoutBody_isInconsistent() {
        byte[] b = module().section(1, voidType())
                .section(3, bytes().u32(1).u32(0))
                .build();
        assertMalformed("function and code section have inconsistent lengths", b);
    }

    @Test
    void decode_dataCountMismatch_isMalformed() {
        byte[] b = module().section(5, bytes().u32(1).raw(0, 1))
                .section(12, bytes().u32(2))
                .section(11, bytes().u32(1).raw(1).u32(0))
                .build();
        assertMalformed("data count and data section have inconsistent lengths", b);
    }

    @Test
    void decode_tooManyLocals_isMalformed() {
        WasmBuilder body =
                bytes().u32(2).u32(0xFFFF_FFFFL).raw(0x7F).u32(1).raw(0x7F).raw(0x0B);
        byte[] b = module().section(1, voidType())
                .section(3, bytes().u32(1).u32(0))
                .section(10, bytes().u32(1).u32(body.size()).raw(body.build()))
                .build();
        assertMalformed("too many locals", b);
    }

    @Test
    void decode_locals_expandAfterParams() {
        WasmBuilder body = bytes().u32(2).u32(2).raw(0x7E).u32(1).raw(0x70).raw(0x0B);
        byte[] b = module().section(1, bytes().u32(1).raw(0x60, 1, 0x7D, 0))
                .section(3, bytes().u32(1).u32(0))
                .section(10, bytes().u32(1).u32(body.size()).raw(body.build()))
                .build();
        WasmModule m = WasmModule.decode(b);
        assertArrayEquals(new ValType[] {ValType.F32, ValType.I64, ValType.I64, RefType.FUNCREF}, m.localTypes(0));
        FunctionBody fb = m.body(0);
        assertEquals(fb.end() - 1, fb.instructionsStart());
        assertEquals(0x0B, m.bytes()[fb.instructionsStart()]);
    }

    @Test
    void decode_imports_comeFirstInIndexSpaces() {
        byte[] b = module().section(1, voidType())
                .section(
                        2,
                        bytes().u32(5)
                                .name("m")
                                .name("f")
                                .raw(0)
                                .u32(0)
                                .name("m")
                                .name("t")
                                .raw(1, 0x70, 0)
                                .u32(1)
                                .name("m")
                                .name("mem")
                                .raw(2, 5)
                                .u32(1)
                                .u32(2)
                                .name("m")
                                .name("g")
                                .raw(3, 0x7F, 1)
                                .name("m")
                                .name("tag")
                                .raw(4, 0)
                                .u32(0))
                .section(3, bytes().u32(1).u32(0))
                .section(6, bytes().u32(1).raw(0x7E, 0, 0x42, 7, 0x0B))
                .section(10, emptyBodies(1))
                .build();
        WasmModule m = WasmModule.decode(b);
        assertEquals(2, m.funcCount());
        assertEquals(1, m.importedFuncCount());
        assertEquals(new Import("m", "mem", ExternKind.MEMORY, 0), m.imports().get(2));
        assertEquals(new MemoryType(AddressType.I64, new Limits(1, 2), false, 16), m.memoryType(0));
        assertEquals(new GlobalType(ValType.I32, true), m.globalType(0));
        assertEquals(new GlobalType(ValType.I64, false), m.globalType(1));
        assertNull(m.globalInit(0));
        assertEquals(5, m.globalInit(1).end() - m.globalInit(1).start() + 2);
        assertEquals(new TableType(AddressType.I32, new Limits(1, -1), RefType.FUNCREF), m.tableType(0));
    }

    @Test
    void decode_badImportKind_isMalformed() {
        byte[] b = module().section(2, bytes().u32(1).name("m").name("f").raw(5, 0))
                .build();
        assertMalformed("malformed import kind", b);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x08, 0x10, 0x81})
    void decode_badMemoryLimitsFlags_areMalformed(int flags) {
        assertMalformed(
                "malformed limits flags",
                module().section(5, bytes().u32(1).raw(flags, 0, 0)).build());
    }

    @Test
    void decode_sharedMemory_isAccepted() {
        WasmModule m = WasmModule.decode(
                module().section(5, bytes().u32(1).raw(3, 1, 2)).build());
        assertTrue(m.memoryType(0).shared());
    }

    @Test
    void decode_sharedTable_isMalformed() {
        assertMalformed(
                "malformed limits flags",
                module().section(4, bytes().u32(1).raw(0x70, 3, 1, 2)).build());
    }

    @Test
    void decode_tableWithInitialiser_keepsExpression() {
        byte[] b = module().section(1, voidType())
                .section(4, bytes().u32(1).raw(0x40, 0, 0x64, 0x00, 0, 1).raw(0xD2, 0, 0x0B))
                .build();
        WasmModule m = WasmModule.decode(b);
        assertEquals(new RefType(false, new TypeIndex(0)), m.tableType(0).elementType());
        assertEquals(3, m.tableInit(0).end() - m.tableInit(0).start());
    }

    @Test
    void decode_allElementEncodings_giveModesTypesAndItems() {
        WasmBuilder elems = bytes().u32(8)
                .u32(0)
                .raw(0x41, 0, 0x0B)
                .u32(2)
                .u32(0)
                .u32(0)
                .u32(1)
                .raw(0)
                .u32(1)
                .u32(0)
                .u32(2)
                .u32(0)
                .raw(0x41, 1, 0x0B)
                .raw(0)
                .u32(1)
                .u32(0)
                .u32(3)
                .raw(0)
                .u32(1)
                .u32(0)
                .u32(4)
                .raw(0x41, 2, 0x0B)
                .u32(1)
                .raw(0xD2, 0, 0x0B)
                .u32(5)
                .raw(0x70)
                .u32(2)
                .raw(0xD0, 0x70, 0x0B)
                .raw(0xD2, 0, 0x0B)
                .u32(6)
                .u32(0)
                .raw(0x41, 3, 0x0B)
                .raw(0x70)
                .u32(1)
                .raw(0xD2, 0, 0x0B)
                .u32(7)
                .raw(0x70)
                .u32(1)
                .raw(0xD2, 0, 0x0B);
        byte[] b = module().section(1, voidType())
                .section(3, bytes().u32(1).u32(0))
                .section(4, bytes().u32(1).raw(0x70, 0, 10))
                .section(9, elems)
                .section(10, emptyBodies(1))
                .build();
        WasmModule m = WasmModule.decode(b);
        List<ElementSegment> es = m.elements();
        assertEquals(8, es.size());
        RefType refFunc = new RefType(false, AbsHeapType.FUNC);
        SegmentMode[] modes = {
            SegmentMode.ACTIVE, SegmentMode.PASSIVE, SegmentMode.ACTIVE, SegmentMode.DECLARATIVE,
            SegmentMode.ACTIVE, SegmentMode.PASSIVE, SegmentMode.ACTIVE, SegmentMode.DECLARATIVE
        };
        for (int i = 0; i < 8; i++) {
            ElementSegment s = es.get(i);
            assertEquals(modes[i], s.mode(), "segment " + i);
            assertEquals(i < 4, s.hasFuncIndices(), "segment " + i);
            assertEquals(i < 4 ? refFunc : RefType.FUNCREF, s.type(), "segment " + i);
            assertEquals(s.mode() == SegmentMode.ACTIVE ? 0 : -1, s.tableIndex());
            assertEquals(s.mode() == SegmentMode.ACTIVE, s.offset() != null);
        }
        assertEquals(2, es.get(0).size());
        assertEquals(2, es.get(5).size());
        m.validate();
    }

    @Test
    void decode_badElementKind_isMalformed() {
        byte[] b = module().section(9, bytes().u32(1).u32(1).raw(1).u32(0)).build();
        assertMalformed("malformed element kind", b);
    }

    @Test
    void decode_elementExpressionsWithNonRefType_isMalformed() {
        byte[] b = module().section(9, bytes().u32(1).u32(5).raw(0x7F).u32(0)).build();
        assertMalformed("malformed reference type", b);
    }

    @Test
    void decode_dataEncodings_giveModesAndBytes() {
        byte[] b = module().section(5, bytes().u32(2).raw(0, 1).raw(0, 1))
                .section(12, bytes().u32(3))
                .section(
                        11,
                        bytes().u32(3)
                                .u32(0)
                                .raw(0x41, 0, 0x0B)
                                .u32(2)
                                .raw(7, 8)
                                .u32(1)
                                .u32(1)
                                .raw(9)
                                .u32(2)
                                .u32(1)
                                .raw(0x41, 4, 0x0B)
                                .u32(0))
                .build();
        WasmModule m = WasmModule.decode(b);
        assertEquals(3, m.datas().size());
        assertArrayEquals(new byte[] {7, 8}, m.dataBytes(0));
        assertEquals(SegmentMode.PASSIVE, m.datas().get(1).mode());
        assertEquals(1, m.datas().get(2).memoryIndex());
        assertEquals(0, m.datas().get(2).dataLength());
        m.validate();
    }

    @Test
    void decode_gcTypes_keepRecGroupsAndSubtypes() {
        WasmBuilder types = bytes().u32(2)
                .raw(0x4E)
                .u32(2)
                .raw(0x50)
                .u32(0)
                .raw(0x5F)
                .u32(2)
                .raw(0x78, 1)
                .raw(0x63, 1, 0)
                .raw(0x4F)
                .u32(1)
                .u32(0)
                .raw(0x5F)
                .u32(3)
                .raw(0x78, 1)
                .raw(0x63, 1, 0)
                .raw(0x6C, 1)
                .raw(0x5E)
                .raw(0x64, 0x6B, 1);
        WasmModule m = WasmModule.decode(module().section(1, types).build());
        assertEquals(2, m.recGroups().size());
        assertEquals(3, m.typeCount());
        assertEquals(0, m.recGroupStart(1));
        assertEquals(2, m.recGroupEnd(1));
        assertFalse(m.type(0).isFinal());
        assertTrue(m.type(1).isFinal());
        assertEquals(List.of(0), m.type(1).supertypes());
        StructType s = (StructType) m.type(1).composite();
        assertEquals(new FieldType(PackedType.I8, true), s.fields().get(0));
        assertEquals(new FieldType(RefType.I31REF, true), s.fields().get(2));
        assertEquals(
                new ArrayType(new FieldType(new RefType(false, AbsHeapType.STRUCT), true)),
                m.type(2).composite());
        m.validate();
    }

    @Test
    void decode_badMutability_isMalformed() {
        assertMalformed(
                "malformed mutability",
                module().section(1, bytes().u32(1).raw(0x5E, 0x7F, 2)).build());
    }

    @Test
    void decode_nameSection_givesNames() {
        WasmBuilder names = bytes().raw(0)
                .u32(4)
                .name("mod")
                .section(1, bytes().u32(1).u32(0).name("main"))
                .section(2, bytes().u32(1).u32(0).u32(2).u32(0).name("x").u32(1).name("y"))
                .section(7, bytes().u32(1).u32(3).name("g"))
                .section(10, bytes().u32(1).u32(0).u32(1).u32(0).name("f0"));
        byte[] b = module().section(1, voidType())
                .section(3, bytes().u32(1).u32(0))
                .section(10, emptyBodies(1))
                .custom("name", names)
                .build();
        NameSection n = WasmModule.decode(b).names();
        assertEquals("mod", n.moduleName());
        assertEquals("main", n.functionName(0));
        assertEquals("y", n.localName(0, 1));
        assertEquals(Map.of(3, "g"), n.globalNames());
        assertEquals(Map.of(0, Map.of(0, "f0")), n.fieldNames());
    }

    @Test
    void decode_malformedNameSection_isDropped() {
        WasmBuilder names = bytes().section(1, bytes().u32(3).u32(0).name("main"));
        byte[] b = module().custom("name", names).build();
        assertEquals(NameSection.EMPTY, WasmModule.decode(b).names());
    }

    @Test
    void decode_inputArray_isCopied() {
        byte[] b = module().section(1, voidType()).build();
        WasmModule m = WasmModule.decode(b);
        b[b.length - 1] = 9;
        assertEquals(new FuncType(List.of(), List.of()), m.funcType(0));
        assertEquals(0, m.bytes()[m.bytes().length - 1]);
    }

    @Test
    void decode_customPageSize_needsTheFeature() {
        byte[] b = module().section(5, bytes().u32(1).raw(0x08).u32(2).u32(0)).build();
        assertMalformed("malformed limits flags", b);
        WasmModule m = WasmModule.decode(b, java.util.Set.of(WasmFeature.CUSTOM_PAGE_SIZES));
        assertEquals(0, m.memoryType(0).pageSizeLog2());
        m.validate();
    }

    @Test
    void validate_customPageSizeOtherThanOneOr64Ki_isInvalid() {
        byte[] b = module().section(5, bytes().u32(1).raw(0x08).u32(2).u32(12)).build();
        WasmModule m = WasmModule.decode(b, java.util.Set.of(WasmFeature.CUSTOM_PAGE_SIZES));
        InvalidModuleException e = assertThrows(InvalidModuleException.class, m::validate);
        assertTrue(e.getMessage().contains("invalid custom page size"), e.getMessage());
        byte[] tooLarge =
                module().section(5, bytes().u32(1).raw(0x08).u32(0).u32(65)).build();
        MalformedModuleException e2 = assertThrows(
                MalformedModuleException.class,
                () -> WasmModule.decode(tooLarge, java.util.Set.of(WasmFeature.CUSTOM_PAGE_SIZES)));
        assertTrue(e2.getMessage().contains("invalid custom page size"), e2.getMessage());
    }
}
