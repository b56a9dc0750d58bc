package io.wasm4j.core;

/** The 128-bit vector type of the SIMD instructions. */
public enum VecType implements ValType {
    V128;

    @Override
    public String toString() {
        return "v128";
    }
}
