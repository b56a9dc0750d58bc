package io.wasm4j.it.diff;

import static io.wasm4j.it.diff.RandomModuleGenerator.F32;
import static io.wasm4j.it.diff.RandomModuleGenerator.I32;
import static io.wasm4j.it.diff.RandomModuleGenerator.I64;

/** Loads, stores and {@code memory.grow} at addresses in bounds, at the edges and out of bounds. */
final class MemoryOps {
    private MemoryOps() {}

    /** {opcode, access size in bytes} per result type. */
    private static final int[][] I32_LOADS = {{0x28, 4}, {0x2C, 1}, {0x2D, 1}, {0x2E, 2}, {0x2F, 2}};

    private static final int[][] I64_LOADS = {
        {0x29, 8}, {0x30, 1}, {0x31, 1}, {0x32, 2}, {0x33, 2}, {0x34, 4}, {0x35, 4}
    };
    private static final int[][] I32_STORES = {{0x36, 4}, {0x3A, 1}, {0x3B, 2}};
    private static final int[][] I64_STORES = {{0x37, 8}, {0x3C, 1}, {0x3D, 2}, {0x3E, 4}};

    static void load(FuncGenerator g, int t) {
        int[] op = pick(g, t, true);
        address(g);
        g.out.u8(op[0]);
        memarg(g, op[1]);
    }

    static void store(FuncGenerator g) {
        int t = RandomModuleGenerator.NUM_TYPES[g.rnd.nextInt(4)];
        int[] op = pick(g, t, false);
        address(g);
        g.expr(t, 3);
        g.out.u8(op[0]);
        memarg(g, op[1]);
    }

    static void grow(FuncGenerator g) {
        if (g.rnd.nextInt(10) < 7) {
            g.out.u8(0x41);
            g.out.s64(g.rnd.nextInt(3));
        } else {
            g.expr(I32, 1);
        }
        g.out.u8(0x40);
        g.out.u8(0x00);
    }

    /** {@code memory.fill} or {@code memory.copy} of up to 300 bytes (sometimes out of bounds). */
    static void bulk(FuncGenerator g) {
        boolean fill = g.rnd.nextBoolean();
        address(g);
        if (fill) {
            g.expr(I32, 1);
        } else {
            address(g);
        }
        g.out.u8(0x41);
        g.out.s64(g.rnd.nextInt(10) == 0 ? 70000 : g.rnd.nextInt(300));
        g.out.u8(0xFC);
        if (fill) {
            g.out.u32(11);
            g.out.u8(0x00);
        } else {
            g.out.u32(10);
            g.out.u8(0x00);
            g.out.u8(0x00);
        }
    }

    private static int[] pick(FuncGenerator g, int t, boolean load) {
        int[][] ops = switch (t) {
            case I32 -> load ? I32_LOADS : I32_STORES;
            case I64 -> load ? I64_LOADS : I64_STORES;
            case F32 -> new int[][] {{load ? 0x2A : 0x38, 4}};
            default -> new int[][] {{load ? 0x2B : 0x39, 8}};
        };
        return ops[g.rnd.nextInt(ops.length)];
    }

    private static void address(FuncGenerator g) {
        int r = g.rnd.nextInt(20);
        if (r < 8) {
            g.out.u8(0x41);
            g.out.s64(g.rnd.nextInt(300));
        } else if (r < 14) {
            g.expr(I32, 2);
            g.out.u8(0x41);
            g.out.s64(0x3FFF);
            g.out.u8(0x71);
        } else if (r < 17) {
            int a = switch (g.rnd.nextInt(4)) {
                case 0 -> 65536 - g.rnd.nextInt(12);
                case 1 -> 2 * 65536 - g.rnd.nextInt(12);
                case 2 -> 3 * 65536 + g.rnd.nextInt(-12, 12);
                default -> g.rnd.nextBoolean() ? -g.rnd.nextInt(1, 16) : g.rnd.nextInt();
            };
            g.out.u8(0x41);
            g.out.s64(a);
        } else {
            g.expr(I32, 2);
        }
    }

    private static void memarg(FuncGenerator g, int size) {
        int maxAlign = Integer.numberOfTrailingZeros(size);
        g.out.u32(g.rnd.nextInt(maxAlign + 1));
        int r = g.rnd.nextInt(20);
        long offset = r < 14 ? 0 : r < 19 ? g.rnd.nextInt(70) : g.rnd.nextBoolean() ? 65535 : 0xFFFF_FFFFL;
        g.out.u32(offset);
    }
}
