package io.wasm4j.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.ValType;
import io.wasm4j.core.code.FunctionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SideTableTest {

    @Test
    void blocksAndBranches_offsetsArityHeights() {
        FunctionCode code = CodeValidatorTest.valid(
                TestEnv.create(),
                List.of(),
                List.of(ValType.I32),
                0x02,
                0x7F, // 0: block (result i32)
                0x03,
                0x40, // 2: loop
                0x41,
                0x01, // 4: i32.const 1
                0x0D,
                0x00, // 6: br_if 0 (the loop)
                0x0B, // 8: end loop
                0x41,
                0x02, // 9: i32.const 2
                0x0C,
                0x00, // 11: br 0 (the block)
                0x0B, // 13: end block
                0x0B); // 14: end function
        assertEquals(2, code.blockCount());
        assertEquals(0, code.blockAt(0));
        assertEquals(1, code.blockAt(2));
        assertEquals(-1, code.blockAt(4));
        assertEquals(13, code.blockEnd(0));
        assertEquals(8, code.blockEnd(1));
        assertEquals(4, code.blockBodyStart(1));
        assertEquals(List.of(ValType.I32), code.blockType(0).results());
        assertEquals(-1, code.blockElse(0));
        assertEquals(1, code.maxStackHeight());
        assertEquals(15, code.bodyEnd());

        assertEquals(2, code.branchCount());
        int brIf = code.branchAt(6);
        int t = code.branchFirstTarget(brIf);
        assertEquals(1, code.branchTargetCount(brIf));
        assertEquals(4, code.targetPc(t)); // loop: its first body instruction
        assertEquals(0, code.targetArity(t));
        assertEquals(1, code.targetBlock(t));
        int br = code.branchAt(11);
        t = code.branchFirstTarget(br);
        assertEquals(14, code.targetPc(t)); // block: after its end
        assertEquals(1, code.targetArity(t));
        assertEquals(0, code.targetHeight(t));
    }

    @Test
    void brTableAndIf_targetsInOrder() {
        FunctionCode code = CodeValidatorTest.valid(
                TestEnv.create(),
                List.of(ValType.I32),
                List.of(),
                0x41,
                0x07, // 0: i32.const 7 (stays below the block)
                0x02,
                0x40, // 2: block
                0x20,
                0x00, // 4: local.get 0
                0x04,
                0x40, // 6: if
                0x20,
                0x00, // 8: local.get 0
                0x0E,
                0x01,
                0x00,
                0x01, // 10: br_table 0 1 (if, block)
                0x05, // 14: else
                0x0F, // 15: return
                0x0B, // 16: end if
                0x0B, // 17: end block
                0x1A, // 18: drop
                0x0B); // 19
        int b = code.blockAt(6);
        assertEquals(14, code.blockElse(b));
        assertEquals(16, code.blockEnd(b));
        assertEquals(1, code.blockHeight(b));
        int br = code.branchAt(10);
        assertEquals(2, code.branchTargetCount(br));
        int t = code.branchFirstTarget(br);
        assertEquals(17, code.targetPc(t));
        assertEquals(18, code.targetPc(t + 1));
        assertEquals(1, code.targetHeight(t + 1));
        int ret = code.branchAt(15);
        assertEquals(20, code.targetPc(code.branchFirstTarget(ret)));
        assertEquals(-1, code.targetBlock(code.branchFirstTarget(ret)));
    }

    @Test
    void legacyTry_catchesAndDelegate_recorded() {
        TestEnv env = TestEnv.create();
        int tt = env.type(new io.wasm4j.core.FuncType(List.of(ValType.I64), List.of()));
        env.tags.add(new io.wasm4j.core.TagType(tt));
        FunctionCode code = CodeValidatorTest.valid(
                env, List.of(), List.of(), 0x06, 0x40, // 0: try
                0x06, 0x40, // 2: try
                0x18, 0x00, // 4: delegate 0 (the outer try)
                0x07, 0x00, // 6: catch 0
                0x1A, // 8: drop
                0x19, // 9: catch_all
                0x09, 0x00, // 10: rethrow 0
                0x0B, // 12: end
                0x0B); // 13
        assertEquals(2, code.catchCount());
        assertEquals(6, code.catchOffset(0));
        assertEquals(0, code.catchTag(0));
        assertEquals(-1, code.catchTag(1));
        assertEquals(6, code.blockElse(0));
        assertEquals(4, code.blockEnd(1));
        int d = code.branchAt(4);
        assertEquals(0, code.targetBlock(code.branchFirstTarget(d)));
        assertEquals(13, code.targetPc(code.branchFirstTarget(d)));
        int r = code.branchAt(10);
        assertEquals(0, code.targetBlock(code.branchFirstTarget(r)));
    }

    @Test
    void legacyTry_mismatches_spec_messages() {
        TestEnv env = TestEnv.create();
        int tt = env.type(new io.wasm4j.core.FuncType(List.of(ValType.I64), List.of()));
        env.tags.add(new io.wasm4j.core.TagType(tt));
        assertEquals(
                "type mismatch: instruction requires [i32] but stack has [i64]",
                CodeValidatorTest.invalid(
                        env, List.of(), List.of(ValType.I32), 0x06, 0x7F, 0x41, 42, 0x07, 0, 0x0B, 0x0B));
        assertEquals(
                "type mismatch: block requires [] but stack has [i32]",
                CodeValidatorTest.invalid(env, List.of(), List.of(), 0x06, 0x40, 0x19, 0x41, 42, 0x0B, 0x0B));
        assertEquals(
                "unknown label 1", CodeValidatorTest.invalid(env, List.of(), List.of(), 0x06, 0x40, 0x18, 1, 0x0B));
    }
}
