package io.wasm4j.core.code;

/** TEMPORARY stand-in written by the decoder helper until the validator branch provides the real class. */
public final class FunctionCode {
    /** Creates an empty side table. */
    public FunctionCode() {}
}
