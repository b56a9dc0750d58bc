package io.wasm4j.core;

/** The index type of a memory or table: 32-bit or 64-bit (memory64, table64). */
public enum AddressType {
    I32,
    I64;

    /** Returns the value type of addresses of this kind. */
    public ValType valType() {
        return this == I32 ? ValType.I32 : ValType.I64;
    }
}
