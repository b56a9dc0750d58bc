package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.MethodVisitor;

/**
 * Memory instructions. Loads and stores are inline {@code MemorySegment} accesses at a {@code long}
 * offset on the segment hoisted into a local (memory 0; re-read after calls and {@code memory.grow}); an
 * access out of bounds throws {@link IndexOutOfBoundsException}, which the function boundary turns into the
 * {@code out of bounds memory access} trap.
 */
final class MemoryEmitter {
    private static final String SEG = "java/lang/foreign/MemorySegment";
    private static final String LAYOUTS = "io/wasm4j/backend/bytecode/internal/Layouts";
    private static final String SEG_DESC = "L" + SEG + ";";

    private MemoryEmitter() {}

    static boolean emit(FuncCompiler c, Opcode op) {
        if (helper(c, op)) {
            return true;
        }
        switch (op) {
            case I32_LOAD -> load(c, "I32", "OfInt", "I", Kinds.I, null);
            case I64_LOAD -> load(c, "I64", "OfLong", "J", Kinds.J, null);
            case F32_LOAD -> load(c, "F32", "OfFloat", "F", Kinds.F, null);
            case F64_LOAD -> load(c, "F64", "OfDouble", "D", Kinds.D, null);
            case I32_LOAD8_S -> load(c, "I8", "OfByte", "B", Kinds.I, null);
            case I32_LOAD8_U -> load(c, "I8", "OfByte", "B", Kinds.I, "FF");
            case I32_LOAD16_S -> load(c, "I16", "OfShort", "S", Kinds.I, null);
            case I32_LOAD16_U -> load(c, "I16", "OfShort", "S", Kinds.I, "FFFF");
            case I64_LOAD8_S -> load(c, "I8", "OfByte", "B", Kinds.J, "L");
            case I64_LOAD8_U -> load(c, "I8", "OfByte", "B", Kinds.J, "FF");
            case I64_LOAD16_S -> load(c, "I16", "OfShort", "S", Kinds.J, "L");
            case I64_LOAD16_U -> load(c, "I16", "OfShort", "S", Kinds.J, "FFFF");
            case I64_LOAD32_S -> load(c, "I32", "OfInt", "I", Kinds.J, "L");
            case I64_LOAD32_U -> load(c, "I32", "OfInt", "I", Kinds.J, "U");
            case I32_STORE -> store(c, "I32", "OfInt", "I", false);
            case I64_STORE -> store(c, "I64", "OfLong", "J", false);
            case F32_STORE -> store(c, "F32", "OfFloat", "F", false);
            case F64_STORE -> store(c, "F64", "OfDouble", "D", false);
            case I32_STORE8 -> store(c, "I8", "OfByte", "B", false);
            case I32_STORE16 -> store(c, "I16", "OfShort", "S", false);
            case I64_STORE8 -> store(c, "I8", "OfByte", "B", true);
            case I64_STORE16 -> store(c, "I16", "OfShort", "S", true);
            case I64_STORE32 -> store(c, "I32", "OfInt", "I", true);
            case MEMORY_SIZE -> {
                int m = c.r.readU32();
                c.iconst(m);
                c.loadInst();
                c.rt("memSize", "(I" + INST_DESC + ")J");
                pushAddress(c, m);
            }
            case MEMORY_GROW -> {
                int m = c.r.readU32();
                c.loadOperands(1, 1);
                c.iconst(m);
                c.loadInst();
                c.rt("memGrow", "(JI" + INST_DESC + ")J");
                pushAddress(c, m);
                c.reloadSegment();
            }
            case MEMORY_FILL -> {
                int m = c.r.readU32();
                c.loadOperands(3, 0b101);
                c.iconst(m);
                c.loadInst();
                c.rt("memFill", "(JIJI" + INST_DESC + ")V");
            }
            case MEMORY_COPY -> {
                int dm = c.r.readU32();
                int sm = c.r.readU32();
                // the length is i64 only when both memories are 64-bit
                c.loadOperands(3, 0b111);
                c.iconst(dm);
                c.iconst(sm);
                c.loadInst();
                c.rt("memCopy", "(JJJII" + INST_DESC + ")V");
            }
            case MEMORY_INIT -> {
                int d = c.r.readU32();
                int m = c.r.readU32();
                c.loadOperands(3, 0b001);
                c.iconst(m);
                c.iconst(d);
                c.loadInst();
                c.rt("memInit", "(JIIII" + INST_DESC + ")V");
            }
            case DATA_DROP -> {
                int d = c.r.readU32();
                c.iconst(d);
                c.loadInst();
                c.rt("dataDrop", "(I" + INST_DESC + ")V");
            }
            case ATOMIC_FENCE -> c.r.readByte();
            default -> {
                if (op.prefix() != 0xFE) {
                    return false;
                }
                atomic(c, op);
            }
        }
        return true;
    }

