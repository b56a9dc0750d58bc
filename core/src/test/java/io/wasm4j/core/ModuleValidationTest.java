package io.wasm4j.core;

import static io.wasm4j.core.WasmBuilder.bytes;
import static io.wasm4j.core.WasmBuilder.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class ModuleValidationTest {

    private static WasmBuilder voidType() {
        return bytes().u32(1).raw(0x60, 0, 0);
    }

    private static void assertInvalid(String expected, WasmBuilder b) {
        WasmModule m = WasmModule.decode(b.build());
        InvalidModuleException e = assertThrows(InvalidModuleException.class, m::validate);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void validate_duplicateExport_isInvalid() {
        assertInvalid(
                "duplicate export name",
                module().section(5, bytes().u32(1).raw(0, 1))
                        .section(
                                7,
                                bytes().u32(2)
                                        .name("m")
                                        .raw(2)
                                        .u32(0)
                                        .name("m")
                                        .raw(2)
                                        .u32(0)));
    }

    @Test
    void validate_exportOfUnknownFunction_isInvalid() {
        assertInvalid(
                "unknown function 0",
                module().section(7, bytes().u32(1).name("f").raw(0).u32(0)));
    }

    @Test
    void validate_startWithParams_isInvalid() {
        assertInvalid(
                "start function",
                module().section(1, bytes().u32(1).raw(0x60, 1, 0x7F, 0))
                        .section(3, bytes().u32(1).u32(0))
                        .section(8, bytes().u32(0))
                        .section(10, bytes().u32(1).raw(2, 0, 0x0B)));
    }

    @Test
    void validate_memoryTooLarge_isInvalid() {
        assertInvalid(
                "memory size must be at most 65536 pages (4GiB)",
                module().section(5, bytes().u32(1).raw(0).u32(65537)));
    }

    @Test
    void validate_memoryMinAboveMax_isInvalid() {
        assertInvalid(
                "size minimum must not be greater than maximum",
                module().section(5, bytes().u32(1).raw(1).u32(2).u32(1)));
    }

    @Test
    void validate_sharedMemoryWithoutMax_isInvalid() {
        assertInvalid(
                "shared memory must have maximum",
                module().section(5, bytes().u32(1).raw(2).u32(1)));
    }

    @Test
    void validate_memory64Limits_allowMoreThan4GiB() {
        WasmModule.decode(module().section(5, bytes().u32(1).raw(4).u32(70000)).build())
                .validate();
    }

    @Test
    void validate_multipleMemories_areAllowed() {
        WasmModule.decode(
                        module().section(5, bytes().u32(2).raw(0, 1).raw(0, 1)).build())
                .validate();
    }

    @Test
    void validate_nonNullableTableWithoutInit_isInvalid() {
        assertInvalid(
                "type mismatch",
                module().section(1, voidType()).section(4, bytes().u32(1).raw(0x64, 0x70, 0, 1)));
    }

    @Test
    void validate_elementForUnknownTable_isInvalid() {
        assertInvalid(
                "unknown table",
                module().section(1, voidType())
                        .section(3, bytes().u32(1).u32(0))
                        .section(
                                9,
                                bytes().u32(1).u32(0).raw(0x41, 0, 0x0B).u32(1).u32(0))
                        .section(10, bytes().u32(1).raw(2, 0, 0x0B)));
    }

    @Test
    void validate_elementTypeNotMatchingTable_isInvalid() {
        assertInvalid(
                "type mismatch",
                module().section(4, bytes().u32(1).raw(0x6F, 0, 1))
                        .section(9, bytes().u32(1).u32(4).raw(0x41, 0, 0x0B).u32(0)));
    }

    @Test
    void validate_dataForUnknownMemory_isInvalid() {
        assertInvalid(
                "unknown memory",
                module().section(11, bytes().u32(1).u32(0).raw(0x41, 0, 0x0B).u32(0)));
    }

    @Test
    void validate_tagWithResults_isInvalid() {
        assertInvalid(
                "non-empty tag result type",
                module().section(1, bytes().u32(1).raw(0x60, 0, 1, 0x7F))
                        .section(13, bytes().u32(1).raw(0).u32(0)));
    }

    @Test
    void validate_functionWithNonFunctionType_isInvalid() {
        assertInvalid(
                "type mismatch",
                module().section(1, bytes().u32(1).raw(0x5F, 0))
                        .section(3, bytes().u32(1).u32(0))
                        .section(10, bytes().u32(1).raw(2, 0, 0x0B)));
    }

    @Test
    void validate_globalOfUnknownType_isInvalid() {
        assertInvalid(
                "unknown type",
                module().section(6, bytes().u32(1).raw(0x63, 5, 0).raw(0xD0, 0x71, 0x0B)));
    }

    @Test
    void validate_declaredFuncRefs_comeFromExportsElementsAndGlobals() {
        byte[] b = module().section(1, voidType())
                .section(3, bytes().u32(4).u32(0).u32(0).u32(0).u32(0))
                .section(6, bytes().u32(1).raw(0x70, 0).raw(0xD2, 1, 0x0B))
                .section(7, bytes().u32(1).name("f").raw(0).u32(2))
                .section(9, bytes().u32(1).u32(3).raw(0).u32(1).u32(3))
                .section(
                        10,
                        bytes().u32(4)
                                .raw(2, 0, 0x0B)
                                .raw(2, 0, 0x0B)
                                .raw(2, 0, 0x0B)
                                .raw(2, 0, 0x0B))
                .build();
        WasmModule m = WasmModule.decode(b);
        var d = io.wasm4j.core.internal.decode.ModuleDecoder.decode(b.clone(), java.util.Set.of());
        var canon = new io.wasm4j.core.internal.module.TypeCanon(d.types, d.groupStart, d.groupEnd);
        assertEquals(4, m.funcCount());
        m.validate();
        var env = new io.wasm4j.core.internal.module.ModuleEnvImpl(d, canon, refsOf(d));
        assertEquals(false, env.isDeclaredFuncRef(0));
        assertEquals(true, env.isDeclaredFuncRef(1));
        assertEquals(true, env.isDeclaredFuncRef(2));
        assertEquals(true, env.isDeclaredFuncRef(3));
    }

    private static boolean[] refsOf(io.wasm4j.core.internal.decode.ModuleData d) {
        return io.wasm4j.core.internal.module.ModuleValidator.declaredFuncRefs(d);
    }

    @Test
    void canonicalTypeIndex_equivalentGroups_share() {
        byte[] b = module().section(
                        1,
                        bytes().u32(3)
                                .raw(0x60, 1, 0x7F, 0)
                                .raw(0x60, 1, 0x7E, 0)
                                .raw(0x60, 1, 0x7F, 0))
                .build();
        ValidatedModule m = ValidatedModule.of(b);
        assertEquals(0, m.canonicalTypeIndex(2));
        assertEquals(1, m.canonicalTypeIndex(1));
        assertTrue(m.isSubtype(2, 0));
        assertTrue(!m.isSubtype(1, 0));
        assertTrue(m.isSubtype(new RefType(false, new TypeIndex(2)), RefType.FUNCREF));
    }
}
