package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.INST;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.AddressType;
import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.MethodVisitor;

/** Globals, tables and the reference instructions of the reference-types and function-references proposals. */
final class TableEmitter {
    private static final String GLOBAL = "io/wasm4j/spi/WasmGlobal";
    private static final String[] GET = {"getInt", "getLong", "getFloat", "getDouble", "getRef", "getV128"};
    private static final String[] SET = {"setInt", "setLong", "setFloat", "setDouble", "setRef", "setV128"};

    private TableEmitter() {}

    static boolean emit(FuncCompiler c, Opcode op, int pc) {
        MethodVisitor mv = c.mv;
        switch (op) {
            case GLOBAL_GET -> {
                int g = c.r.readU32();
                int k = Kinds.of(c.w.globalType(g).valType());
                loadGlobal(c, g);
                mv.visitMethodInsn(INVOKEVIRTUAL, GLOBAL, GET[k], "()" + Kinds.desc(k), false);
                c.push(k);
            }
            case GLOBAL_SET -> {
                int g = c.r.readU32();
                int k = c.topKind();
                c.need(1);
                int tmp = c.temp(k);
                mv.visitVarInsn(Kinds.store(k), tmp);
                c.pop(1);
                loadGlobal(c, g);
                mv.visitVarInsn(Kinds.load(k), tmp);
                mv.visitMethodInsn(INVOKEVIRTUAL, GLOBAL, SET[k], "(" + Kinds.desc(k) + ")V", false);
            }
            case TABLE_GET -> {
                int t = c.r.readU32();
                c.loadOperands(1, 1);
                tail(c, t, "tableGet", "(JI" + INST_DESC + ")Ljava/lang/Object;");
                c.push(Kinds.A);
            }
            case TABLE_SET -> {
                int t = c.r.readU32();
                c.loadOperands(2, 0b01);
                tail(c, t, "tableSet", "(JLjava/lang/Object;I" + INST_DESC + ")V");
            }
            case TABLE_SIZE -> {
                int t = c.r.readU32();
                tail(c, t, "tableSize", "(I" + INST_DESC + ")J");
                pushSize(c, t);
            }
            case TABLE_GROW -> {
                int t = c.r.readU32();
                c.loadOperands(2, 0b10);
                tail(c, t, "tableGrow", "(Ljava/lang/Object;JI" + INST_DESC + ")J");
                pushSize(c, t);
            }
            case TABLE_FILL -> {
                int t = c.r.readU32();
                c.loadOperands(3, 0b101);
                tail(c, t, "tableFill", "(JLjava/lang/Object;JI" + INST_DESC + ")V");
            }
            case TABLE_COPY -> {
                int dt = c.r.readU32();
                int st = c.r.readU32();
                c.loadOperands(3, 0b111);
                c.iconst(dt);
                c.iconst(st);
                c.loadInst();
                c.rt("tableCopy", "(JJJII" + INST_DESC + ")V");
            }
            case TABLE_INIT -> {
                int e = c.r.readU32();
                int t = c.r.readU32();
                c.loadOperands(3, 0b001);
                c.iconst(t);
                c.iconst(e);
                c.loadInst();
                c.rt("tableInit", "(JIIII" + INST_DESC + ")V");
            }
            case ELEM_DROP -> {
                int e = c.r.readU32();
                c.iconst(e);
                c.loadInst();
                c.rt("elemDrop", "(I" + INST_DESC + ")V");
            }
            case REF_NULL -> {
                c.r.readHeapType();
                mv.visitInsn(ACONST_NULL);
                c.push(Kinds.A);
            }
            case REF_IS_NULL -> {
                c.need(1);
                c.rt("isNull", "(Ljava/lang/Object;)I");
                c.pop(1);
                c.push(Kinds.I);
            }
            case REF_AS_NON_NULL -> {
                c.need(1);
                c.rt("nonNull", "(Ljava/lang/Object;)Ljava/lang/Object;");
            }
            case REF_EQ -> {
                c.need(2);
                mv.visitMethodInsn(
                        INVOKESTATIC, "io/wasm4j/spi/Refs", "refEq", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                c.pop(2);
                c.push(Kinds.I);
            }
            case BR_ON_NULL -> {
                c.r.readU32();
                int t = c.fc.branchFirstTarget(c.fc.branchAt(pc));
                c.spillAll();
                c.loadHome(c.height - 1);
                c.pop(1);
                c.conditionalBranch(IFNONNULL, t);
                c.push(Kinds.A);
                c.jvmBase = c.height;
            }
            case BR_ON_NON_NULL -> {
                c.r.readU32();
                int t = c.fc.branchFirstTarget(c.fc.branchAt(pc));
                c.spillAll();
                c.loadHome(c.height - 1);
                c.conditionalBranch(IFNULL, t);
                c.pop(1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void loadGlobal(FuncCompiler c, int g) {
        c.loadInst();
        c.mv.visitFieldInsn(GETFIELD, INST, "globals", "[L" + GLOBAL + ";");
        c.iconst(g);
        c.mv.visitInsn(AALOAD);
    }

    private static void tail(FuncCompiler c, int table, String name, String desc) {
        c.iconst(table);
        c.loadInst();
        c.rt(name, desc);
    }

    private static void pushSize(FuncCompiler c, int table) {
        if (c.w.tableType(table).addressType() == AddressType.I64) {
            c.push(Kinds.J);
        } else {
            c.mv.visitInsn(L2I);
            c.push(Kinds.I);
        }
    }
}
