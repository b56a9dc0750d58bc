package io.wasm4j.core.internal.validate;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.core.code.CodeFeature;
import io.wasm4j.core.code.FunctionCode;
import io.wasm4j.core.code.Opcode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects a function's block and branch tables while it is validated, then freezes them. */
final class SideTableBuilder {

    private static final FuncType EMPTY = new FuncType(List.of(), List.of());

    private int blockCount;
    private int[] bOffset = new int[16];
    private int[] bBody = new int[16];
    private int[] bElse = new int[16];
    private int[] bEnd = new int[16];
    private int[] bAfter = new int[16];
    private int[] bHeight = new int[16];
    private byte[] bOpcode = new byte[16];
    private FuncType[] bType = new FuncType[16];
    private final Map<Integer, FuncType> singleTypes = new HashMap<>();

    private int branchCount;
    private int[] brOffset = new int[16];
    private int[] brFirst = new int[17];

    private int catchCount;
    private int[] cOffset = new int[4];
    private int[] cBlock = new int[4];
    private int[] cTag = new int[4];

    private int targetCount;
    private int[] tBlock = new int[16];
    private int[] tArity = new int[16];
    private int[] tHeight = new int[16];

    int openBlock(FuncValidator v, Opcode op, int offset, int bodyStart, int height, int blockType) {
        if (blockCount == bOffset.length) {
            int n = blockCount * 2;
            bOffset = Arrays.copyOf(bOffset, n);
            bBody = Arrays.copyOf(bBody, n);
            bElse = Arrays.copyOf(bElse, n);
            bEnd = Arrays.copyOf(bEnd, n);
            bAfter = Arrays.copyOf(bAfter, n);
            bHeight = Arrays.copyOf(bHeight, n);
            bOpcode = Arrays.copyOf(bOpcode, n);
            FuncType[] types = new FuncType[n]; // not Arrays.copyOf: it goes through reflection for typed arrays
            System.arraycopy(bType, 0, types, 0, blockCount);
            bType = types;
        }
        int b = blockCount++;
        bOffset[b] = offset;
        bBody[b] = bodyStart;
        bElse[b] = -1;
        bEnd[b] = -1;
        bHeight[b] = height;
        bOpcode[b] = (byte) op.code();
        bType[b] = signature(v, blockType);
        return b;
    }

    private FuncType signature(FuncValidator v, int enc) {
        if (enc == FuncValidator.SEQ_EMPTY) {
            return EMPTY;
        }
        if (enc >= 0) {
            return v.funcType(enc);
        }
        return singleTypes.computeIfAbsent(
                enc, e -> new FuncType(List.of(), List.<ValType>of(Types.toValType(-(e + 2)))));
    }

    private static FuncType[] copyTypes(FuncType[] types, int n) {
        FuncType[] r = new FuncType[n];
        System.arraycopy(types, 0, r, 0, n);
        return r;
    }

    void setElse(int block, int offset) {
        if (bElse[block] < 0) {
            bElse[block] = offset;
        }
    }

    void setEnd(int block, int offset, int after) {
        bEnd[block] = offset;
        bAfter[block] = after;
    }

    void addCatch(int block, int offset, int tag) {
        if (catchCount == cOffset.length) {
            int n = catchCount * 2;
            cOffset = Arrays.copyOf(cOffset, n);
            cBlock = Arrays.copyOf(cBlock, n);
            cTag = Arrays.copyOf(cTag, n);
        }
        cOffset[catchCount] = offset;
        cBlock[catchCount] = block;
        cTag[catchCount] = tag;
        catchCount++;
    }

    void beginBranch(int offset) {
        if (branchCount + 1 >= brFirst.length) {
            brOffset = Arrays.copyOf(brOffset, branchCount * 2 + 2);
            brFirst = Arrays.copyOf(brFirst, branchCount * 2 + 3);
        }
        brOffset[branchCount] = offset;
        brFirst[branchCount] = targetCount;
        branchCount++;
        brFirst[branchCount] = targetCount;
    }

    void addTarget(int block, int arity, int height) {
        if (targetCount == tBlock.length) {
            int n = targetCount * 2;
            tBlock = Arrays.copyOf(tBlock, n);
            tArity = Arrays.copyOf(tArity, n);
            tHeight = Arrays.copyOf(tHeight, n);
        }
        tBlock[targetCount] = block;
        tArity[targetCount] = arity;
        tHeight[targetCount] = height;
        targetCount++;
        brFirst[branchCount] = targetCount;
    }

    FunctionCode build(
            int typeIndex, ValType[] locals, int paramCount, int bodyStart, int bodyEnd, int maxStack, int features) {
        int[] tPc = new int[targetCount];
        for (int i = 0; i < targetCount; i++) {
            int b = tBlock[i];
            if (b < 0) {
                tPc[i] = bodyEnd;
            } else if (bOpcode[b] == (byte) Opcode.LOOP.code()) {
                tPc[i] = bBody[b];
            } else {
                tPc[i] = bAfter[b];
            }
        }
        return new FunctionCode(
                typeIndex,
                List.of(locals),
                paramCount,
                bodyStart,
                bodyEnd,
                maxStack,
                new FunctionCode.Blocks(
                        Arrays.copyOf(bOffset, blockCount),
                        Arrays.copyOf(bBody, blockCount),
                        Arrays.copyOf(bElse, blockCount),
                        Arrays.copyOf(bEnd, blockCount),
                        Arrays.copyOf(bHeight, blockCount),
                        copyTypes(bType, blockCount)),
                new FunctionCode.Branches(
                        Arrays.copyOf(brOffset, branchCount),
                        Arrays.copyOf(brFirst, branchCount + 1),
                        tPc,
                        Arrays.copyOf(tArity, targetCount),
                        Arrays.copyOf(tHeight, targetCount),
                        Arrays.copyOf(tBlock, targetCount)),
                new FunctionCode.Catches(
                        Arrays.copyOf(cOffset, catchCount),
                        Arrays.copyOf(cBlock, catchCount),
                        Arrays.copyOf(cTag, catchCount)),
                CodeFeature.fromMask(features));
    }
}
