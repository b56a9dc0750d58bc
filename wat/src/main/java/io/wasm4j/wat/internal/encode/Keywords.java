package io.wasm4j.wat.internal.encode;

import java.util.Set;

/** Keywords of the text format's syntax that are not instructions. */
final class Keywords {
    private static final Set<String> SYNTAX = Set.of(
            "type",
            "param",
            "result",
            "local",
            "catch",
            "catch_ref",
            "catch_all",
            "catch_all_ref",
            "delegate",
            "then",
            "else",
            "end",
            "do",
            "export",
            "import",
            "func",
            "table",
            "memory",
            "global",
            "elem",
            "data",
            "offset",
            "item",
            "mut",
            "ref",
            "null",
            "module",
            "rec",
            "sub",
            "final",
            "field",
            "struct",
            "array",
            "start",
            "declare",
            "tag",
            "shared",
            "pagesize");

    /** Other keywords of the text format (types, shapes, module forms, annotation placements). */
    private static final Set<String> OTHER = Set.of(
            "i8",
            "i16",
            "i32",
            "i64",
            "f32",
            "f64",
            "v128",
            "i8x16",
            "i16x8",
            "i32x4",
            "i64x2",
            "f32x4",
            "f64x2",
            "funcref",
            "externref",
            "anyref",
            "eqref",
            "i31ref",
            "structref",
            "arrayref",
            "nullref",
            "nullfuncref",
            "nullexternref",
            "exnref",
            "nullexnref",
            "any",
            "eq",
            "i31",
            "none",
            "nofunc",
            "noextern",
            "exn",
            "noexn",
            "extern",
            "unshared",
            "binary",
            "quote",
            "definition",
            "instance",
            "before",
            "after",
            "first",
            "last",
            "datacount",
            "code",
            "exact",
            "descriptor",
            "describes");

    private Keywords() {}

    /**
     * Returns whether {@code keyword} is a keyword of the text format at all; like the reference
     * interpreter's lexer, any other keyword is an "unknown operator" wherever it appears.
     */
    static boolean isKnown(String keyword) {
        return SYNTAX.contains(keyword)
                || OTHER.contains(keyword)
                || keyword.startsWith("offset=")
                || keyword.startsWith("align=")
                || keyword.equals("nan:canonical")
                || keyword.equals("nan:arithmetic")
                || io.wasm4j.core.code.Opcode.forMnemonic(keyword) != null;
    }

    /** Returns whether {@code keyword} is a syntax keyword (an "unexpected token" where it is misplaced). */
    static boolean isSyntax(String keyword) {
        return SYNTAX.contains(keyword);
    }
}
