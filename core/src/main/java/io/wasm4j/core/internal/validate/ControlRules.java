package io.wasm4j.core.internal.validate;

import static io.wasm4j.core.internal.validate.FuncValidator.K_CATCH;
import static io.wasm4j.core.internal.validate.FuncValidator.K_CATCH_ALL;
import static io.wasm4j.core.internal.validate.FuncValidator.K_ELSE;
import static io.wasm4j.core.internal.validate.FuncValidator.K_IF;
import static io.wasm4j.core.internal.validate.FuncValidator.K_TRY;
import static io.wasm4j.core.internal.validate.FuncValidator.SEQ_EMPTY;

import io.wasm4j.core.TagType;
import io.wasm4j.core.code.Opcode;

/** Validation of control instructions: blocks, branches, calls, exceptions (new and legacy). */
final class ControlRules {

    private ControlRules() {}

    static void validate(FuncValidator v, Opcode op) {
        switch (op) {
            case UNREACHABLE -> v.unreachable();
            case BLOCK, LOOP, IF, TRY -> block(v, op);
            case ELSE -> elseOp(v);
            case END -> end(v);
            case TRY_TABLE -> tryTable(v);
            case CATCH, CATCH_ALL -> catchOp(v, op);
            case DELEGATE -> delegate(v);
            case RETHROW -> {
                int f = v.labelFrame(v.r.readU32());
                int k = v.ctrlKind[f];
                if (k != K_CATCH && k != K_CATCH_ALL) {
                    throw v.invalid("invalid rethrow label");
                }
                v.beginBranch();
                v.target(f);
                v.unreachable();
            }
            case THROW -> {
                v.popSeq(tagType(v, v.r.readU32()), false);
                v.unreachable();
            }
            case THROW_REF -> {
                v.pop(Types.EXNREF);
                v.unreachable();
            }
            case BR -> {
                int f = v.labelFrame(v.r.readU32());
                v.popLabel(f);
                v.beginBranch();
                v.target(f);
                v.unreachable();
            }
            case BR_IF -> {
                int f = v.labelFrame(v.r.readU32());
                v.pop(Types.I32);
                v.popLabel(f);
                v.pushLabel(f);
                v.beginBranch();
                v.target(f);
            }
            case BR_TABLE -> brTable(v);
            case RETURN -> {
                v.popSeq(v.ctrlOut[0], true);
                v.beginBranch();
                v.target(0);
                v.unreachable();
            }
            case CALL, RETURN_CALL -> {
                int t = v.env.funcTypeIndex(funcIndex(v, v.r.readU32()));
                call(v, t, op == Opcode.RETURN_CALL);
            }
            case CALL_INDIRECT, RETURN_CALL_INDIRECT -> {
                int t = v.funcTypeIndex(v.r.readU32());
                int table = MemoryRules.tableIndex(v, v.r.readU32());
                if (!v.types.isSub(Types.of(v.env.table(table).elementType()), Types.FUNCREF)) {
                    throw v.invalid("type mismatch: call_indirect on a table of non-function references");
                }
                v.pop(MemoryRules.tableAddress(v, table));
                call(v, t, op == Opcode.RETURN_CALL_INDIRECT);
            }
            case CALL_REF, RETURN_CALL_REF -> {
                int t = v.funcTypeIndex(v.r.readU32());
                v.pop(Types.ref(true, Types.definedHeap(t)));
                call(v, t, op == Opcode.RETURN_CALL_REF);
            }
            case BR_ON_NULL -> {
                int f = v.labelFrame(v.r.readU32());
                int rt = v.popRef();
                v.popLabel(f);
                v.pushLabel(f);
                v.push(rt == Types.BOT ? Types.ref(false, Types.HEAP_BOT) : Types.withNullable(rt, false));
                v.beginBranch();
                v.target(f);
            }
            case BR_ON_NON_NULL -> {
                int f = v.labelFrame(v.r.readU32());
                int last = lastLabelRef(v, f);
                int rt = v.popRef();
                int nonNull = rt == Types.BOT ? Types.BOT : Types.withNullable(rt, false);
                if (!v.types.isSub(nonNull, last)) {
                    throw v.invalid("type mismatch: br_on_non_null operand does not match the label");
                }
                popPushPrefix(v, f);
                v.beginBranch();
                v.target(f);
            }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> brOnCast(v, op == Opcode.BR_ON_CAST);
            default -> throw new AssertionError(op);
        }
    }

