package io.wasm4j.wat.internal.text;

import io.wasm4j.wat.WatException;
import java.util.function.Supplier;

/**
 * Runs the recursive parser and encoder on a thread with a large stack, so that deeply nested text (a
 * compiler's switch lowered to thousands of nested blocks) does not overflow the caller's stack.
 */
public final class DeepStack {
    /** Stack size of the worker thread: address space is reserved, memory is committed as it is used. */
    private static final long STACK_BYTES = 1L << 29;

    private static final String THREAD_NAME = "wasm4j-wat";

    private DeepStack() {}

    /**
     * Runs {@code work} on a thread with a large stack (or directly when already on one) and returns its
     * result; a stack overflow becomes a {@link WatException} "nesting too deep".
     */
    public static <T> T run(Supplier<T> work) {
        if (Thread.currentThread().getName().equals(THREAD_NAME)) {
            return guarded(work);
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result[0] = guarded(work);
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                },
                THREAD_NAME,
                STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new WatException("nesting too deep", 0, 0);
        }
    }
}
