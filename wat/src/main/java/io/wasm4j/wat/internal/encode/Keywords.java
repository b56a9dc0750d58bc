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

    private Keywords() {}

    /** Returns whether {@code keyword} is a syntax keyword (an "unexpected token" where it is misplaced). */
    static boolean isSyntax(String keyword) {
        return SYNTAX.contains(keyword);
    }
}
