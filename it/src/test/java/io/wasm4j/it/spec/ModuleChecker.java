package io.wasm4j.it.spec;

/**
 * Decodes and validates a module binary: the part of the engine this harness measures without a runtime.
 * Implementations throw {@link io.wasm4j.core.MalformedModuleException} for a malformed binary and {@link
 * io.wasm4j.core.InvalidModuleException} for an invalid module, whichever step finds it.
 */
@FunctionalInterface
interface ModuleChecker {

    void decodeAndValidate(byte[] binary);
}
