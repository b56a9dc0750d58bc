package io.wasm4j.core.internal.decode;

import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.ValType;
import java.util.Arrays;

/** Decodes the code section: per body its locals and the range of its instructions. */
final class CodeDecoder {
    /** Implementation limit on the locals of one function (the JS API's limit). */
    static final long MAX_LOCALS = 50_000;

    private final ModuleDecoder d;
    private final ByteReader r;
    private int count;
    private int[] codeStart = new int[0];
    private int[] bodyStart = new int[0];
    private int[] bodyEnd = new int[0];
    private int[] groupStart = new int[1];
    private final IntList localCounts = new IntList(64);
    private ValType[] localTypes = new ValType[64];

    CodeDecoder(ModuleDecoder d) {
        this.d = d;
        this.r = d.r;
    }

    int count() {
        return count;
    }

    void codeSection(int sectionEnd) {
        int n = r.length();
        count = n;
        codeStart = new int[n];
        bodyStart = new int[n];
        bodyEnd = new int[n];
        groupStart = new int[n + 1];
        boolean hasDataCount = d.m.dataCount >= 0;
        for (int i = 0; i < n; i++) {
            int sizeAt = r.pos();
            int size = r.u32();
            if ((size & 0xFFFFFFFFL) > r.bytes().length - sizeAt) {
                throw ByteReader.malformed("length out of bounds", sizeAt);
            }
            int start = r.pos();
            int end = start + size;
            codeStart[i] = start;
            groupStart[i] = localCounts.size();
            locals();
            int instrStart = r.pos();
            bodyStart[i] = instrStart;
            bodyEnd[i] = end;
            int after = skipBody(instrStart, end, sectionEnd, hasDataCount);
            if (after != end) {
                throw ByteReader.malformed("section size mismatch", after);
            }
            r.seek(end);
        }
        groupStart[n] = localCounts.size();
    }

    private void locals() {
        int at = r.pos();
        int groups = r.length();
        long total = 0;
        for (int g = 0; g < groups; g++) {
            long c = r.u32() & 0xFFFFFFFFL;
            ValType t = TypeDecoder.valType(r);
            total += c;
            int k = localCounts.size();
            localCounts.add((int) c);
            if (k == localTypes.length) {
                localTypes = Arrays.copyOf(localTypes, k * 2);
            }
            localTypes[k] = t;
        }
        if (total >= 0x1_0000_0000L) {
            throw ByteReader.malformed("too many locals", at);
        }
        if (total > MAX_LOCALS) {
            throw ByteReader.malformed("too many locals: " + total + " (the limit is " + MAX_LOCALS + ")", at);
        }
    }

    /**
     * Checks the instructions of one body. A well-formed body is read once, bounded by its end. A
     * malformed one is read again without that bound, as the reference decoder does, so that the error is
     * the one the spec tests expect: "END opcode expected" when the body does not end in {@code end} and
     * more bodies follow, "section size mismatch" when the expression ends elsewhere, and so on.
     */
    private int skipBody(int start, int end, int sectionEnd, boolean hasDataCount) {
        MalformedModuleException bounded;
        int boundedLimit = Math.min(end, r.bytes().length);
        if (start > boundedLimit) {
            bounded = ByteReader.malformed(ByteReader.UNEXPECTED_END, end);
        } else {
            try {
                int after = d.skip(start, boundedLimit, hasDataCount);
                if (after == end) {
                    return end;
                }
                bounded = ByteReader.malformed("section size mismatch", after);
            } catch (MalformedModuleException e) {
                bounded = e;
            }
        }
        byte[] bytes = r.bytes();
        int after = d.skip(start, bytes.length, hasDataCount);
        if (after == end) {
            throw bounded;
        }
        if (end > start && end <= bytes.length && bytes[end - 1] != 0x0B && end < sectionEnd) {
            throw ByteReader.malformed("END opcode expected", end);
        }
        return after;
    }

    void finish(ModuleData m) {
        m.codeStart = codeStart;
        m.bodyStart = bodyStart;
        m.bodyEnd = bodyEnd;
        m.localGroupStart = groupStart;
        m.localCounts = localCounts.toArray();
        m.localTypes = Arrays.copyOf(localTypes, localCounts.size());
    }
}
