package io.wasm4j.backend.interp.internal;

import io.wasm4j.core.NameSection;
import io.wasm4j.spi.FrameInfo;
import io.wasm4j.spi.Trap;
import io.wasm4j.spi.TrapCode;
import io.wasm4j.spi.WasmBacktrace;

/** Stack and frame helpers of {@link Interpreter#execute}, kept out of it so that its loop stays small. */
final class Frames {
    private Frames() {}

    /**
     * Pops every frame of this activation, recording each in {@code backtrace}, and returns {@code t} to
     * be thrown.
     */
    static <T extends Throwable> T unwind(
            Machine m, int entryFrames, T t, WasmBacktrace backtrace, Instance inst, FuncCode fc, int pc) {
        backtrace.add(frame(inst, fc, pc));
        m.depth--;
        while (m.frames > entryFrames) {
            int i = --m.frames;
            backtrace.add(frame(m.frameInst[i], m.frameCode[i], m.framePc[i]));
            m.frameCode[i] = null;
            m.frameInst[i] = null;
            m.depth--;
        }
        return t;
    }

    /**
     * Turns what {@code execute} caught into the exception to throw (a trap, or a host exception keeping
     * its type) and pops this activation's frames into its backtrace.
     */
    static RuntimeException fail(Machine m, int entryFrames, Throwable e, Instance inst, FuncCode fc, int pc) {
        Trap t = switch (e) {
            case Trap trap -> trap;
            case ArrayIndexOutOfBoundsException x -> new Trap(TrapCode.INTERNAL_ERROR, x);
            case IndexOutOfBoundsException x -> new Trap(TrapCode.MEMORY_OUT_OF_BOUNDS);
            case StackOverflowError x -> new Trap(TrapCode.STACK_EXHAUSTED, x);
            default -> null;
        };
        if (t != null) {
            return unwind(m, entryFrames, t, t.backtrace(), inst, fc, pc);
        }
        RuntimeException r = (RuntimeException) e;
        return unwind(m, entryFrames, r, WasmBacktrace.of(r), inst, fc, pc);
    }

    static void clearLocals(long[] s, long[] h, Object[] r, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = 0;
            h[i] = 0;
            r[i] = null;
        }
    }

    static void returnValues(long[] s, long[] h, Object[] r, int sp, int fp, int n) {
        if (n == 1) {
            s[fp] = s[sp - 1];
            h[fp] = h[sp - 1];
            r[fp] = r[sp - 1];
        } else if (n > 1) {
            Values.move(s, h, r, sp - n, fp, n);
        }
    }

    /** Moves the top {@code n} values down to {@code dst} and returns the new stack pointer. */
    static int unwind(long[] s, long[] h, Object[] r, int sp, int dst, int n) {
        if (n == 1) {
            s[dst] = s[sp - 1];
            h[dst] = h[sp - 1];
            r[dst] = r[sp - 1];
        } else if (n != 0 && sp - n != dst) {
            Values.move(s, h, r, sp - n, dst, n);
        }
        return dst + n;
    }

    static FrameInfo frame(Instance inst, FuncCode fc, int pc) {
        NameSection names = inst.module.wasm.names();
        String funcName = fc.funcIndex >= 0 ? names.functionName(fc.funcIndex) : null;
        return new FrameInfo(names.moduleName(), fc.funcIndex, funcName, fc.offsetAt(pc - 1));
    }
}
