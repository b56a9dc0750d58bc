package io.wasm4j.core;

import java.util.List;

/**
 * An element segment. Its items are either function indices ({@link #funcIndices()} is non-null; the
 * binary encodings 0 to 3) or constant expressions ({@link #initExprs()} is non-null; encodings 4 to 7).
 *
 * @param mode active, passive or declarative
 * @param tableIndex the target table of an active segment, else {@code -1}
 * @param offset the offset expression of an active segment, else {@code null}
 * @param type the element type
 * @param funcIndices the function indices, or {@code null} when the items are expressions
 * @param initExprs the item expressions, or {@code null} when the items are function indices
 */
public record ElementSegment(
        SegmentMode mode,
        int tableIndex,
        ConstExpr offset,
        RefType type,
        int[] funcIndices,
        List<ConstExpr> initExprs) {

    /** Creates a segment; the expression list is copied. */
    public ElementSegment {
        initExprs = initExprs == null ? null : List.copyOf(initExprs);
    }

    /** Returns the function indices (a copy), or {@code null} when the items are expressions. */
    @Override
    public int[] funcIndices() {
        return funcIndices == null ? null : funcIndices.clone();
    }

    /** Returns the number of items. */
    public int size() {
        return funcIndices != null ? funcIndices.length : initExprs.size();
    }

    /** Returns the function index of item {@code i}; only when {@link #funcIndices()} is non-null. */
    public int funcIndex(int i) {
        return funcIndices[i];
    }

    /** Returns whether the items are function indices rather than expressions. */
    public boolean hasFuncIndices() {
        return funcIndices != null;
    }
}
