package io.wasm4j.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validates about 20 MB of code in one go: side tables stay right at scale. Speed is measured by the
 * {@code DecodeThroughput} main in core's tests, never asserted here.
 */
final class LargeCodeValidationTest {

    private static final int[] UNIT = {
        0x20,
        0,
        0x20,
        1,
        0x6A,
        0x21,
        2, // local.get 0 local.get 1 i32.add local.set 2
        0x20,
        2,
        0x41,
        5,
        0x48,
        0x0D,
        0, // local.get 2 i32.const 5 i32.lt_s br_if 0
        0x20,
        0,
        0x28,
        2,
        4,
        0x1A, // local.get 0 i32.load offset=4 drop
        0x02,
        0x40,
        0x20,
        2,
        0x04,
        0x40,
        0x01,
        0x05,
        0x01,
        0x0B,
        0x0B, // block if nop else nop end end
        0x42,
        1,
        0x42,
        2,
        0x7C,
        0x1A // i64.const 1 i64.const 2 i64.add drop
    };

    @Test
    void validateFunction_20MegabytesOfCode_givesConsistentSideTables() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int units = 60;
        int functions = 20_000_000 / (UNIT.length * units + 5);
        int[] starts = new int[functions];
        int[] ends = new int[functions];
        for (int f = 0; f < functions; f++) {
            starts[f] = out.size();
            out.write(0x03); // loop
            out.write(0x40);
            for (int u = 0; u < units; u++) {
                for (int b : UNIT) {
                    out.write(b);
                }
            }
            out.write(0x0B);
            out.write(0x20);
            out.write(2);
            out.write(0x0B);
            ends[f] = out.size();
        }
        byte[] bytes = out.toByteArray();
        TestEnv env = TestEnv.create().memory(AddressType.I32);
        int type = env.type(new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)));
        ValType[] locals = {ValType.I32, ValType.I32, ValType.I32};
        for (int f = 0; f < functions; f++) {
            var code = CodeValidator.validateFunction(env, bytes, starts[f], ends[f], type, locals);
            assertEquals(1 + 2 * units, code.blockCount(), "loop + one block and one if per unit");
            assertEquals(2, code.maxStackHeight());
        }
    }
}
