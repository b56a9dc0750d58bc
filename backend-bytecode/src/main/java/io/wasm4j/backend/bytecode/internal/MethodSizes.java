package io.wasm4j.backend.bytecode.internal;

import org.objectweb.asm.ClassReader;

/** Reads the bytecode sizes of a class file's methods (the {@code code_length} of each Code attribute). */
final class MethodSizes {
    /** HotSpot does not JIT-compile methods with more bytecode than this ({@code DontCompileHugeMethods}). */
    static final int JIT_LIMIT = 8000;

    private MethodSizes() {}

    /** Returns the code length of every method with a body, in class-file order. */
    static int[] of(byte[] classFile) {
        ClassReader cr = new ClassReader(classFile);
        int p = cr.header + 6;
        p += 2 + 2 * cr.readUnsignedShort(p); // interfaces
        int fields = cr.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < fields; i++) {
            p = skipAttributes(cr, p + 6);
        }
        int methods = cr.readUnsignedShort(p);
        p += 2;
        int[] sizes = new int[methods];
        int n = 0;
        char[] buf = new char[cr.getMaxStringLength()];
        for (int i = 0; i < methods; i++) {
            int attrs = cr.readUnsignedShort(p + 6);
            p += 8;
            for (int a = 0; a < attrs; a++) {
                String name = cr.readUTF8(p, buf);
                int len = cr.readInt(p + 2);
                if ("Code".equals(name)) {
                    sizes[n++] = cr.readInt(p + 10);
                }
                p += 6 + len;
            }
        }
        return java.util.Arrays.copyOf(sizes, n);
    }

    private static int skipAttributes(ClassReader cr, int p) {
        int attrs = cr.readUnsignedShort(p);
        p += 2;
        for (int a = 0; a < attrs; a++) {
            p += 6 + cr.readInt(p + 2);
        }
        return p;
    }
}
