/**
 * Instruction-level view of function bodies: opcodes, their immediates, a reader over code bytes, and
 * the side tables validation computes for backends (branch targets, stack heights, block types).
 */
package io.wasm4j.core.code;
