package io.wasm4j.backend.bytecode.internal;

import static org.objectweb.asm.Opcodes.*;

import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles a contiguous range of a module's defined functions into one class: {@code static} methods
 * {@code f<index>(params..., BcInstance)}. Calls within the range are {@code invokestatic}; calls to other
 * ranges go through {@code invokedynamic} (see {@link Rt#linkCall}).
 */
final class ChunkCompiler {
    static final String CLASS_NAME = "io/wasm4j/backend/bytecode/internal/WasmCode";

    final ValidatedModule validated;
    final WasmModule wasm;
    final String className = CLASS_NAME;
    final int first;
    final int end;
    final boolean hasTailCalls;

    ChunkCompiler(ValidatedModule validated, int first, int end, boolean hasTailCalls) {
        this.hasTailCalls = hasTailCalls;
        this.validated = validated;
        this.wasm = validated.module();
        this.first = first;
        this.end = end;
    }

    static String methodName(int funcIndex) {
        return "f" + funcIndex;
    }

    boolean contains(int funcIndex) {
        return funcIndex >= first && funcIndex < end;
    }

    /** Returns the class file. @throws UnsupportedOperationException for an instruction not compiled yet */
    byte[] compile() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object";
            }
        };
        cw.visit(V25, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, className, null, "java/lang/Object", null);
        for (int f = first; f < end; f++) {
            MethodVisitor mv = cw.visitMethod(
                    ACC_STATIC | ACC_SYNTHETIC, methodName(f), Kinds.staticDesc(wasm.funcTypeOf(f)), null, null);
            new FuncCompiler(this, mv, f).compile();
        }
        cw.visitEnd();
        try {
            return cw.toByteArray();
        } catch (MethodTooLargeException e) {
            throw new UnsupportedOperationException(
                    "bytecode backend: function " + e.getMethodName() + " is too large for one JVM method", e);
        }
    }
}
