package io.wasm4j.core;

/** Packed integer storage for struct fields and array elements; unpacked to {@code i32} on read. */
public enum PackedType implements StorageType {
    I8(1),
    I16(2);

    private final int byteSize;

    PackedType(int byteSize) {
        this.byteSize = byteSize;
    }

    /** Returns the number of bytes one value occupies. */
    public int byteSize() {
        return byteSize;
    }
}
