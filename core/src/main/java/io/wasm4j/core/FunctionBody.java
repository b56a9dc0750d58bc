package io.wasm4j.core;

/**
 * Where a defined function's code lies in the module's bytes.
 *
 * @param funcIndex the function's index (imports first)
 * @param codeStart offset of the body (its locals declarations)
 * @param instructionsStart offset of the first instruction, after the locals
 * @param end offset just after the final {@code end} opcode
 */
public record FunctionBody(int funcIndex, int codeStart, int instructionsStart, int end) {}
