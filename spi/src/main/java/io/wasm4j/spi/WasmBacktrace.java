package io.wasm4j.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WebAssembly frames an exception unwound through, innermost first.
 *
 * <p>A {@link Trap} carries its backtrace directly. Any other exception (a host function's own
 * exception, a {@link ThrownException}) that passes through WebAssembly frames keeps its type and gains
 * the frames as a suppressed exception, found again with {@link #of(Throwable)}.
 *
 * <p>Thread safety: frames are added by the thread that unwinds; read the backtrace after the exception
 * has been caught.
 */
public final class WasmBacktrace {
    private final List<FrameInfo> frames = new ArrayList<>(4);

    /** Creates an empty backtrace. */
    public WasmBacktrace() {}

    /** Returns the frames, innermost first (an unmodifiable view). */
    public List<FrameInfo> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** Appends frames that are further out than those recorded so far. */
    public void addAll(List<FrameInfo> outer) {
        frames.addAll(outer);
    }

    /** Appends one frame further out than those recorded so far. */
    public void add(FrameInfo frame) {
        frames.add(frame);
    }

    /**
     * Returns the backtrace attached to {@code t}, creating and attaching an empty one when there is none.
     * Backends call this while unwinding through their frames, then {@link #add} to it.
     */
    public static WasmBacktrace of(Throwable t) {
        if (t instanceof Trap trap) {
            return trap.backtrace();
        }
        for (Throwable s : t.getSuppressed()) {
            if (s instanceof Carrier carrier) {
                return carrier.backtrace;
            }
        }
        Carrier carrier = new Carrier(new WasmBacktrace());
        t.addSuppressed(carrier);
        return carrier.backtrace;
    }

    /** Returns the backtrace attached to {@code t}, or {@code null} if it never passed through wasm. */
    public static WasmBacktrace find(Throwable t) {
        if (t instanceof Trap trap) {
            return trap.backtrace();
        }
        for (Throwable s : t.getSuppressed()) {
            if (s instanceof Carrier carrier) {
                return carrier.backtrace;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("wasm backtrace:");
        for (int i = 0; i < frames.size(); i++) {
            sb.append("\n    ").append(i).append(": ").append(frames.get(i));
        }
        return sb.toString();
    }

    /** Carries a backtrace on a non-trap exception; its message prints the frames. */
    private static final class Carrier extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient WasmBacktrace backtrace;

        Carrier(WasmBacktrace backtrace) {
            super(null, null, false, false);
            this.backtrace = backtrace;
        }

        @Override
        public String getMessage() {
            return backtrace.toString();
        }
    }
}