    static int funcIndex(FuncValidator v, int f) {
        if (f < 0 || f >= v.env.funcCount()) {
            throw v.invalid("unknown function " + Integer.toUnsignedString(f));
        }
        return f;
    }

    /** Returns the function type index of tag {@code tag}. */
    static int tagType(FuncValidator v, int tag) {
        if (tag < 0 || tag >= v.env.tagCount()) {
            throw v.invalid("unknown tag " + Integer.toUnsignedString(tag));
        }
        TagType tt = v.env.tag(tag);
        return tt.typeIndex();
    }

    private static void call(FuncValidator v, int t, boolean tail) {
        if (tail) {
            int own = v.ctrlOut[0];
            int n = v.seqCount(t, true);
            boolean ok = n == v.seqCount(own, true);
            for (int i = 0; ok && i < n; i++) {
                ok = v.types.isSub(v.seqType(t, true, i), v.seqType(own, true, i));
            }
            if (!ok) {
                throw v.invalid("type mismatch: tail call results do not match the function's results");
            }
            v.popSeq(t, false);
            v.unreachable();
        } else {
            v.popSeq(t, false);
            v.pushSeq(t, true);
        }
    }

    private static void block(FuncValidator v, Opcode op) {
        int bt = v.readBlockType();
        if (op == Opcode.IF) {
            v.pop(Types.I32);
        }
        v.popSeq(bt, false);
        int kind = switch (op) {
            case BLOCK -> FuncValidator.K_BLOCK;
            case LOOP -> FuncValidator.K_LOOP;
            case IF -> K_IF;
            default -> K_TRY;
        };
        int block = v.side == null ? -1 : v.side.openBlock(v, op, v.at, v.r.position(), v.valsSize, bt);
        v.pushCtrl(kind, bt, bt, block);
    }

    private static void elseOp(FuncValidator v) {
        int top = v.ctrlSize - 1;
        if (v.ctrlKind[top] != K_IF) {
            throw FuncValidator.malformed("else without matching if", v.at);
        }
        int f = v.popCtrl();
        v.pushCtrl(K_ELSE, v.ctrlIn[f], v.ctrlOut[f], v.ctrlBlock[f]);
        if (v.side != null) {
            v.side.setElse(v.ctrlBlock[f], v.at);
        }
    }

    private static void end(FuncValidator v) {
        int f = v.popCtrl();
        if (v.ctrlKind[f] == K_IF) {
            // no else: the missing else branch must turn the parameters into the results
            v.pushCtrl(K_ELSE, v.ctrlIn[f], v.ctrlOut[f], v.ctrlBlock[f]);
            v.popCtrl();
        }
        if (v.side != null && v.ctrlBlock[f] >= 0) {
            v.side.setEnd(v.ctrlBlock[f], v.at, v.r.position());
        }
        if (v.ctrlSize > 0) {
            v.pushSeq(v.ctrlOut[f], true);
        }
    }

    private static void catchOp(FuncValidator v, Opcode op) {
        int top = v.ctrlSize - 1;
        int k = v.ctrlKind[top];
        if (k != K_TRY && k != K_CATCH) {
            throw FuncValidator.malformed(op.mnemonic() + " without matching try", v.at);
        }
        int tag = op == Opcode.CATCH ? v.r.readU32() : -1;
        int in = op == Opcode.CATCH ? tagType(v, tag) : SEQ_EMPTY;
        int f = v.popCtrl();
        v.pushCtrl(op == Opcode.CATCH ? K_CATCH : K_CATCH_ALL, in, v.ctrlOut[f], v.ctrlBlock[f]);
        if (v.side != null) {
            v.side.setElse(v.ctrlBlock[f], v.at);
            v.side.addCatch(v.ctrlBlock[f], v.at, tag);
        }
    }

    private static void delegate(FuncValidator v) {
        int top = v.ctrlSize - 1;
        if (v.ctrlKind[top] != K_TRY) {
            throw FuncValidator.malformed("delegate without matching try", v.at);
        }
        int label = v.r.readU32();
        int f = v.popCtrl();
        int target = v.labelFrame(label);
        if (v.side != null) {
            v.side.setEnd(v.ctrlBlock[f], v.at, v.r.position());
            v.beginBranch();
            v.target(target);
        }
        v.pushSeq(v.ctrlOut[f], true);
    }

