package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.A;
import static io.wasm4j.backend.bytecode.internal.Kinds.I;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.ArrayType;
import io.wasm4j.core.HeapType;
import io.wasm4j.core.PackedType;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.StructType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.Opcode;
import org.objectweb.asm.MethodVisitor;

/** The GC instructions: calls into {@link Gc} with boxed field and element values. */
final class GcEmitter {
    private static final String GC = "io/wasm4j/backend/bytecode/internal/Gc";
    private static final String O = "Ljava/lang/Object;";

    private GcEmitter() {}

    private static void gc(FuncCompiler c, String name, String desc) {
        c.mv.visitMethodInsn(INVOKESTATIC, GC, name, desc, false);
    }

    private static StorageType structField(FuncCompiler c, int type, int field) {
        return ((StructType) c.w.type(type).composite()).fields().get(field).storage();
    }

    private static StorageType element(FuncCompiler c, int type) {
        return ((ArrayType) c.w.type(type).composite()).element().storage();
    }

    private static int bits(StorageType s) {
        return s == PackedType.I8 ? 8 : 16;
    }

    /** Spills and builds an Object[] of the top {@code n} values, boxed; pops them. */
    static void boxArray(FuncCompiler c, int n) {
        c.spillAll();
        c.iconst(n);
        c.mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < n; i++) {
            c.mv.visitInsn(DUP);
            c.iconst(i);
            c.loadHome(c.height - n + i);
            Kinds.box(c.mv, c.kinds[c.height - n + i]);
            c.mv.visitInsn(AASTORE);
        }
        c.pop(n);
    }

    private static void unboxTo(FuncCompiler c, StorageType s) {
        int k = Kinds.of((ValType) s);
        Kinds.unbox(c.mv, k);
        c.push(k);
    }

    static boolean emit(FuncCompiler c, Opcode op, int pc) {
        MethodVisitor mv = c.mv;
        switch (op) {
            case STRUCT_NEW -> {
                int t = c.r.readU32();
                boxArray(c, ((StructType) c.w.type(t).composite()).fields().size());
                c.iconst(t);
                c.loadInst();
                gc(c, "structNew", "([Ljava/lang/Object;I" + INST_DESC + ")" + O);
                c.push(A);
            }
            case STRUCT_NEW_DEFAULT -> {
                int t = c.r.readU32();
                c.iconst(t);
                c.loadInst();
                gc(c, "structNewDefault", "(I" + INST_DESC + ")" + O);
                c.push(A);
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U -> {
                int t = c.r.readU32();
                int f = c.r.readU32();
                c.need(1);
                c.iconst(f);
                c.pop(1);
                StorageType s = structField(c, t, f);
                if (op == Opcode.STRUCT_GET) {
                    gc(c, "structGet", "(" + O + "I)" + O);
                    unboxTo(c, s);
                } else {
                    c.iconst(bits(s));
                    c.iconst(op == Opcode.STRUCT_GET_S ? 1 : 0);
                    gc(c, "structGetPacked", "(" + O + "IIZ)I");
                    c.push(I);
                }
            }
            case STRUCT_SET -> {
                c.r.readU32();
                int f = c.r.readU32();
                c.need(2);
                Kinds.box(mv, c.topKind());
                c.iconst(f);
                gc(c, "structSet", "(" + O + O + "I)V");
                c.pop(2);
            }
            case ARRAY_NEW -> {
                int t = c.r.readU32();
                c.spillAll();
                c.loadHome(c.height - 2);
                Kinds.box(mv, c.kinds[c.height - 2]);
                c.loadHome(c.height - 1);
                c.pop(2);
                c.iconst(t);
                c.loadInst();
                gc(c, "arrayNew", "(" + O + "II" + INST_DESC + ")" + O);
                c.push(A);
            }
            case ARRAY_NEW_DEFAULT -> {
                int t = c.r.readU32();
                c.need(1);
                c.pop(1);
                c.iconst(t);
                c.loadInst();
                gc(c, "arrayNewDefault", "(II" + INST_DESC + ")" + O);
                c.push(A);
            }
            case ARRAY_NEW_FIXED -> {
                int t = c.r.readU32();
                int n = c.r.readU32();
                boxArray(c, n);
                c.iconst(t);
                c.loadInst();
                gc(c, "arrayNewFixed", "([Ljava/lang/Object;I" + INST_DESC + ")" + O);
                c.push(A);
            }
            case ARRAY_NEW_DATA, ARRAY_NEW_ELEM -> {
                int t = c.r.readU32();
                int seg = c.r.readU32();
                c.need(2);
                c.pop(2);
                c.iconst(t);
                c.iconst(seg);
                c.loadInst();
                gc(c, op == Opcode.ARRAY_NEW_DATA ? "arrayNewData" : "arrayNewElem", "(IIII" + INST_DESC + ")" + O);
                c.push(A);
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> {
                int t = c.r.readU32();
                c.need(2);
                c.pop(2);
                StorageType s = element(c, t);
                if (op == Opcode.ARRAY_GET) {
                    gc(c, "arrayGet", "(" + O + "I)" + O);
                    unboxTo(c, s);
                } else {
                    c.iconst(bits(s));
                    c.iconst(op == Opcode.ARRAY_GET_S ? 1 : 0);
                    gc(c, "arrayGetPacked", "(" + O + "IIZ)I");
                    c.push(I);
                }
            }
            case ARRAY_SET -> {
                c.r.readU32();
                c.need(3);
                Kinds.box(mv, c.topKind());
                gc(c, "arraySet", "(" + O + "I" + O + ")V");
                c.pop(3);
            }
            case ARRAY_LEN -> {
                c.need(1);
                gc(c, "arrayLen", "(" + O + ")I");
                c.pop(1);
                c.push(I);
            }
            case ARRAY_FILL -> {
                c.r.readU32();
                c.spillAll();
                int base = c.height - 4;
                c.loadHome(base);
                c.loadHome(base + 1);
                c.loadHome(base + 2);
                Kinds.box(mv, c.kinds[base + 2]);
                c.loadHome(base + 3);
                c.pop(4);
                gc(c, "arrayFill", "(" + O + "I" + O + "I)V");
            }
            case ARRAY_COPY -> {
                c.r.readU32();
                c.r.readU32();
                c.need(5);
                c.pop(5);
                gc(c, "arrayCopy", "(" + O + "I" + O + "II)V");
            }
            case ARRAY_INIT_DATA, ARRAY_INIT_ELEM -> {
                c.r.readU32();
                int seg = c.r.readU32();
                c.need(4);
                c.pop(4);
                c.iconst(seg);
                c.loadInst();
                gc(
                        c,
                        op == Opcode.ARRAY_INIT_DATA ? "arrayInitData" : "arrayInitElem",
                        "(" + O + "IIII" + INST_DESC + ")V");
            }
            case REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL -> {
                HeapType ht = c.r.readHeapType();
                boolean nullable = op == Opcode.REF_TEST_NULL || op == Opcode.REF_CAST_NULL;
                c.need(1);
                c.pop(1);
                c.iconst(Gc.code(ht));
                c.iconst(nullable ? 1 : 0);
                c.loadInst();
                if (op == Opcode.REF_TEST || op == Opcode.REF_TEST_NULL) {
                    gc(c, "test", "(" + O + "IZ" + INST_DESC + ")Z");
                    c.push(I);
                } else {
                    gc(c, "cast", "(" + O + "IZ" + INST_DESC + ")" + O);
                    c.push(A);
                }
            }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> {
                int flags = c.r.readByte();
                c.r.readU32();
                c.r.readHeapType();
                HeapType target = c.r.readHeapType();
                int t = c.fc.branchFirstTarget(c.fc.branchAt(pc));
                c.spillAll();
                c.loadHome(c.height - 1);
                c.iconst(Gc.code(target));
                c.iconst((flags & 2) != 0 ? 1 : 0);
                c.loadInst();
                gc(c, "test", "(" + O + "IZ" + INST_DESC + ")Z");
                c.conditionalBranch(op == Opcode.BR_ON_CAST ? IFEQ : IFNE, t);
            }
            case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> {}
            case REF_I31 -> {
                c.need(1);
                gc(c, "refI31", "(I)" + O);
                c.pop(1);
                c.push(A);
            }
            case I31_GET_S, I31_GET_U -> {
                c.need(1);
                c.iconst(op == Opcode.I31_GET_S ? 1 : 0);
                gc(c, "i31Get", "(" + O + "Z)I");
                c.pop(1);
                c.push(I);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
