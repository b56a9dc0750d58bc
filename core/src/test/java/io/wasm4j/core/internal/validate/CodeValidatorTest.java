package io.wasm4j.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.ArrayType;
import io.wasm4j.core.FieldType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.TagType;
import io.wasm4j.core.TypeIndex;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.FunctionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CodeValidatorTest {

    static final ValType I32 = ValType.I32;
    static final ValType I64 = ValType.I64;

    /** Validates {@code code} (which must end with its final {@code end}) as a function of the given type. */
    static FunctionCode validate(TestEnv env, FuncType type, List<ValType> declared, int... code) {
        int t = env.type(type);
        List<ValType> locals = new ArrayList<>(type.params());
        locals.addAll(declared);
        byte[] bytes = CodeSyntaxTest.bytes(code);
        return CodeValidator.validateFunction(env, bytes, 0, bytes.length, t, locals.toArray(ValType[]::new));
    }

    static FunctionCode valid(TestEnv env, List<ValType> params, List<ValType> results, int... code) {
        return validate(env, new FuncType(params, results), List.of(), code);
    }

    static String invalid(TestEnv env, List<ValType> params, List<ValType> results, int... code) {
        return assertThrows(InvalidModuleException.class, () -> valid(env, params, results, code))
                .reason();
    }

    static void assertInvalid(String expected, TestEnv env, List<ValType> results, int... code) {
        String reason = invalid(env, List.of(), results, code);
        assertTrue(reason.contains(expected), () -> "expected '" + expected + "' in '" + reason + "'");
    }

    // ---- numeric and parametric

    @Test
    void numeric_matchingOperands_valid() {
        valid(TestEnv.create(), List.of(), List.of(I32), 0x41, 1, 0x41, 2, 0x6A, 0x0B);
        valid(TestEnv.create(), List.of(I64), List.of(I32), 0x20, 0, 0x50, 0x0B); // i64.eqz
    }

    @Test
    void numeric_wrongOperand_typeMismatchWithStack() {
        String r = invalid(TestEnv.create(), List.of(), List.of(I32), 0x41, 1, 0x42, 2, 0x6A, 0x0B);
        assertEquals("type mismatch: instruction requires [i32] but stack has [i64]", r);
        assertEquals(
                "type mismatch: instruction requires [i32] but stack has []",
                invalid(TestEnv.create(), List.of(), List.of(I32), 0x0B));
    }

    @Test
    void end_extraValues_blockRequires() {
        assertEquals(
                "type mismatch: block requires [] but stack has [i32]",
                invalid(TestEnv.create(), List.of(), List.of(), 0x41, 1, 0x0B));
    }

    @Test
    void unreachable_makesStackPolymorphic() {
        valid(TestEnv.create(), List.of(), List.of(I32), 0x00, 0x6A, 0x0B);
        valid(TestEnv.create(), List.of(), List.of(I32), 0x00, 0x1B, 0x0B); // select on unknowns
        assertInvalid("type mismatch", TestEnv.create(), List.of(I32), 0x00, 0x42, 0, 0x6A, 0x0B);
    }

    @Test
    void select_referenceOperands_typeMismatch() {
        valid(TestEnv.create(), List.of(), List.of(I64), 0x42, 1, 0x42, 2, 0x41, 0, 0x1B, 0x0B);
        assertInvalid("type mismatch", TestEnv.create(), List.of(), 0xD0, 0x70, 0xD0, 0x70, 0x41, 0, 0x1B, 0x1A, 0x0B);
        // typed select over funcref is fine; a type vector of length 2 is not
        valid(TestEnv.create(), List.of(), List.of(), 0xD0, 0x70, 0xD0, 0x70, 0x41, 0, 0x1C, 1, 0x70, 0x1A, 0x0B);
        assertInvalid("invalid result arity", TestEnv.create(), List.of(), 0x41, 0, 0x1C, 2, 0x7F, 0x7F, 0x0B);
    }

    // ---- control

    @Test
    void branches_unknownLabel_rejected() {
        assertInvalid("unknown label", TestEnv.create(), List.of(), 0x0C, 1, 0x0B);
        assertInvalid("unknown label", TestEnv.create(), List.of(), 0x02, 0x40, 0x0C, 2, 0x0B, 0x0B);
    }

    @Test
    void brTable_differentArities_typeMismatch() {
        // block (result i32) ; block ; i32.const 0 ; br_table 0 1 ; end ; ...
        assertInvalid(
                "type mismatch",
                TestEnv.create(),
                List.of(),
                0x02,
                0x7F,
                0x02,
                0x40,
                0x41,
                0,
                0x0E,
                1,
                0,
                1,
                0x0B,
                0x41,
                0,
                0x0B,
                0x1A,
                0x0B);
    }

    @Test
    void if_withoutElseChangingTypes_typeMismatch() {
        assertInvalid("type mismatch", TestEnv.create(), List.of(I32), 0x41, 1, 0x04, 0x7F, 0x41, 1, 0x0B, 0x0B);
        valid(TestEnv.create(), List.of(), List.of(I32), 0x41, 1, 0x04, 0x7F, 0x41, 1, 0x05, 0x41, 2, 0x0B, 0x0B);
    }

    @Test
    void blockWithParams_typeIndexBlockType_valid() {
        TestEnv env = TestEnv.create();
        int bt = env.type(new FuncType(List.of(I32), List.of(I32)));
        // i32.const 1 ; block (type bt) i32.const 2 i32.add end
        valid(env, List.of(), List.of(I32), 0x41, 1, 0x02, bt, 0x41, 2, 0x6A, 0x0B, 0x0B);
        // if (type bt) without else: params equal results, so fine
        valid(env, List.of(), List.of(I32), 0x41, 1, 0x41, 0, 0x04, bt, 0x0B, 0x0B);
    }

    @Test
    void calls_checkSignatureAndIndex() {
        TestEnv env = TestEnv.create();
        int f = env.func(List.of(I32), List.of(I64));
        valid(env, List.of(), List.of(I64), 0x41, 1, 0x10, f, 0x0B);
        assertInvalid("unknown function 7", env, List.of(), 0x10, 7, 0x0B);
        assertInvalid("type mismatch", env, List.of(I64), 0x42, 1, 0x10, f, 0x0B);
    }

    @Test
    void returnCall_resultsMustMatchCaller() {
        TestEnv env = TestEnv.create();
        int f = env.func(List.of(), List.of(I64));
        valid(env, List.of(), List.of(I64), 0x12, f, 0x0B);
        assertInvalid("type mismatch", env, List.of(I32), 0x12, f, 0x0B);
    }

    @Test
    void callIndirect_tableAndType_checked() {
        TestEnv env = TestEnv.create().table(AddressType.I32, RefType.FUNCREF);
        int t = env.type(new FuncType(List.of(), List.of()));
        valid(env, List.of(), List.of(), 0x41, 0, 0x11, t, 0, 0x0B);
        assertInvalid("unknown table", env, List.of(), 0x41, 0, 0x11, t, 1, 0x0B);
        assertInvalid("unknown type", env, List.of(), 0x41, 0, 0x11, 99, 0, 0x0B);
        TestEnv ext = TestEnv.create().table(AddressType.I32, RefType.EXTERNREF);
        int t2 = ext.type(new FuncType(List.of(), List.of()));
        assertInvalid("type mismatch", ext, List.of(), 0x41, 0, 0x11, t2, 0, 0x0B);
    }

    // ---- locals and globals

    @Test
    void locals_unknownAndUninitialized_rejected() {
        assertInvalid("unknown local", TestEnv.create(), List.of(), 0x20, 0, 0x1A, 0x0B);
        TestEnv env = TestEnv.create();
        FuncType ft = new FuncType(List.of(), List.of());
        RefType nonNullFunc = new RefType(false, io.wasm4j.core.AbsHeapType.FUNC);
        String r = assertThrows(
                        InvalidModuleException.class,
                        () -> validate(env, ft, List.of(nonNullFunc), 0x20, 0, 0x1A, 0x0B))
                .reason();
        assertTrue(r.startsWith("uninitialized local"), r);
        // set inside a block, read after it: the initialisation does not survive the block
        env.func(List.of(), List.of());
        assertThrows(
                InvalidModuleException.class,
                () -> validate(env, ft, List.of(nonNullFunc), 0x02, 0x40, 0xD2, 0, 0x21, 0, 0x0B, 0x20, 0, 0x1A, 0x0B));
        validate(env, ft, List.of(nonNullFunc), 0xD2, 0, 0x21, 0, 0x20, 0, 0x1A, 0x0B);
    }

    @Test
    void globalSet_immutable_rejected() {
        TestEnv env = TestEnv.create().global(I32, false).global(I32, true);
        assertInvalid("immutable global", env, List.of(), 0x41, 0, 0x24, 0, 0x0B);
        valid(env, List.of(), List.of(), 0x41, 0, 0x24, 1, 0x0B);
        assertInvalid("unknown global", env, List.of(), 0x23, 2, 0x1A, 0x0B);
    }

    // ---- memory

    @Test
    void load_alignmentAndMemoryIndex_checked() {
        TestEnv env = TestEnv.create().memory(AddressType.I32);
        valid(env, List.of(), List.of(I32), 0x41, 0, 0x28, 2, 0, 0x0B);
        assertInvalid("alignment must not be larger than natural", env, List.of(I32), 0x41, 0, 0x28, 3, 0, 0x0B);
        assertInvalid("unknown memory 1", env, List.of(I32), 0x41, 0, 0x28, 0x42, 1, 0, 0x0B);
        assertInvalid("unknown memory", TestEnv.create(), List.of(), 0x3F, 0, 0x1A, 0x0B);
    }

    @Test
    void memory64_addressIsI64() {
        TestEnv env = TestEnv.create().memory(AddressType.I64);
        valid(env, List.of(), List.of(I32), 0x42, 0, 0x28, 2, 0, 0x0B);
        assertInvalid("type mismatch", env, List.of(I32), 0x41, 0, 0x28, 2, 0, 0x0B);
        valid(env, List.of(), List.of(I64), 0x3F, 0, 0x0B);
        // offset beyond 32 bits is fine for a 64-bit memory only
        valid(env, List.of(), List.of(I32), 0x42, 0, 0x28, 2, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0B);
        TestEnv env32 = TestEnv.create().memory(AddressType.I32);
        assertInvalid("offset out of range", env32, List.of(I32), 0x41, 0, 0x28, 2, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0B);
    }

    @Test
    void atomics_alignmentMustBeNatural() {
        TestEnv env = TestEnv.create().memory(AddressType.I32);
        valid(env, List.of(), List.of(I32), 0x41, 0, 0xFE, 0x10, 2, 0, 0x0B);
        assertInvalid("atomic alignment must be natural", env, List.of(I32), 0x41, 0, 0xFE, 0x10, 1, 0, 0x0B);
        valid(env, List.of(), List.of(), 0xFE, 0x03, 0x00, 0x0B);
    }

    @Test
    void bulkMemory_dataCountAndSegments_checked() {
        TestEnv env = TestEnv.create().memory(AddressType.I32);
        env.dataCount = 1;
        valid(env, List.of(), List.of(), 0x41, 0, 0x41, 0, 0x41, 0, 0xFC, 8, 0, 0, 0x0B);
        assertInvalid("unknown data segment 1", env, List.of(), 0xFC, 9, 1, 0x0B);
        env.dataCount = -1;
        assertThrows(MalformedModuleException.class, () -> valid(env, List.of(), List.of(), 0xFC, 9, 0, 0x0B));
    }

    // ---- SIMD

    @Test
    void simd_laneIndices_checked() {
        int[] shuffle = new int[2 + 16];
        shuffle[0] = 0xFD;
        shuffle[1] = 13;
        valid(TestEnv.create(), List.of(), List.of(I32), concat(v128(), new int[] {0xFD, 21, 15, 0x0B}));
        assertInvalid(
                "invalid lane index", TestEnv.create(), List.of(I32), concat(v128(), new int[] {0xFD, 21, 16, 0x0B}));
        shuffle[17] = 31;
        valid(TestEnv.create(), List.of(), List.of(ValType.V128), concat(v128(), v128(), shuffle, new int[] {0x0B}));
        shuffle[17] = 32;
        assertInvalid(
                "invalid lane index",
                TestEnv.create(),
                List.of(ValType.V128),
                concat(v128(), v128(), shuffle, new int[] {0x0B}));
    }

    private static int[] v128() {
        int[] r = new int[18];
        r[0] = 0xFD;
        r[1] = 12;
        return r;
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] r = new int[n];
        int i = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, r, i, p.length);
            i += p.length;
        }
        return r;
    }

    // ---- references

    @Test
    void refFunc_undeclared_rejected() {
        TestEnv env = TestEnv.create();
        env.func(List.of(), List.of());
        env.allRefsDeclared = false;
        assertInvalid("undeclared function reference", env, List.of(), 0xD2, 0, 0x1A, 0x0B);
    }

    @Test
    void typedFunctionReferences_callRefAndBrOnNull() {
        TestEnv env = TestEnv.create();
        int f = env.func(List.of(I32), List.of(I32));
        int t = env.funcTypeIndex(f);
        // i32.const 1 ; ref.func f ; call_ref t
        valid(env, List.of(), List.of(I32), 0x41, 1, 0xD2, f, 0x14, t, 0x0B);
        // block ; ref.null t ; br_on_null 0 ; drop ; end
        valid(env, List.of(), List.of(), 0x02, 0x40, 0xD0, t, 0xD5, 0, 0x1A, 0x0B, 0x0B);
        // ref.as_non_null of a number
        assertInvalid("type mismatch", env, List.of(), 0x41, 0, 0xD4, 0x1A, 0x0B);
    }

    @Test
    void refNull_hugeTypeIndex_unknownType() {
        assertInvalid("unknown type", TestEnv.create(), List.of(), 0xD0, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x1A, 0x0B);
        assertInvalid("unknown type", TestEnv.create(), List.of(), 0xD0, 0x05, 0x1A, 0x0B);
    }

    // ---- GC

    @Test
    void structs_fieldRules() {
        TestEnv env = TestEnv.create();
        int s = env.type(new StructType(List.of(new FieldType(PackedType.I8, false), new FieldType(I64, true))));
        // struct.new s (i32.const 1) (i64.const 2) ; struct.get_s s 0
        valid(env, List.of(), List.of(I32), 0x41, 1, 0x42, 2, 0xFB, 0, s, 0xFB, 3, s, 0, 0x0B);
        assertInvalid("type mismatch", env, List.of(I32), 0x41, 1, 0x42, 2, 0xFB, 0, s, 0xFB, 2, s, 0, 0x0B);
        assertInvalid("immutable field", env, List.of(), 0xD0, s, 0x41, 1, 0xFB, 5, s, 0, 0x0B);
        valid(env, List.of(), List.of(), 0xD0, s, 0x42, 1, 0xFB, 5, s, 1, 0x0B);
    }

    @Test
    void arrays_copyAndMutability() {
        TestEnv env = TestEnv.create();
        int mut = env.type(new ArrayType(new FieldType(I32, true)));
        int imm = env.type(new ArrayType(new FieldType(I32, false)));
        int other = env.type(new ArrayType(new FieldType(I64, true)));
        int[] copy = {0xD0, mut, 0x41, 0, 0xD0, imm, 0x41, 0, 0x41, 0, 0xFB, 17, mut, imm, 0x0B};
        valid(env, List.of(), List.of(), copy);
        copy[1] = imm;
        copy[12] = imm;
        assertInvalid("immutable array", env, List.of(), copy);
        int[] mismatch = {0xD0, mut, 0x41, 0, 0xD0, other, 0x41, 0, 0x41, 0, 0xFB, 17, mut, other, 0x0B};
        assertInvalid("array types do not match", env, List.of(), mismatch);
    }

    @Test
    void casts_subtypeRules() {
        TestEnv env = TestEnv.create();
        env.types.add(new io.wasm4j.core.SubType(false, List.of(), new StructType(List.of())));
        int sup = env.types.size() - 1;
        int sub = env.subType(sup, new StructType(List.of(new FieldType(I32, false))));
        // ref.null sup ; ref.cast (ref null sub) ; drop
        valid(env, List.of(), List.of(), 0xD0, sup, 0xFB, 23, sub, 0x1A, 0x0B);
        // a func reference cannot be cast to a struct type
        assertInvalid("type mismatch", env, List.of(), 0xD0, 0x70, 0xFB, 22, sub, 0x1A, 0x0B);
        // block (result (ref null sub)) ; ref.null sup ; br_on_cast 0 (ref null sup) (ref null sub) ; drop ; ref.null
        // sub ; end
        valid(
                env, List.of(), List.of(), 0x02, 0x63, sub, 0xD0, sup, 0xFB, 24, 3, 0, sup, sub, 0x1A, 0xD0, sub, 0x0B,
                0x1A, 0x0B);
        assertTrue(env.isSubtype(new TypeIndex(sub), new TypeIndex(sup)));
    }

    // ---- exceptions

    @Test
    void throw_tagParams_checked() {
        TestEnv env = TestEnv.create();
        int tt = env.type(new FuncType(List.of(I32), List.of()));
        env.tags.add(new TagType(tt));
        valid(env, List.of(), List.of(), 0x41, 1, 0x08, 0, 0x0B);
        assertEquals(
                "type mismatch: instruction requires [i32] but stack has []",
                invalid(env, List.of(), List.of(), 0x08, 0, 0x0B));
        assertInvalid("unknown tag 1", env, List.of(), 0x08, 1, 0x0B);
    }

    @Test
    void tryTable_catchLabelTypes_checked() {
        TestEnv env = TestEnv.create();
        int tt = env.type(new FuncType(List.of(I32), List.of()));
        env.tags.add(new TagType(tt));
        // block (result i32) ; try_table (catch 0 0) ; end ; i32.const 0 ; end
        valid(env, List.of(), List.of(I32), 0x02, 0x7F, 0x1F, 0x40, 1, 0, 0, 0, 0x0B, 0x41, 0, 0x0B, 0x0B);
        // catch_all to a label expecting i32
        assertInvalid("type mismatch", env, List.of(I32), 0x02, 0x7F, 0x1F, 0x40, 1, 2, 0, 0x0B, 0x41, 0, 0x0B, 0x0B);
    }

    @Test
    void legacyRethrow_outsideCatch_invalidRethrowLabel() {
        assertInvalid("invalid rethrow label", TestEnv.create(), List.of(), 0x09, 0, 0x0B);
        TestEnv env = TestEnv.create();
        // try ; catch_all ; rethrow 0 ; end
        valid(env, List.of(), List.of(), 0x06, 0x40, 0x19, 0x09, 0, 0x0B, 0x0B);
    }

    // ---- constant expressions

    @Test
    void constExpr_rules() {
        TestEnv env = TestEnv.create().global(I32, false).global(I32, true);
        byte[] ok = CodeSyntaxTest.bytes(0x23, 0, 0x41, 1, 0x6A, 0x0B);
        CodeValidator.validateConstExpr(env, ok, 0, ok.length, I32, 1);
        byte[] mutable = CodeSyntaxTest.bytes(0x23, 1, 0x0B);
        assertTrue(assertThrows(
                        InvalidModuleException.class, () -> CodeValidator.validateConstExpr(env, mutable, 0, 3, I32, 2))
                .reason()
                .contains("constant expression required"));
        assertTrue(assertThrows(
                        InvalidModuleException.class, () -> CodeValidator.validateConstExpr(env, mutable, 0, 3, I32, 1))
                .reason()
                .contains("unknown global"));
        byte[] nop = CodeSyntaxTest.bytes(0x01, 0x41, 0, 0x0B);
        assertTrue(assertThrows(
                        InvalidModuleException.class, () -> CodeValidator.validateConstExpr(env, nop, 0, 4, I32, 0))
                .reason()
                .contains("constant expression required"));
        byte[] wrong = CodeSyntaxTest.bytes(0x42, 0, 0x0B);
        assertTrue(assertThrows(
                        InvalidModuleException.class, () -> CodeValidator.validateConstExpr(env, wrong, 0, 3, I32, 0))
                .reason()
                .contains("type mismatch"));
    }
}