    private static void tryTable(FuncValidator v) {
        int bt = v.readBlockType();
        int n = v.r.readLength();
        v.beginBranch();
        for (int i = 0; i < n; i++) {
            int kind = v.r.readByte();
            if (kind > 3) {
                throw FuncValidator.malformed("malformed catch clause", v.r.position() - 1);
            }
            int tagType = kind < 2 ? tagType(v, v.r.readU32()) : SEQ_EMPTY;
            int f = v.labelFrame(v.r.readU32());
            int params = v.seqCount(tagType, false);
            boolean ref = kind == 1 || kind == 3;
            int count = params + (ref ? 1 : 0);
            boolean ok = v.labelCount(f) == count;
            for (int j = 0; ok && j < params; j++) {
                ok = v.types.isSub(v.seqType(tagType, false, j), v.labelType(f, j));
            }
            if (ok && ref) {
                ok = v.types.isSub(Types.ref(false, Types.H_EXN), v.labelType(f, params));
            }
            if (!ok) {
                throw v.invalid("type mismatch: catch clause does not match its label");
            }
            v.target(f);
        }
        v.popSeq(bt, false);
        int block = v.side == null ? -1 : v.side.openBlock(v, Opcode.TRY_TABLE, v.at, v.r.position(), v.valsSize, bt);
        v.pushCtrl(FuncValidator.K_TRY_TABLE, bt, bt, block);
    }

    private static void brTable(FuncValidator v) {
        v.pop(Types.I32);
        int n = v.r.readLength();
        int labels = v.r.position();
        for (int i = 0; i < n; i++) {
            v.r.readU32();
        }
        int def = v.labelFrame(v.r.readU32());
        int end = v.r.position();
        int arity = v.labelCount(def);
        v.r.position(labels);
        v.beginBranch();
        for (int i = 0; i < n; i++) {
            int f = v.labelFrame(v.r.readU32());
            if (v.labelCount(f) != arity) {
                throw v.invalid("type mismatch: br_table targets have different arities");
            }
            // pop against this label's types, then push back what was popped
            if (v.scratch.length < arity) {
                v.scratch = new int[arity];
            }
            for (int j = arity - 1; j >= 0; j--) {
                v.scratch[j] = v.pop(v.labelType(f, j));
            }
            for (int j = 0; j < arity; j++) {
                v.push(v.scratch[j]);
            }
            v.target(f);
        }
        v.r.position(end);
        v.popLabel(def);
        v.target(def);
        v.unreachable();
    }

    /** Returns the last type of label {@code f}, which must be a reference type. */
    private static int lastLabelRef(FuncValidator v, int f) {
        int n = v.labelCount(f);
        int last = n == 0 ? Types.I32 : v.labelType(f, n - 1);
        if (!Types.isRef(last)) {
            throw v.invalid("type mismatch: label must end in a reference type");
        }
        return last;
    }

    /** Pops and pushes back all but the last label type of frame {@code f}. */
    private static void popPushPrefix(FuncValidator v, int f) {
        int n = v.labelCount(f) - 1;
        for (int j = n - 1; j >= 0; j--) {
            v.pop(v.labelType(f, j));
        }
        for (int j = 0; j < n; j++) {
            v.push(v.labelType(f, j));
        }
    }

    private static void brOnCast(FuncValidator v, boolean onSuccess) {
        int flags = v.r.readByte();
        if (flags > 3) {
            throw FuncValidator.malformed("malformed br_on_cast flags", v.r.position() - 1);
        }
        int f = v.labelFrame(v.r.readU32());
        int h1 = v.readHeap();
        int h2 = v.readHeap();
        int rt1 = Types.ref((flags & 1) != 0, h1);
        int rt2 = Types.ref((flags & 2) != 0, h2);
        if (!v.types.isSub(rt2, rt1)) {
            throw v.invalid("type mismatch: cast target type is not a subtype of the source type");
        }
        int diff = Types.ref((flags & 1) != 0 && (flags & 2) == 0, h1);
        int last = lastLabelRef(v, f);
        if (!v.types.isSub(onSuccess ? rt2 : diff, last)) {
            throw v.invalid("type mismatch: cast result does not match the label");
        }
        v.pop(rt1);
        popPushPrefix(v, f);
        v.push(onSuccess ? diff : rt2);
        v.beginBranch();
        v.target(f);
    }
}
