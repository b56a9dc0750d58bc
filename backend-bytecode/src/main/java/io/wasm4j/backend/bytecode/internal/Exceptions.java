package io.wasm4j.backend.bytecode.internal;

import static io.wasm4j.backend.bytecode.internal.Kinds.A;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST;
import static io.wasm4j.backend.bytecode.internal.Kinds.INST_DESC;
import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.CodeReader;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * Exception handling: a wasm exception is a {@link io.wasm4j.spi.ThrownException} carrying the {@link
 * io.wasm4j.spi.Exn} (tag and boxed payload); {@code try_table} is a JVM exception handler over the block's
 * code that tests the catch clauses in order, unpacks the payload into the target's homes and branches, or
 * rethrows. The JVM empties the operand stack on a catch; the spilled homes keep every live value.
 */
final class Exceptions {
    private static final String THROWN = "io/wasm4j/spi/ThrownException";
    private static final String EXN = "io/wasm4j/spi/Exn";

    private Exceptions() {}

    static void throwTag(FuncCompiler c, int tag) {
        FuncType t = c.w.funcType(c.w.tagType(tag).typeIndex());
        int n = t.params().size();
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
        c.iconst(tag);
        c.loadInst();
        c.rt("throwTag", "([Ljava/lang/Object;I" + INST_DESC + ")L" + THROWN + ";");
        c.mv.visitInsn(ATHROW);
    }

    static void throwRef(FuncCompiler c) {
        c.need(1);
        c.rt("throwRef", "(Ljava/lang/Object;)L" + THROWN + ";");
        c.mv.visitInsn(ATHROW);
        c.pop(1);
    }

    /**
     * In a legacy catch: jumps to {@code mismatch} unless the exception in local {@code caught} has tag
     * {@code tag}; else pushes its payload into the homes.
     */
    static void matchTag(FuncCompiler c, int caught, int tag, Label mismatch) {
        int exn = c.temp(A);
        c.mv.visitVarInsn(ALOAD, caught);
        c.mv.visitMethodInsn(INVOKEVIRTUAL, THROWN, "exn", "()L" + EXN + ";", false);
        c.mv.visitVarInsn(ASTORE, exn);
        c.mv.visitVarInsn(ALOAD, exn);
        c.mv.visitMethodInsn(INVOKEVIRTUAL, EXN, "tag", "()Lio/wasm4j/spi/WasmTag;", false);
        c.loadInst();
        c.mv.visitFieldInsn(GETFIELD, INST, "tags", "[Lio/wasm4j/spi/WasmTag;");
        c.iconst(tag);
        c.mv.visitInsn(AALOAD);
        c.mv.visitJumpInsn(IF_ACMPNE, mismatch);
        List<ValType> params = c.w.funcType(c.w.tagType(tag).typeIndex()).params();
        for (int j = 0; j < params.size(); j++) {
            int k = Kinds.of(params.get(j));
            c.mv.visitVarInsn(ALOAD, exn);
            c.mv.visitMethodInsn(INVOKEVIRTUAL, EXN, "payload", "()[Ljava/lang/Object;", false);
            c.iconst(j);
            c.mv.visitInsn(AALOAD);
            Kinds.unbox(c.mv, k);
            c.push(k);
            c.spillAll();
        }
    }

    /** Emits the handler of {@code try_table} block {@code b}, whose code started at {@code start}. */
    static void handler(FuncCompiler c, int b, Label start, Label handler) {
        Label end = new Label();
        c.mv.visitLabel(end);
        c.mv.visitLabel(handler);
        c.mv.visitTryCatchBlock(start, end, handler, THROWN);
        int exc = c.newLocal(A);
        int exn = c.newLocal(A);
        c.mv.visitVarInsn(ASTORE, exc);
        // the code that threw may have grown memory 0
        c.reloadSegment();
        c.mv.visitVarInsn(ALOAD, exc);
        c.mv.visitMethodInsn(INVOKEVIRTUAL, THROWN, "exn", "()L" + EXN + ";", false);
        c.mv.visitVarInsn(ASTORE, exn);

        int offset = c.fc.blockOffset(b);
        CodeReader r = new CodeReader(c.w.bytes(), offset + 1, c.fc.blockBodyStart(b));
        r.readBlockType();
        int clauses = r.readU32();
        int firstTarget = c.fc.branchFirstTarget(c.fc.branchAt(offset));
        int savedHeight = c.height;
        int savedBase = c.jvmBase;
        int[] savedKinds = c.kinds.clone();
        for (int i = 0; i < clauses; i++) {
            int kind = r.readByte();
            int tag = kind <= 1 ? r.readU32() : -1;
            r.readU32();
            int t = firstTarget + i;
            int th = c.fc.targetHeight(t);
            Label next = new Label();
            c.height = th;
            c.jvmBase = th;
            if (tag >= 0) {
                c.mv.visitVarInsn(ALOAD, exn);
                c.mv.visitMethodInsn(INVOKEVIRTUAL, EXN, "tag", "()Lio/wasm4j/spi/WasmTag;", false);
                c.loadInst();
                c.mv.visitFieldInsn(GETFIELD, INST, "tags", "[Lio/wasm4j/spi/WasmTag;");
                c.iconst(tag);
                c.mv.visitInsn(AALOAD);
                c.mv.visitJumpInsn(IF_ACMPNE, next);
                List<ValType> params =
                        c.w.funcType(c.w.tagType(tag).typeIndex()).params();
                for (int j = 0; j < params.size(); j++) {
                    int k = Kinds.of(params.get(j));
                    c.mv.visitVarInsn(ALOAD, exn);
                    c.mv.visitMethodInsn(INVOKEVIRTUAL, EXN, "payload", "()[Ljava/lang/Object;", false);
                    c.iconst(j);
                    c.mv.visitInsn(AALOAD);
                    Kinds.unbox(c.mv, k);
                    c.push(k);
                    c.spillAll();
                }
            }
            if (kind == 1 || kind == 3) {
                c.mv.visitVarInsn(ALOAD, exn);
                c.push(A);
                c.spillAll();
            }
            c.branch(t);
            c.mv.visitLabel(next);
        }
        c.height = savedHeight;
        c.jvmBase = savedBase;
        c.kinds = savedKinds;
        c.mv.visitVarInsn(ALOAD, exc);
        c.mv.visitInsn(ATHROW);
    }
}
