package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.StorageType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.core.code.CodeFeature;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.code.Opcode;
import java.util.List;

/**
 * Rejects modules whose instructions or value types belong to a feature the engine's {@link Config}
 * disables. Validation already recorded which instruction families each body uses, so only a module that
 * breaks a rule is scanned again, to name the first offending instruction and its offset.
 */
final class CodeFeatureCheck {
    private CodeFeatureCheck() {}

    static void check(ValidatedModule vm, Config config) {
        WasmModule m = vm.module();
        for (CodeFeature used : vm.constExprFeatures()) {
            Feature missing = missing(used, config);
            if (missing != null) {
                throw disabled("a constant expression uses " + describe(used), missing, -1);
            }
        }
        for (int f = m.importedFuncCount(); f < m.funcCount(); f++) {
            FunctionCode code = vm.functionCode(f);
            for (CodeFeature used : code.features()) {
                Feature missing = missing(used, config);
                if (missing != null) {
                    throw firstUse(m, f, code, used, missing);
                }
            }
        }
        if (!config.isEnabled(Feature.SIMD)) {
            checkNoV128(vm);
        }
    }

    /** Returns the disabled feature that {@code used} needs, or {@code null} if all it needs is enabled. */
    private static Feature missing(CodeFeature used, Config config) {
        Feature own = switch (used) {
            case SIMD -> Feature.SIMD;
            case RELAXED_SIMD -> Feature.RELAXED_SIMD;
            case TAIL_CALL -> Feature.TAIL_CALL;
            case EXCEPTIONS -> Feature.EXCEPTIONS;
            case GC -> Feature.GC;
            case THREADS -> Feature.THREADS;
        };
        if (used == CodeFeature.RELAXED_SIMD && !config.isEnabled(Feature.SIMD)) {
            return Feature.SIMD;
        }
        return config.isEnabled(own) ? null : own;
    }

    private static String describe(CodeFeature used) {
        return switch (used) {
            case SIMD -> "SIMD instructions";
            case RELAXED_SIMD -> "relaxed SIMD instructions";
            case TAIL_CALL -> "tail calls";
            case EXCEPTIONS -> "exception-handling instructions";
            case GC -> "GC instructions";
            case THREADS -> "atomic instructions";
        };
    }

    private static InvalidModuleException firstUse(
            WasmModule m, int funcIndex, FunctionCode code, CodeFeature used, Feature missing) {
        CodeReader r = new CodeReader(m.bytes(), code.bodyStart(), code.bodyEnd());
        while (!r.atEnd()) {
            int at = r.position();
            Opcode op = r.readOpcode();
            if (CodeFeature.of(op) == used) {
                return disabled(
                        "function " + funcIndex + " uses " + op.mnemonic() + " at offset 0x" + Integer.toHexString(at),
                        missing,
                        at);
            }
            r.skipImmediates(op);
        }
        throw new AssertionError("validation recorded " + used + " in function " + funcIndex + " but none found");
    }

    private static void checkNoV128(ValidatedModule vm) {
        WasmModule m = vm.module();
        for (int t = 0; t < m.typeCount(); t++) {
            if (m.type(t).composite() instanceof FuncType ft && (hasV128(ft.params()) || hasV128(ft.results()))) {
                throw disabled("type " + t + " has a v128 parameter or result", Feature.SIMD, -1);
            }
        }
        for (int g = 0; g < m.globalCount(); g++) {
            if (m.globalType(g).valType() == ValType.V128) {
                throw disabled("global " + g + " has type v128", Feature.SIMD, -1);
            }
        }
        for (int f = m.importedFuncCount(); f < m.funcCount(); f++) {
            if (hasV128(vm.functionCode(f).locals())) {
                throw disabled("function " + f + " has a v128 local", Feature.SIMD, -1);
            }
        }
    }

    private static boolean hasV128(List<? extends StorageType> types) {
        return types.contains(ValType.V128);
    }

    private static InvalidModuleException disabled(String what, Feature feature, long offset) {
        return new InvalidModuleException(
                what + ", which needs the " + feature + " feature; the engine's Config disables it", offset);
    }
}
