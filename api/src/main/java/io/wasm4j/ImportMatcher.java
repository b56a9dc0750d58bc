package io.wasm4j;

import io.wasm4j.core.Limits;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.TableType;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.TypeRegistry;

/**
 * The spec's import matching (external type subtyping) over canonical types. Failures throw {@link
 * LinkException} starting with "incompatible import type".
 */
final class ImportMatcher {
    private final TypeRegistry types;

    ImportMatcher(TypeRegistry types) {
        this.types = types;
    }

    void check(String what, ExternType actual, DefinedType actualFunc, ExternType expected, DefinedType expectedFunc) {
        boolean ok = switch (expected) {
            case ExternType.Func e -> actual instanceof ExternType.Func && actualFunc.isSubtypeOf(expectedFunc);
            case ExternType.Tag e -> actual instanceof ExternType.Tag && actualFunc == expectedFunc;
            case ExternType.Table e -> actual instanceof ExternType.Table a && tableMatches(a.type(), e.type());
            case ExternType.Memory e -> actual instanceof ExternType.Memory a && memoryMatches(a.type(), e.type());
            case ExternType.Global e ->
                actual instanceof ExternType.Global a
                        && a.type().mutable() == e.type().mutable()
                        && types.matches(a.type().valType(), e.type().valType())
                        && (!e.type().mutable()
                                || types.matches(e.type().valType(), a.type().valType()));
        };
        if (!ok) {
            throw new LinkException("incompatible import type for " + what + ": expected " + describe(expected)
                    + ", found " + describe(actual));
        }
    }

    private boolean tableMatches(TableType a, TableType e) {
        return a.addressType() == e.addressType()
                && limitsMatch(a.limits(), e.limits())
                && types.matches(a.elementType(), e.elementType())
                && types.matches(e.elementType(), a.elementType());
    }

    private static boolean memoryMatches(MemoryType a, MemoryType e) {
        return a.addressType() == e.addressType()
                && a.shared() == e.shared()
                && a.pageSizeLog2() == e.pageSizeLog2()
                && limitsMatch(a.limits(), e.limits());
    }

    static boolean limitsMatch(Limits a, Limits e) {
        return Long.compareUnsigned(a.min(), e.min()) >= 0
                && (!e.hasMax() || (a.hasMax() && Long.compareUnsigned(a.max(), e.max()) <= 0));
    }

    private static String describe(ExternType t) {
        return switch (t) {
            case ExternType.Func f -> "func " + f.type();
            case ExternType.Tag g -> "tag " + g.type();
            case ExternType.Table x -> "table " + x.type();
            case ExternType.Memory m -> "memory " + m.type();
            case ExternType.Global g -> "global " + g.type();
        };
    }
}
