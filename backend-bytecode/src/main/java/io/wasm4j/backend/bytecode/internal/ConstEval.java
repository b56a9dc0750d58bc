package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.Opcode;
import io.wasm4j.spi.I31Ref;
import io.wasm4j.spi.V128;
import java.util.ArrayDeque;
import java.util.Deque;

/** Evaluates constant expressions (global, table and segment initialisers) at instantiation. */
final class ConstEval {
    private ConstEval() {}

    static Object eval(BcInstance inst, ConstExpr e) {
        CodeReader r = new CodeReader(inst.module.wasm.bytes(), e.start(), e.end());
        Deque<Object> stack = new ArrayDeque<>();
        Object nullMarker = NULL;
        while (!r.atEnd()) {
            Opcode op = r.readOpcode();
            switch (op) {
                case END -> {
                    Object v = stack.isEmpty() ? null : stack.pop();
                    return v == nullMarker ? null : v;
                }
                case I32_CONST -> stack.push(r.readS32());
                case I64_CONST -> stack.push(r.readS64());
                case F32_CONST -> stack.push(Float.intBitsToFloat(r.readFixed32()));
                case F64_CONST -> stack.push(Double.longBitsToDouble(r.readFixed64()));
                case V128_CONST -> {
                    long lo = r.readFixed64();
                    long hi = r.readFixed64();
                    stack.push(new V128(lo, hi));
                }
                case REF_NULL -> {
                    r.readHeapType();
                    stack.push(nullMarker);
                }
                case REF_FUNC -> stack.push(inst.functions[r.readU32()]);
                case GLOBAL_GET -> {
                    Object v = inst.globals[r.readU32()].get();
                    stack.push(v == null ? nullMarker : v);
                }
                case I32_ADD -> {
                    int b = (Integer) stack.pop();
                    stack.push((Integer) stack.pop() + b);
                }
                case I32_SUB -> {
                    int b = (Integer) stack.pop();
                    stack.push((Integer) stack.pop() - b);
                }
                case I32_MUL -> {
                    int b = (Integer) stack.pop();
                    stack.push((Integer) stack.pop() * b);
                }
                case I64_ADD -> {
                    long b = (Long) stack.pop();
                    stack.push((Long) stack.pop() + b);
                }
                case I64_SUB -> {
                    long b = (Long) stack.pop();
                    stack.push((Long) stack.pop() - b);
                }
                case I64_MUL -> {
                    long b = (Long) stack.pop();
                    stack.push((Long) stack.pop() * b);
                }
                case REF_I31 -> stack.push(I31Ref.wrap((Integer) stack.pop()));
                case STRUCT_NEW -> {
                    int t = r.readU32();
                    int n = ((io.wasm4j.core.StructType)
                                    inst.module.wasm.type(t).composite())
                            .fields()
                            .size();
                    stack.push(Gc.structNew(popN(stack, n), t, inst));
                }
                case STRUCT_NEW_DEFAULT -> stack.push(Gc.structNewDefault(r.readU32(), inst));
                case ARRAY_NEW -> {
                    int t = r.readU32();
                    int n = (Integer) stack.pop();
                    stack.push(Gc.arrayNew(unwrap(stack.pop()), n, t, inst));
                }
                case ARRAY_NEW_DEFAULT -> {
                    int t = r.readU32();
                    stack.push(Gc.arrayNewDefault((Integer) stack.pop(), t, inst));
                }
                case ARRAY_NEW_FIXED -> {
                    int t = r.readU32();
                    int n = r.readU32();
                    stack.push(Gc.arrayNewFixed(popN(stack, n), t, inst));
                }
                case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> {}
                default ->
                    throw new UnsupportedOperationException(
                            "bytecode backend: " + op.mnemonic() + " in a constant expression");
            }
        }
        throw new IllegalStateException("constant expression without end");
    }

    private static final Object NULL = new Object();

    private static Object unwrap(Object v) {
        return v == NULL ? null : v;
    }

    private static Object[] popN(Deque<Object> stack, int n) {
        Object[] values = new Object[n];
        for (int i = n - 1; i >= 0; i--) {
            values[i] = unwrap(stack.pop());
        }
        return values;
    }
}