    /**
     * A load or store of a 32-bit memory: a call of its {@link Mem} method with the operands as they are on
     * the JVM stack, the segment and the offset. Returns false for other instructions and memory64.
     */
    private static boolean helper(FuncCompiler c, Opcode op) {
        String name = helperName(op);
        if (name == null) {
            return false;
        }
        int start = c.r.position();
        c.r.readMemarg();
        int memory = c.r.memargMemory();
        if (is64(c, memory)) {
            c.r.position(start);
            return false;
        }
        int offset = (int) c.r.memargOffset();
        boolean load = op.resultTypes().size() == 1;
        String desc;
        if (load) {
            c.need(1);
            c.pop(1);
            desc = "(I" + SEG_DESC + "I)" + Kinds.desc(Kinds.of(op.resultTypes().getFirst()));
        } else {
            c.need(2);
            desc = "(I" + Kinds.desc(c.topKind()) + SEG_DESC + "I)V";
            c.pop(2);
        }
        segment(c, memory);
        c.iconst(offset);
        c.mv.visitMethodInsn(INVOKESTATIC, "io/wasm4j/backend/bytecode/internal/Mem", name, desc, false);
        if (load) {
            c.push(Kinds.of(op.resultTypes().getFirst()));
        }
        return true;
    }

    /** {@code I32_LOAD8_U} → {@code i32Load8U}; null for instructions that are not plain loads and stores. */
    private static String helperName(Opcode op) {
        if (op.prefix() != 0 || op.immediates() != io.wasm4j.core.code.ImmediateKind.MEMARG) {
            return null;
        }
        String[] parts = op.name().split("_");
        if (!parts[1].startsWith("LOAD") && !parts[1].startsWith("STORE")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(java.util.Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            sb.append(parts[i].charAt(0)).append(parts[i].substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    /** An atomic access: address and up to two operands (widened to long) into {@link AtomicOps#exec}. */
    private static void atomic(FuncCompiler c, Opcode op) {
        MethodVisitor mv = c.mv;
        c.r.readMemarg();
        int memory = c.r.memargMemory();
        long offset = c.r.memargOffset();
        int n = op.operandTypes().size();
        c.spillAll();
        int base = c.height - n - 1;
        c.loadHome(base);
        int addr = effectiveAddress(c, memory, offset);
        segment(c, memory);
        mv.visitVarInsn(LLOAD, addr);
        for (int i = 0; i < 2; i++) {
            if (i < n) {
                c.loadHome(base + 1 + i);
                if (c.kinds[base + 1 + i] == Kinds.I) {
                    mv.visitInsn(I2L);
                }
            } else {
                mv.visitInsn(LCONST_0);
            }
        }
        c.pop(n + 1);
        c.iconst(c.w.memoryType(memory).shared() ? 1 : 0);
        mv.visitFieldInsn(GETSTATIC, "io/wasm4j/core/code/Opcode", op.name(), "Lio/wasm4j/core/code/Opcode;");
        mv.visitMethodInsn(
                INVOKESTATIC,
                "io/wasm4j/backend/bytecode/internal/AtomicOps",
                "exec",
                "(Ljava/lang/foreign/MemorySegment;JJJZLio/wasm4j/core/code/Opcode;)J",
                false);
        if (op.resultTypes().isEmpty()) {
            mv.visitInsn(POP2);
        } else if (Kinds.of(op.resultTypes().getFirst()) == Kinds.I) {
            mv.visitInsn(L2I);
            c.push(Kinds.I);
        } else {
            c.push(Kinds.J);
        }
    }

    private static boolean is64(FuncCompiler c, int memory) {
        return c.w.memoryType(memory).addressType() == AddressType.I64;
    }

    private static void pushAddress(FuncCompiler c, int memory) {
        if (is64(c, memory)) {
            c.push(Kinds.J);
        } else {
            c.mv.visitInsn(L2I);
            c.push(Kinds.I);
        }
    }

    /** Turns the address on top of the JVM stack into the effective long offset and stores it in a temp. */
    static int effectiveAddress(FuncCompiler c, int memory, long offset) {
        MethodVisitor mv = c.mv;
        if (is64(c, memory)) {
            if (offset != 0) {
                c.lconst(offset);
                c.rt("ea64", "(JJ)J");
            }
        } else {
            c.u32ToLong();
            if (offset != 0) {
                c.lconst(offset);
                mv.visitInsn(LADD);
            }
        }
        int tmp = c.temp(Kinds.COUNT);
        mv.visitVarInsn(LSTORE, tmp);
        return tmp;
    }

    static void segment(FuncCompiler c, int memory) {
        if (memory == 0) {
            c.mv.visitVarInsn(ALOAD, c.segSlot);
        } else {
            c.iconst(memory);
            c.loadInst();
            c.rt("segment", "(I" + INST_DESC + ")Ljava/lang/foreign/MemorySegment;");
        }
    }

    private static void load(FuncCompiler c, String layout, String layoutType, String jvm, int kind, String post) {
        c.r.readMemarg();
        int memory = c.r.memargMemory();
        long offset = c.r.memargOffset();
        MethodVisitor mv = c.mv;
        c.need(1);
        int addr = effectiveAddress(c, memory, offset);
        c.pop(1);
        segment(c, memory);
        mv.visitFieldInsn(GETSTATIC, LAYOUTS, layout, "Ljava/lang/foreign/ValueLayout$" + layoutType + ";");
        mv.visitVarInsn(LLOAD, addr);
        mv.visitMethodInsn(
                INVOKEINTERFACE, SEG, "get", "(Ljava/lang/foreign/ValueLayout$" + layoutType + ";J)" + jvm, true);
        if (post != null) {
            switch (post) {
                case "FF" -> {
                    c.iconst(0xFF);
                    mv.visitInsn(IAND);
                }
                case "FFFF" -> c.iconst(0xFFFF);
                default -> {}
            }
            if (post.equals("FFFF")) {
                mv.visitInsn(IAND);
            }
            if (kind == Kinds.J) {
                if (post.equals("U")) {
                    c.u32ToLong();
                } else {
                    mv.visitInsn(I2L);
                }
            }
        }
        c.push(kind);
    }

    private static void store(FuncCompiler c, String layout, String layoutType, String jvm, boolean wrap) {
        c.r.readMemarg();
        int memory = c.r.memargMemory();
        long offset = c.r.memargOffset();
        MethodVisitor mv = c.mv;
        c.need(2);
        int valueKind = c.topKind();
        if (wrap) {
            mv.visitInsn(L2I);
            valueKind = Kinds.I;
        }
        int value = c.temp(valueKind);
        mv.visitVarInsn(Kinds.store(valueKind), value);
        int addr = effectiveAddress(c, memory, offset);
        c.pop(2);
        segment(c, memory);
        mv.visitFieldInsn(GETSTATIC, LAYOUTS, layout, "Ljava/lang/foreign/ValueLayout$" + layoutType + ";");
        mv.visitVarInsn(LLOAD, addr);
        mv.visitVarInsn(Kinds.load(valueKind), value);
        mv.visitMethodInsn(
                INVOKEINTERFACE, SEG, "set", "(Ljava/lang/foreign/ValueLayout$" + layoutType + ";J" + jvm + ")V", true);
    }
}
