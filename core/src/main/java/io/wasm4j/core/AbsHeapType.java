package io.wasm4j.core;

import java.util.Locale;

/** The abstract heap types of WebAssembly 3.0, with their binary encodings. */
public enum AbsHeapType implements HeapType {
    NOEXN(0x74),
    NOFUNC(0x73),
    NOEXTERN(0x72),
    NONE(0x71),
    FUNC(0x70),
    EXTERN(0x6F),
    ANY(0x6E),
    EQ(0x6D),
    I31(0x6C),
    STRUCT(0x6B),
    ARRAY(0x6A),
    EXN(0x69);

    private final int code;

    AbsHeapType(int code) {
        this.code = code;
    }

    /** Returns the one-byte binary encoding ({@code 0x69..0x74}). */
    public int code() {
        return code;
    }

    /** Returns the abstract heap type with this binary encoding, or {@code null} if there is none. */
    public static AbsHeapType fromCode(int code) {
        for (AbsHeapType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /**
     * Returns the top of this type's hierarchy: {@code func}, {@code extern}, {@code any} or {@code exn}.
     */
    public AbsHeapType top() {
        return switch (this) {
            case FUNC, NOFUNC -> FUNC;
            case EXTERN, NOEXTERN -> EXTERN;
            case EXN, NOEXN -> EXN;
            case ANY, EQ, I31, STRUCT, ARRAY, NONE -> ANY;
        };
    }

    /** Returns the bottom of this type's hierarchy: {@code nofunc}, {@code noextern}, {@code none} or {@code noexn}. */
    public AbsHeapType bottom() {
        return switch (top()) {
            case FUNC -> NOFUNC;
            case EXTERN -> NOEXTERN;
            case EXN -> NOEXN;
            default -> NONE;
        };
    }

    /** Returns the text-format keyword, e.g. {@code "func"}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return keyword();
    }
}
