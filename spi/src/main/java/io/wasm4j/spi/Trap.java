package io.wasm4j.spi;

import io.wasm4j.core.WasmException;
import java.util.Objects;

/**
 * WebAssembly execution trapped: the one unchecked exception backends throw for a trap, and the one
 * embedders catch. It lives in the SPI so backends can throw it without depending on the facade (see
 * {@code docs/adr/0010-trap-lives-in-spi.md}).
 *
 * <p>The message starts with the spec text of the {@link TrapCode}, optionally followed by detail.
 *
 * <p>Implementations (backends) must throw a {@code Trap} for every trap the spec defines, never a JVM
 * exception such as {@link ArithmeticException}, {@link IndexOutOfBoundsException} or {@link
 * StackOverflowError}; and must add the frames they unwind through to {@link #backtrace()}.
 */
public final class Trap extends WasmException {
    private static final long serialVersionUID = 1L;

    /** Why execution trapped. */
    private final TrapCode code;

    private final transient WasmBacktrace backtrace = new WasmBacktrace();

    /** Creates a trap with the code's spec text as message. */
    public Trap(TrapCode code) {
        super(code.message());
        this.code = code;
    }

    /**
     * Creates a trap with detail after the spec text.
     *
     * @param code the reason
     * @param detail extra text appended after {@code code.message()}, e.g. the address and size
     */
    public Trap(TrapCode code, String detail) {
        super(code.message() + ": " + Objects.requireNonNull(detail));
        this.code = code;
    }

    /**
     * Creates a trap naming the index it is about after the spec text, as the reference interpreter does:
     * e.g. {@code "uninitialized element 2"} for a {@code call_indirect} through an empty table slot.
     *
     * @param code the reason
     * @param index the element, table or segment index the trap is about
     * @return the trap
     */
    public static Trap atIndex(TrapCode code, long index) {
        return new Trap(code, index);
    }

    private Trap(TrapCode code, long index) {
        super(code.message() + " " + index);
        this.code = code;
    }

    /**
     * Creates a trap with a cause, e.g. the {@link StackOverflowError} behind {@link
     * TrapCode#STACK_EXHAUSTED}.
     */
    public Trap(TrapCode code, Throwable cause) {
        super(code.message(), cause);
        this.code = code;
    }

    /** Returns why execution trapped. */
    public TrapCode code() {
        return code;
    }

    /** Returns the WebAssembly frames unwound so far, innermost first. */
    public WasmBacktrace backtrace() {
        return backtrace;
    }
}
