package io.wasm4j.backend.bytecode.internal;

import io.wasm4j.core.FunctionBody;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.core.WasmModule;
import io.wasm4j.core.code.CodeReader;
import io.wasm4j.core.code.Opcode;
import io.wasm4j.spi.CompiledModule;
import io.wasm4j.spi.DefinedType;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.WasmFunction;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Segment instructions ({@code memory.init}, {@code data.drop}, {@code table.init}, {@code elem.drop}) in a
 * function that runs in the fallback backend. Segments are per-instance state that a module cannot
 * import, so the derived one-function module (see {@link FallbackModule}) calls an imported function in
 * their place, one per distinct instruction and segment, which runs the instruction on the {@link
 * BcInstance} with the same {@link Rt} code as compiled functions: both sides see one set of dropped
 * segments.
 *
 * <p>The imports follow the imports of the original's defined functions, so the function itself moves
 * to index {@code funcCount + ops}; three function types are appended to the type section:
 * {@code [i32 i32 i32] → []}, {@code [i64 i32 i32] → []} and {@code [] → []}.
 */
final class FallbackSegments {
    /** One distinct segment instruction: {@code op} on {@code segment} and memory or table {@code target}. */
    record Op(Opcode op, int segment, int target) {}

    private FallbackSegments() {}

    /** The segment instructions of function {@code f}, in order of first use, each once. */
    static List<Op> scan(WasmModule w, int f) {
        FunctionBody body = w.body(f);
        List<Op> ops = new ArrayList<>();
        var r = new CodeReader(w.bytes(), body.instructionsStart(), body.end());
        while (r.position() < body.end()) {
            Opcode op = r.readOpcode();
            Op o = switch (op) {
                case MEMORY_INIT, TABLE_INIT -> {
                    int segment = r.readU32();
                    yield new Op(op, segment, r.readU32());
                }
                case DATA_DROP, ELEM_DROP -> new Op(op, r.readU32(), 0);
                default -> {
                    r.skipImmediates(op);
                    yield null;
                }
            };
            if (o != null && !ops.contains(o)) {
                ops.add(o);
            }
        }
        return ops;
    }

    /** The type index (in the derived module) of the import that runs {@code o}. */
    static int typeIndex(WasmModule w, Op o) {
        boolean wide = switch (o.op()) {
            case MEMORY_INIT -> w.memoryType(o.target()).addressType() == io.wasm4j.core.AddressType.I64;
            case TABLE_INIT -> w.tableType(o.target()).addressType() == io.wasm4j.core.AddressType.I64;
            default -> false;
        };
        int base = w.typeCount();
        return o.op() == Opcode.DATA_DROP || o.op() == Opcode.ELEM_DROP ? base + 2 : wide ? base + 1 : base;
    }

    /** The three function types appended to the type section, each its own entry. */
    static byte[] appendedTypes() {
        return new byte[] {
            0x60, 3, 0x7F, 0x7F, 0x7F, 0, // [i32 i32 i32] -> []
            0x60, 3, 0x7E, 0x7F, 0x7F, 0, // [i64 i32 i32] -> []
            0x60, 0, 0 // [] -> []
        };
    }

    /**
     * The function's instructions with each segment instruction replaced by {@code call} of its import
     * ({@code funcCount + index in ops}).
     */
    static byte[] rewriteBody(WasmModule w, int f, List<Op> ops) {
        FunctionBody body = w.body(f);
        byte[] src = w.bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(src, body.codeStart(), body.instructionsStart() - body.codeStart());
        var r = new CodeReader(src, body.instructionsStart(), body.end());
        while (r.position() < body.end()) {
            int start = r.position();
            Opcode op = r.readOpcode();
            Op o = switch (op) {
                case MEMORY_INIT, TABLE_INIT -> {
                    int segment = r.readU32();
                    yield new Op(op, segment, r.readU32());
                }
                case DATA_DROP, ELEM_DROP -> new Op(op, r.readU32(), 0);
                default -> {
                    r.skipImmediates(op);
                    yield null;
                }
            };
            if (o == null) {
                out.write(src, start, r.position() - start);
            } else {
                out.write(0x10);
                long v = w.funcCount() + ops.indexOf(o);
                do {
                    int b = (int) (v & 0x7F);
                    v >>>= 7;
                    out.write(v != 0 ? b | 0x80 : b);
                } while (v != 0);
            }
        }
        return out.toByteArray();
    }

    /** The fallback's compiled module together with the segment instructions its imports must run. */
    static final class Compiled implements CompiledModule {
        private final CompiledModule delegate;
        private final List<Op> ops;
        private final DefinedType[] types;

        Compiled(CompiledModule delegate, List<Op> ops, DefinedType[] derivedTypes) {
            this.delegate = delegate;
            this.ops = ops;
            WasmModule w = delegate.module().module();
            this.types = new DefinedType[ops.size()];
            for (int i = 0; i < ops.size(); i++) {
                types[i] = derivedTypes[w.funcTypeIndex(w.funcCount() - 1 - ops.size() + i)];
            }
        }

        /** The index of the function itself in the derived module. */
        int selfIndex() {
            return delegate.module().module().funcCount() - 1;
        }

        /** The functions to import: the instance's own, then one per segment instruction. */
        WasmFunction[] functions(BcInstance inst) {
            WasmFunction[] all = java.util.Arrays.copyOf(inst.functions, inst.functions.length + ops.size());
            for (int i = 0; i < ops.size(); i++) {
                all[inst.functions.length + i] = new SegmentFunction(types[i], ops.get(i), inst);
            }
            return all;
        }

        @Override
        public ValidatedModule module() {
            return delegate.module();
        }

        @Override
        public ModuleInstance instantiate(Imports imports, InstanceContext context) {
            return delegate.instantiate(imports, context);
        }
    }

    /** Runs one segment instruction on a {@link BcInstance}. */
    private static final class SegmentFunction extends WasmFunction {
        private final Op op;
        private final BcInstance inst;

        SegmentFunction(DefinedType type, Op op, BcInstance inst) {
            super(type);
            this.op = op;
            this.inst = inst;
        }

        @Override
        public Object[] invoke(ModuleInstance caller, Object... args) {
            switch (op.op()) {
                case MEMORY_INIT ->
                    Rt.memInit(address(args[0]), (Integer) args[1], (Integer) args[2], op.target(), op.segment(), inst);
                case TABLE_INIT ->
                    Rt.tableInit(
                            address(args[0]), (Integer) args[1], (Integer) args[2], op.target(), op.segment(), inst);
                case DATA_DROP -> Rt.dataDrop(op.segment(), inst);
                default -> Rt.elemDrop(op.segment(), inst);
            }
            return new Object[0];
        }

        private static long address(Object v) {
            return v instanceof Integer i ? i & 0xFFFF_FFFFL : (Long) v;
        }
    }
}
