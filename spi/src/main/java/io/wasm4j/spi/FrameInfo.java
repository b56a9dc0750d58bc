package io.wasm4j.spi;

/**
 * One WebAssembly frame of a {@link WasmBacktrace}.
 *
 * @param moduleName the module's name from its name section, or {@code null}
 * @param funcIndex the function's index in its module's function index space
 * @param funcName the function's name from the name section, or {@code null}
 * @param codeOffset byte offset of the executing instruction from the start of the module, or {@code -1}
 */
public record FrameInfo(String moduleName, int funcIndex, String funcName, long codeOffset) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(moduleName == null ? "<module>" : moduleName).append('!');
        sb.append(funcName == null ? "<wasm function " + funcIndex + ">" : funcName);
        if (codeOffset >= 0) {
            sb.append(" @ 0x").append(Long.toHexString(codeOffset));
        }
        return sb.toString();
    }
}
