package io.wasm4j.core;

import io.wasm4j.core.code.CodeFeature;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.internal.module.TypeCanon;
import java.util.Set;

/**
 * A module that passed validation, with the side table of every defined function that backends need
 * to compile or interpret it.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class ValidatedModule {
    private final WasmModule module;
    private final FunctionCode[] code;
    private final TypeCanon canon;
    private final Set<CodeFeature> constExprFeatures;

    ValidatedModule(WasmModule module, FunctionCode[] code, TypeCanon canon, Set<CodeFeature> constExprFeatures) {
        this.module = module;
        this.code = code;
        this.canon = canon;
        this.constExprFeatures = Set.copyOf(constExprFeatures);
    }

    /**
     * Returns the switchable instruction families the module's constant expressions use (global
     * initialisers, segment offsets and items, table initialisers); {@link FunctionCode#features()} has
     * the same for each function body.
     */
    public Set<CodeFeature> constExprFeatures() {
        return constExprFeatures;
    }

    /**
     * Decodes and validates a binary module.
     *
     * @param bytes the binary module; copied
     * @return the validated module
     * @throws MalformedModuleException if the bytes are not a well-formed module
     * @throws InvalidModuleException if the module breaks a validation rule
     */
    public static ValidatedModule of(byte[] bytes) {
        return WasmModule.decode(bytes).validate();
    }

    /** Returns the decoded module. */
    public WasmModule module() {
        return module;
    }

    /**
     * Returns the side table of defined function {@code funcIndex} ({@code funcIndex >=
     * module().importedFuncCount()}).
     */
    public FunctionCode functionCode(int funcIndex) {
        return code[funcIndex - module.importedFuncCount()];
    }

    /**
     * Returns the canonical index of type {@code typeIndex}: the smallest index of an equivalent type in
     * this module (iso-recursive equivalence). Two types of this module are equal exactly when their
     * canonical indices are; a runtime type check such as {@code call_indirect} within one module may
     * compare these. Across modules, compare the recursion groups structurally.
     */
    public int canonicalTypeIndex(int typeIndex) {
        return canon.canonical(typeIndex);
    }

    /** Whether {@code sub} matches {@code sup} under this module's types (the spec's subtyping). */
    public boolean isSubtype(ValType sub, ValType sup) {
        return canon.isSubtype(sub, sup);
    }

    /** Whether type {@code subTypeIndex} is a subtype of type {@code superTypeIndex} (declared, transitively). */
    public boolean isSubtype(int subTypeIndex, int superTypeIndex) {
        return canon.isSubtype(new TypeIndex(subTypeIndex), new TypeIndex(superTypeIndex));
    }
}
