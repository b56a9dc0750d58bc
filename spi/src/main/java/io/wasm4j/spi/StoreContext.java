package io.wasm4j.spi;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-store execution state that guest code polls: epoch interruption and fuel (ARCHITECTURE.md,
 * "Interruption and limits"). The facade creates one per store and passes it in {@link
 * InstanceContext#store()}.
 *
 * <p>Backends must, when {@link CompileContext#epochInterruption()} is on, call {@link #checkEpoch()} at
 * every function entry and loop header; and when {@link CompileContext#consumeFuel()} is on, call {@link
 * #consumeFuel(long)} at least at every function entry and loop header with the number of instructions
 * since the previous call (approximations per block are fine). When a flag is off they may omit the calls.
 *
 * <p>Backends that bound recursion by counting frames may keep the count in {@link #callDepth}.
 *
 * <p>Thread safety: {@link #checkEpoch()} may race with the engine's epoch being incremented from another
 * thread (that is its purpose); everything else belongs to the thread using the store.
 */
public final class StoreContext {
    private final AtomicLong engineEpoch;
    private long epochDeadline = Long.MAX_VALUE;
    private long fuel;

    /**
     * The number of wasm frames of this store's instances active on the thread using the store, for a backend
     * that counts frames against its depth limit ({@link CompileContext#maxWasmStack()}): it reads the count
     * where a call enters its code from outside (the host, another instance, a function reference) and writes
     * it before its code calls out, so that re-entry through host functions and calls between the store's
     * instances count together. Where it read the count it must restore it when the call returns or throws. A
     * field rather than accessors because generated code writes it.
     */
    public int callDepth;

    /**
     * Creates the context of one store.
     *
     * @param engineEpoch the engine's epoch counter, shared by all its stores
     */
    public StoreContext(AtomicLong engineEpoch) {
        this.engineEpoch = Objects.requireNonNull(engineEpoch);
    }

    /**
     * Traps with {@link TrapCode#INTERRUPT} when the engine's epoch has reached this store's deadline.
     *
     * @throws Trap when the deadline has passed
     */
    public void checkEpoch() {
        if (engineEpoch.getOpaque() >= epochDeadline) {
            throw new Trap(TrapCode.INTERRUPT);
        }
    }

    /**
     * Consumes {@code units} of fuel.
     *
     * @throws Trap with {@link TrapCode#OUT_OF_FUEL} when less than {@code units} was left (the fuel is
     *     then zero)
     */
    public void consumeFuel(long units) {
        long left = fuel - units;
        if (left < 0) {
            fuel = 0;
            throw new Trap(TrapCode.OUT_OF_FUEL);
        }
        fuel = left;
    }

    /** Returns the fuel left. */
    public long fuel() {
        return fuel;
    }

    /** Sets the fuel left. @throws IllegalArgumentException if negative */
    public void setFuel(long fuel) {
        if (fuel < 0) {
            throw new IllegalArgumentException("fuel must not be negative: " + fuel);
        }
        this.fuel = fuel;
    }

    /** Sets the deadline to {@code ticks} epochs after the engine's current epoch. */
    public void setEpochDeadline(long ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("ticks must not be negative: " + ticks);
        }
        long now = engineEpoch.get();
        epochDeadline = ticks > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + ticks;
    }

    /** Returns the epoch at which guest code traps, {@link Long#MAX_VALUE} for never. */
    public long epochDeadline() {
        return epochDeadline;
    }
}
