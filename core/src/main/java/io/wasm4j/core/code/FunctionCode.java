package io.wasm4j.core.code;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What validation learned about one function body, so that backends need not re-derive it: the locals,
 * the maximum operand stack height, and side tables for structured control flow.
 *
 * <h2>Blocks</h2>
 * Every {@code block}, {@code loop}, {@code if}, {@code try_table} and legacy {@code try} has a block
 * number {@code b} (in code order, so sorted by offset); {@link #blockAt(int)} finds it from the offset
 * of its opcode. For each: {@link #blockOffset} (the opcode), {@link #blockBodyStart} (the first body
 * instruction, after the block type and any catch clauses), {@link #blockElse} (the {@code else} of an
 * {@code if}, or the first {@code catch}/{@code catch_all} of a legacy {@code try}; {@code -1} if none),
 * {@link #blockEnd} (its {@code end}, or a legacy {@code delegate}), {@link #blockHeight} (the operand
 * stack height at entry, not counting the block's parameters) and {@link #blockType} (parameters and
 * results).
 *
 * <h2>Branches</h2>
 * Every instruction that may transfer control to a label has a branch number {@code i} (in code
 * order): {@code br}, {@code br_if}, {@code br_table}, {@code br_on_null}, {@code br_on_non_null},
 * {@code br_on_cast}, {@code br_on_cast_fail}, {@code return}, {@code try_table} (whose targets are
 * its catch clauses' labels, in clause order), and the legacy {@code delegate} and {@code rethrow}. {@link #branchAt(int)} finds it from the instruction's
 * offset. Its targets are the target numbers {@code branchFirstTarget(i) .. branchFirstTarget(i + 1) - 1};
 * for {@code br_table} the label vector's targets come first, then the default. For each target
 * {@code t}: {@link #targetPc} (where execution continues: the first body instruction of a loop, the
 * instruction after a block's {@code end}, or {@link #bodyEnd()} for the function's own label), {@link
 * #targetArity} (the number of values carried) and {@link #targetHeight} (the operand stack height to
 * unwind to before pushing those values back).
 *
 * <h2>Legacy exception handlers</h2>
 * The {@code catch} and {@code catch_all} clauses of legacy {@code try} blocks are listed in code order:
 * {@link #catchCount()}, {@link #catchOffset}, {@link #catchBlock}, {@link #catchTag}. A legacy {@code
 * delegate} and {@code rethrow} are branches whose one target names the frame they refer to ({@link
 * #targetBlock}).
 *
 * <p>Heights count every value as one slot (a {@code v128} too). They describe reachable code; in code
 * after an unconditional branch they are still those of the enclosing frames.
 *
 * <p>Thread safety: immutable; the arrays are never exposed.
 */
public final class FunctionCode {

    /**
     * The block table (parallel arrays indexed by block number).
     *
     * @param offset the opcode offset of each block
     * @param bodyStart the offset of each block's first body instruction
     * @param elseOffset the offset of each block's {@code else} (or first legacy catch), or {@code -1}
     * @param end the offset of each block's {@code end} (or {@code delegate})
     * @param height the operand stack height at each block's entry, parameters excluded
     * @param type each block's parameter and result types
     */
    public record Blocks(int[] offset, int[] bodyStart, int[] elseOffset, int[] end, int[] height, FuncType[] type) {}

    /**
     * The branch table: branches sorted by offset and their targets.
     *
     * @param offset the offset of each branch instruction
     * @param firstTarget for branch {@code i}, its first target number; one entry longer than {@code offset}
     * @param targetPc each target's continuation offset
     * @param targetArity each target's number of carried values
     * @param targetHeight each target's operand stack height to unwind to
     * @param targetBlock each target's block number, or {@code -1} for the function's own label
     */
    public record Branches(
            int[] offset,
            int[] firstTarget,
            int[] targetPc,
            int[] targetArity,
            int[] targetHeight,
            int[] targetBlock) {}

    /**
     * The legacy exception handlers: every {@code catch} and {@code catch_all} of a legacy {@code try},
     * in code order (parallel arrays).
     *
     * @param offset the offset of each {@code catch}/{@code catch_all} opcode
     * @param block the block number of each handler's {@code try}
     * @param tag each handler's tag index, or {@code -1} for {@code catch_all}
     */
    public record Catches(int[] offset, int[] block, int[] tag) {}

    private final int typeIndex;
    private final List<ValType> locals;
    private final int paramCount;
    private final int bodyStart;
    private final int bodyEnd;
    private final int maxStackHeight;
    private final Blocks blocks;
    private final Branches branches;
    private final Catches catches;
    private final Set<CodeFeature> features;

    /**
     * Creates the side table. Called by the validator, which hands over the arrays (they are not copied
     * and must not be changed afterwards).
     */
    public FunctionCode(
            int typeIndex,
            List<ValType> locals,
            int paramCount,
            int bodyStart,
            int bodyEnd,
            int maxStackHeight,
            Blocks blocks,
            Branches branches,
            Catches catches,
            Set<CodeFeature> features) {
        this.typeIndex = typeIndex;
        this.locals = List.copyOf(locals);
        this.paramCount = paramCount;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.maxStackHeight = maxStackHeight;
        this.blocks = blocks;
        this.branches = branches;
        this.catches = catches;
        this.features = Set.copyOf(features); // no copy when already unmodifiable
    }

    /** Returns the switchable instruction families the body uses (empty for plain 3.0 core code). */
    public Set<CodeFeature> features() {
        return features;
    }

    /** Returns the index of the function's type. */
    public int typeIndex() {
        return typeIndex;
    }

    /** Returns the types of the locals: the parameters, then the declared locals. */
    public List<ValType> locals() {
        return locals;
    }

    /** Returns how many of {@link #locals()} are parameters. */
    public int paramCount() {
        return paramCount;
    }

    /** Returns the offset of the first instruction (after the local declarations). */
    public int bodyStart() {
        return bodyStart;
    }

    /** Returns the offset just after the body's final {@code end}. */
    public int bodyEnd() {
        return bodyEnd;
    }

    /** Returns the maximum number of operand stack slots the body uses (locals not included). */
    public int maxStackHeight() {
        return maxStackHeight;
    }

    // ---- blocks

    /** Returns the number of blocks. */
    public int blockCount() {
        return blocks.offset.length;
    }

    /** Returns the number of the block whose opcode is at {@code offset}, or {@code -1}. */
    public int blockAt(int offset) {
        int i = Arrays.binarySearch(blocks.offset, offset);
        return i >= 0 ? i : -1;
    }

    /** Returns the offset of block {@code b}'s opcode. */
    public int blockOffset(int b) {
        return blocks.offset[b];
    }

    /** Returns the offset of block {@code b}'s first body instruction. */
    public int blockBodyStart(int b) {
        return blocks.bodyStart[b];
    }

    /** Returns the offset of block {@code b}'s {@code else} (or first legacy catch), or {@code -1}. */
    public int blockElse(int b) {
        return blocks.elseOffset[b];
    }

    /** Returns the offset of block {@code b}'s {@code end} (or legacy {@code delegate}) opcode. */
    public int blockEnd(int b) {
        return blocks.end[b];
    }

    /** Returns the operand stack height at block {@code b}'s entry, its parameters excluded. */
    public int blockHeight(int b) {
        return blocks.height[b];
    }

    /** Returns block {@code b}'s parameter and result types. */
    public FuncType blockType(int b) {
        return blocks.type[b];
    }

    /** Returns the number of block {@code b}'s parameters. */
    public int blockParamCount(int b) {
        return blocks.type[b].params().size();
    }

    /** Returns the number of block {@code b}'s results. */
    public int blockResultCount(int b) {
        return blocks.type[b].results().size();
    }

    // ---- branches

    /** Returns the number of branch instructions. */
    public int branchCount() {
        return branches.offset.length;
    }

    /** Returns the number of the branch instruction at {@code offset}, or {@code -1}. */
    public int branchAt(int offset) {
        int i = Arrays.binarySearch(branches.offset, offset);
        return i >= 0 ? i : -1;
    }

    /** Returns the offset of branch instruction {@code i}. */
    public int branchOffset(int i) {
        return branches.offset[i];
    }

    /** Returns the first target number of branch {@code i}; its targets end at {@code branchFirstTarget(i + 1)}. */
    public int branchFirstTarget(int i) {
        return branches.firstTarget[i];
    }

    /** Returns the number of targets of branch {@code i}. */
    public int branchTargetCount(int i) {
        return branches.firstTarget[i + 1] - branches.firstTarget[i];
    }

    /** Returns the number of targets of all branches. */
    public int targetCount() {
        return branches.targetPc.length;
    }

    /** Returns where execution continues when branching to target {@code t}. */
    public int targetPc(int t) {
        return branches.targetPc[t];
    }

    /** Returns how many values a branch to target {@code t} carries. */
    public int targetArity(int t) {
        return branches.targetArity[t];
    }

    /** Returns the operand stack height to unwind to (before pushing the carried values) for target {@code t}. */
    public int targetHeight(int t) {
        return branches.targetHeight[t];
    }

    /** Returns the block number of target {@code t}, or {@code -1} for the function's own label. */
    public int targetBlock(int t) {
        return branches.targetBlock[t];
    }

    // ---- legacy handlers

    /** Returns the number of legacy {@code catch}/{@code catch_all} clauses. */
    public int catchCount() {
        return catches.offset.length;
    }

    /** Returns the offset of legacy handler {@code c}'s opcode. */
    public int catchOffset(int c) {
        return catches.offset[c];
    }

    /** Returns the block number of legacy handler {@code c}'s {@code try}. */
    public int catchBlock(int c) {
        return catches.block[c];
    }

    /** Returns legacy handler {@code c}'s tag index, or {@code -1} for {@code catch_all}. */
    public int catchTag(int c) {
        return catches.tag[c];
    }
}
