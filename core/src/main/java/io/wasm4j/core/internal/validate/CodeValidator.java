package io.wasm4j.core.internal.validate;

import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.FunctionCode;

/** Validates function bodies and constant expressions (the spec's instruction validation algorithm). */
public final class CodeValidator {

    private CodeValidator() {}

    /**
     * Validates one function body.
     *
     * @param env the module context
     * @param bytes the module bytes
     * @param bodyStart the first instruction byte, after the local declarations
     * @param bodyEnd the end of the body (just after its final {@code end})
     * @param typeIndex the function's type index (a function type)
     * @param locals the parameters, then the declared locals
     * @return the function's side table
     * @throws InvalidModuleException if the body breaks a validation rule
     * @throws MalformedModuleException if the body is not well-formed (unknown opcode, bad immediate,
     *     missing {@code end}, data index without a data count section)
     */
    public static FunctionCode validateFunction(
            ModuleEnv env, byte[] bytes, int bodyStart, int bodyEnd, int typeIndex, ValType[] locals) {
        CodeReader r = new CodeReader(bytes, bodyStart, bodyEnd);
        int[] packed = new int[locals.length];
        for (int i = 0; i < locals.length; i++) {
            packed[i] = Types.of(locals[i]);
        }
        int params = ((io.wasm4j.core.FuncType) env.type(typeIndex).composite())
                .params()
                .size();
        FuncValidator v = new FuncValidator(env, r, typeIndex, packed, params, true, false, 0);
        v.pushCtrl(FuncValidator.K_FUNC, FuncValidator.SEQ_EMPTY, typeIndex, -1);
        int end = Dispatch.run(v, bodyEnd);
        if (end != bodyEnd) {
            throw new MalformedModuleException("section size mismatch: bytes after the function's end", end);
        }
        return v.side.build(typeIndex, locals, params, bodyStart, bodyEnd, v.maxVals, v.features);
    }

    /**
     * Validates a constant expression that ends with the {@code end} at {@code bytes[end - 1]}.
     *
     * @param env the module context
     * @param bytes the module bytes
     * @param start the first instruction byte
     * @param end the offset after the expression's {@code end}
     * @param expected the type the expression must produce
     * @param visibleGlobals how many globals {@code global.get} may refer to (imports, and in WebAssembly
     *     3.0 the globals defined before the one being initialised)
     * @throws InvalidModuleException {@code "constant expression required"}, {@code "unknown global"},
     *     {@code "type mismatch"} and the other instruction rules
     * @return the {@link io.wasm4j.core.code.CodeFeature} bits of the expression's instructions
     */
    public static int validateConstExpr(
            ModuleEnv env, byte[] bytes, int start, int end, ValType expected, int visibleGlobals) {
        CodeReader r = new CodeReader(bytes, start, end);
        FuncValidator v = new FuncValidator(env, r, -1, new int[0], 0, false, true, visibleGlobals);
        v.pushCtrl(FuncValidator.K_FUNC, FuncValidator.SEQ_EMPTY, -(2 + Types.of(expected)), -1);
        int stop = Dispatch.run(v, end);
        if (stop != end) {
            throw new MalformedModuleException("section size mismatch: bytes after the expression's end", stop);
        }
        return v.features;
    }
}
