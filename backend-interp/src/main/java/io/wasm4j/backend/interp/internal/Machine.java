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

    /** The first free slot for a call that enters from outside (the embedder or a host function). */
    int top;

    /** The number of active interpreter frames on this thread. */
    int depth;

    static Machine current() {
        return CURRENT.get();
    }

    /** Makes the stack at least {@code needed} slots long. */
    void ensure(int needed) {
        if (needed > s.length) {
            int n = Math.max(needed + 256, s.length * 2);
            s = Arrays.copyOf(s, n);
            h = Arrays.copyOf(h, n);
            r = Arrays.copyOf(r, n);
        }
    }
}
