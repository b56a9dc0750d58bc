package io.wasm4j.core.internal.decode;

/**
 * Walks the instructions allowed in constant expressions, reporting {@code ref.func} indices. It stops
 * at the first instruction that is not constant (validation reports those), so it never decides whether
 * an expression is well-formed.
 */
public final class ConstExprScanner {
    private ConstExprScanner() {}

    /** Receives function indices of {@code ref.func}. */
    @FunctionalInterface
    public interface FuncRefSink {
        /** Called for each {@code ref.func funcIndex}. */
        void funcRef(int funcIndex);
    }

    /**
     * Scans {@code bytes[start, limit)}; returns the offset after the closing {@code end}, or {@code -1}
     * when a non-constant instruction or a malformed immediate is met first.
     */
    public static int scan(byte[] bytes, int start, int limit, FuncRefSink sink) {
        ByteReader r = new ByteReader(bytes, start, limit);
        try {
            while (r.hasMore()) {
                int op = r.u8();
                switch (op) {
                    case 0x0B -> {
                        return r.pos();
                    }
                    case 0x41 -> r.s32();
                    case 0x42 -> r.s64();
                    case 0x43 -> r.skip(4);
                    case 0x44 -> r.skip(8);
                    case 0x23 -> r.u32();
                    case 0xD0 -> TypeDecoder.heapType(r);
                    case 0xD2 -> {
                        int f = r.u32();
                        if (sink != null) {
                            sink.funcRef(f);
                        }
                    }
                    case 0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E -> {}
                    case 0xFD -> {
                        if (r.u32() != 12) {
                            return -1;
                        }
                        r.skip(16);
                    }
                    case 0xFB -> {
                        switch (r.u32()) {
                            case 0, 1, 6, 7 -> r.u32();
                            case 8 -> {
                                r.u32();
                                r.u32();
                            }
                            case 26, 27, 28 -> {}
                            default -> {
                                return -1;
                            }
                        }
                    }
                    default -> {
                        return -1;
                    }
                }
            }
        } catch (io.wasm4j.core.MalformedModuleException e) {
            return -1;
        }
        return -1;
    }
}
