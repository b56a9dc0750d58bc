package io.wasm4j.backend.interp.internal;

import java.util.Arrays;

/**
 * One thread's value stack: numbers (and the low half of a {@code v128}) in {@link #s}, the high half of
 * a {@code v128} in {@link #h}, references in {@link #r}; the three arrays are parallel, one slot per
 * value. Frames are windows of it: a callee's locals start where its caller pushed the arguments.
 */
final class Machine {
    private static final ThreadLocal<Machine> CURRENT = ThreadLocal.withInitial(Machine::new);

    long[] s = new long[1024];
    long[] h = new long[1024];
    Object[] r = new Object[1024];

    /** The highest slot any frame may have used since the stack was last empty. */
    int high;

    /** Forgets the references left in the stack once the outermost call has returned, so the JVM can collect them. */
    void releaseIfIdle() {
        if (top == 0) {
            Arrays.fill(r, 0, Math.min(high, r.length), null);
            high = 0;
        }
    }

    /** The first free slot for a call that enters from outside (the embedder or a host function). */
    int top;

    /** The number of active interpreter frames on this thread. */
    int depth;

    /** Saved caller frames of interpreted calls: return pc, frame pointer, code, instance. */
    int[] framePc = new int[256];

    int[] frameFp = new int[256];
    FuncCode[] frameCode = new FuncCode[256];
    Instance[] frameInst = new Instance[256];

    /** The number of saved frames. */
    int frames;

    /** Saves a caller frame. */
    void push(int pc, int fp, FuncCode code, Instance inst) {
        int i = frames;
        if (i == framePc.length) {
            int n = i * 2;
            framePc = Arrays.copyOf(framePc, n);
            frameFp = Arrays.copyOf(frameFp, n);
            frameCode = Arrays.copyOf(frameCode, n);
            frameInst = Arrays.copyOf(frameInst, n);
        }
        framePc[i] = pc;
        frameFp[i] = fp;
        frameCode[i] = code;
        frameInst[i] = inst;
        frames = i + 1;
    }

    static Machine current() {
        return CURRENT.get();
    }

    /** Makes the stack at least {@code needed} slots long. */
    void ensure(int needed) {
        if (needed > high) {
            high = needed;
        }
        if (needed > s.length) {
            int n = Math.max(needed + 256, s.length * 2);
            s = Arrays.copyOf(s, n);
            h = Arrays.copyOf(h, n);
            r = Arrays.copyOf(r, n);
        }
    }
}
