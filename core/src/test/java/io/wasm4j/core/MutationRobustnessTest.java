package io.wasm4j.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Randomly damaged modules must be rejected with a module format exception, never anything else. */
final class MutationRobustnessTest {

    @Test
    void decodeAndValidate_mutatedCodeHeavyModules_throwOnlyFormatExceptions() {
        mutate(LargeModuleGenerator.generate(3_000, 3), 11);
    }

    @Test
    void decodeAndValidate_mutatedDeclarationHeavyModules_throwOnlyFormatExceptions() {
        WasmBuilder types = WasmBuilder.bytes()
                .u32(4)
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
                .raw(0x64, 0x6B, 1)
                .raw(0x60, 1, 0x7F, 1, 0x7F)
                .raw(0x60, 0, 0);
        WasmBuilder elems = WasmBuilder.bytes()
                .u32(4)
                .u32(0)
                .raw(0x41, 0, 0x0B)
                .u32(1)
                .u32(0)
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
                .raw(0xD2, 1, 0x0B)
                .u32(3)
                .raw(0)
                .u32(1)
                .u32(1);
        byte[] base = WasmBuilder.module()
                .section(1, types)
                .section(
                        2,
                        WasmBuilder.bytes()
                                .u32(2)
                                .name("m")
                                .name("f")
                                .raw(0)
                                .u32(3)
                                .name("m")
                                .name("g")
                                .raw(3, 0x63, 0, 0))
                .section(3, WasmBuilder.bytes().u32(2).u32(3).u32(4))
                .section(
                        4,
                        WasmBuilder.bytes()
                                .u32(2)
                                .raw(0x70, 0, 4)
                                .raw(0x40, 0, 0x64, 0x70, 0, 1)
                                .raw(0xD2, 1, 0x0B))
                .section(5, WasmBuilder.bytes().u32(1).raw(5, 1, 2))
                .section(13, WasmBuilder.bytes().u32(1).raw(0).u32(4))
                .section(
                        6,
                        WasmBuilder.bytes()
                                .u32(2)
                                .raw(0x63, 0, 0)
                                .raw(0x23, 0, 0x0B)
                                .raw(0x6E, 0)
                                .raw(0x41, 5, 0xFB, 28, 0x0B))
                .section(
                        7,
                        WasmBuilder.bytes()
                                .u32(2)
                                .name("f")
                                .raw(0)
                                .u32(1)
                                .name("t")
                                .raw(4)
                                .u32(0))
                .section(8, WasmBuilder.bytes().u32(2))
                .section(9, elems)
                .section(12, WasmBuilder.bytes().u32(1))
                .section(10, WasmBuilder.bytes().u32(2).raw(4, 0, 0x20, 0, 0x0B).raw(2, 0, 0x0B))
                .section(11, WasmBuilder.bytes().u32(1).u32(1).u32(3).raw(1, 2, 3))
                .custom(
                        "name",
                        WasmBuilder.bytes()
                                .section(1, WasmBuilder.bytes().u32(1).u32(0).name("f")))
                .build();
        WasmModule.decode(base).validate();
        mutate(base, 12);
    }

    private static void mutate(byte[] base, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int count = Integer.getInteger("wasm4j.mutations", 5_000);
        for (int i = 0; i < count; i++) {
            byte[] b = base.clone();
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = 8 + rnd.nextInt(b.length - 8);
                b[at] = switch (rnd.nextInt(4)) {
                    case 0 -> (byte) rnd.nextInt(256);
                    case 1 -> (byte) (b[at] ^ (1 << rnd.nextInt(8)));
                    case 2 -> (byte) 0xFF;
                    default -> (byte) 0x80;
                };
            }
            if (rnd.nextInt(10) == 0) {
                b = java.util.Arrays.copyOf(b, 8 + rnd.nextInt(b.length - 8));
            }
            try {
                WasmModule.decode(b).validate();
            } catch (ModuleFormatException expected) {
                // fine
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpected) {
                StringBuilder hex = new StringBuilder();
                for (byte x : java.util.Arrays.copyOf(b, Math.min(b.length, 300))) {
                    hex.append(String.format("%02x", x));
                }
                throw new AssertionError("mutation " + i + " (" + hex + ") threw " + unexpected, unexpected);
            }
        }
        if (base.length < 100) {
            fail("generator produced a tiny module");
        }
    }
}
