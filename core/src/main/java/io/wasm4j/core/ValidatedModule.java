package io.wasm4j.core;

import io.wasm4j.core.code.FunctionCode;

/**
 * A module that passed validation, with the side table of every defined function that backends need
 * to compile or interpret it.
 *
 * <p>Thread safety: immutable, safe to share.
 */
public final class ValidatedModule {
    private final WasmModule module;
    private final FunctionCode[] code;

    ValidatedModule(WasmModule module, FunctionCode[] code) {
        this.module = module;
        this.code = code;
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
}
