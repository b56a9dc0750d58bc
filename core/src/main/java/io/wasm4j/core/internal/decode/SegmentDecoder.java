package io.wasm4j.core.internal.decode;

import io.wasm4j.core.AbsHeapType;
import io.wasm4j.core.ConstExpr;
import io.wasm4j.core.DataSegment;
import io.wasm4j.core.ElementSegment;
import io.wasm4j.core.RefType;
import io.wasm4j.core.SegmentMode;
import java.util.ArrayList;
import java.util.List;

/** Decodes the element and data sections (all eight element encodings, all three data encodings). */
final class SegmentDecoder {
    private static final RefType REF_FUNC = TypeDecoder.absRef(AbsHeapType.FUNC, false);

    private final ModuleDecoder d;
    private final ByteReader r;
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> datas = new ArrayList<>();

    SegmentDecoder(ModuleDecoder d) {
        this.d = d;
        this.r = d.r;
    }

    int dataSegmentCount() {
        return datas.size();
    }

    void elementSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            elements.add(element());
        }
    }

    private ElementSegment element() {
        int at = r.pos();
        int flags = r.u32();
        if (flags < 0 || flags > 7) {
            throw ByteReader.malformed("malformed elements segment kind", at);
        }
        SegmentMode mode = (flags & 1) == 0
                ? SegmentMode.ACTIVE
                : (flags & 2) == 0 ? SegmentMode.PASSIVE : SegmentMode.DECLARATIVE;
        int table = -1;
        ConstExpr offset = null;
        if (mode == SegmentMode.ACTIVE) {
            table = (flags & 2) != 0 ? TypeDecoder.clampIndex(r.u32()) : 0;
            offset = d.constExpr();
        }
        boolean exprs = (flags & 4) != 0;
        RefType type;
        if ((flags & 3) == 0) {
            type = exprs ? RefType.FUNCREF : REF_FUNC;
        } else if (exprs) {
            type = TypeDecoder.refType(r);
        } else {
            int kindAt = r.pos();
            if (r.u8() != 0) {
                throw ByteReader.malformed("malformed element kind", kindAt);
            }
            type = REF_FUNC;
        }
        if (exprs) {
            int count = r.length();
            List<ConstExpr> items = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                items.add(d.constExpr());
            }
            return new ElementSegment(mode, table, offset, type, null, items);
        }
        int count = r.length();
        int[] funcs = new int[count];
        for (int k = 0; k < count; k++) {
            funcs[k] = TypeDecoder.clampIndex(r.u32());
        }
        return new ElementSegment(mode, table, offset, type, funcs, null);
    }

    void dataSection() {
        int n = r.length();
        for (int i = 0; i < n; i++) {
            int at = r.pos();
            int flags = r.u32();
            SegmentMode mode;
            int memory = -1;
            ConstExpr offset = null;
            switch (flags) {
                case 0 -> {
                    mode = SegmentMode.ACTIVE;
                    memory = 0;
                    offset = d.constExpr();
                }
                case 1 -> mode = SegmentMode.PASSIVE;
                case 2 -> {
                    mode = SegmentMode.ACTIVE;
                    memory = TypeDecoder.clampIndex(r.u32());
                    offset = d.constExpr();
                }
                default -> throw ByteReader.malformed("malformed data segment kind", at);
            }
            int length = r.length();
            int start = r.pos();
            r.skip(length);
            datas.add(new DataSegment(mode, memory, offset, start, length));
        }
    }

    void finish(ModuleData m) {
        m.elements = List.copyOf(elements);
        m.datas = List.copyOf(datas);
    }
}
