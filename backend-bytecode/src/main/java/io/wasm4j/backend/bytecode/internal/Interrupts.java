package io.wasm4j.backend.bytecode.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MutableCallSite;

/**
 * The interruption switch of one {@link BcModule}: a call site every interruption check of the module's
 * code links to ({@code invokedynamic}, see {@link Rt#interruptSite}). Its target returns the constant
 * {@code false} while no instance of the module has a pending request, so C2 inlines it and drops the
 * check, recording a dependency on the site. A request sets the instance's word and, for the first
 * pending one, turns the target to {@code true}: the JVM deoptimizes the dependent code, and every check
 * then calls {@link Rt#interrupted}, which traps only in instances whose word is set. When the last pending
 * request has been taken, the target returns to {@code false}.
 *
 * <p>Thread safety: requests and takes are serialised on this object; the word is volatile.
 */
final class Interrupts {
    private static final MethodHandle NONE = MethodHandles.constant(boolean.class, false);
    private static final MethodHandle SOME = MethodHandles.constant(boolean.class, true);

    /** The call site every interruption check links to. */
    final MutableCallSite site = new MutableCallSite(NONE);

    /** How many instances of the module have their word set. */
    private int pending;

    /** Sets the interruption word of {@code inst} and makes the module's checks look at it. */
    synchronized void request(BcInstance inst) {
        if (inst.interrupt != 0) {
            return;
        }
        inst.interrupt = 1;
        if (pending++ == 0) {
            site.setTarget(SOME);
            MutableCallSite.syncAll(new MutableCallSite[] {site});
        }
    }

    /** Clears the word of {@code inst} and returns whether it was set. */
    synchronized boolean take(BcInstance inst) {
        if (inst.interrupt == 0) {
            return false;
        }
        inst.interrupt = 0;
        if (--pending == 0) {
            site.setTarget(NONE);
        }
        return true;
    }

    /** Returns whether the checks currently call {@link Rt#interrupted} (for tests). */
    boolean armed() {
        return site.getTarget() == SOME;
    }
}
