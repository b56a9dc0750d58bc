package io.wasm4j.spi;

/**
 * Why execution trapped. Each code's {@link #message()} is the text the WebAssembly spec tests expect
 * ({@code assert_trap}), so a trap's message can be matched against them.
 */
public enum TrapCode {
    /** {@code unreachable} was executed. */
    UNREACHABLE("unreachable"),
    /** Integer division or remainder by zero. */
    INTEGER_DIVIDE_BY_ZERO("integer divide by zero"),
    /** Signed division overflow ({@code MIN / -1}) or a truncation out of range. */
    INTEGER_OVERFLOW("integer overflow"),
    /** Truncation of NaN to an integer. */
    INVALID_CONVERSION_TO_INTEGER("invalid conversion to integer"),
    /** A memory access, {@code memory.fill/copy/init} or data segment outside the memory. */
    MEMORY_OUT_OF_BOUNDS("out of bounds memory access"),
    /** A table access, {@code table.fill/copy/init} or element segment outside the table. */
    TABLE_OUT_OF_BOUNDS("out of bounds table access"),
    /** {@code call_indirect} index beyond the table's size. */
    UNDEFINED_ELEMENT("undefined element"),
    /** {@code call_indirect} through a null table entry. */
    UNINITIALIZED_ELEMENT("uninitialized element"),
    /** {@code call_indirect} to a function whose type does not match. */
    INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch"),
    /** {@code call_ref} or {@code return_call_ref} on null. */
    NULL_FUNCTION_REFERENCE("null function reference"),
    /** {@code ref.as_non_null}, {@code br_on_non_null} and the like on null. */
    NULL_REFERENCE("null reference"),
    /** {@code struct.get/set} on null. */
    NULL_STRUCTURE_REFERENCE("null structure reference"),
    /** {@code array.*} on null. */
    NULL_ARRAY_REFERENCE("null array reference"),
    /** {@code throw_ref} on null. */
    NULL_EXCEPTION_REFERENCE("null exception reference"),
    /** {@code i31.get_s/u} on null. */
    NULL_I31_REFERENCE("null i31 reference"),
    /** {@code ref.cast} failed. */
    CAST_FAILURE("cast failure"),
    /** An array access or {@code array.fill/copy/init_*} outside the array. */
    ARRAY_OUT_OF_BOUNDS("out of bounds array access"),
    /** A descriptor operation (custom-descriptors proposal) on null. */
    NULL_DESCRIPTOR_REFERENCE("null descriptor reference"),
    /** A descriptor cast (custom-descriptors proposal) failed. */
    DESCRIPTOR_CAST_FAILURE("descriptor cast failure"),
    /** An atomic access at a misaligned address (threads). */
    UNALIGNED_ATOMIC("unaligned atomic"),
    /** {@code memory.atomic.wait} on an unshared memory (threads). */
    EXPECTED_SHARED_MEMORY("expected shared memory"),
    /** Guest recursion went beyond the configured maximum wasm stack. */
    STACK_EXHAUSTED("call stack exhausted"),
    /** The store ran out of fuel. */
    OUT_OF_FUEL("all fuel consumed"),
    /** The epoch deadline passed, or the embedder interrupted execution. */
    INTERRUPT("interrupt"),
    /** An engine invariant was violated (a wasm4j bug); the store is no longer usable. */
    INTERNAL_ERROR("internal engine error");

    private final String message;

    TrapCode(String message) {
        this.message = message;
    }

    /** Returns the spec's text for this trap, e.g. {@code "integer divide by zero"}. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
