package io.wasm4j.backend.bytecode.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The interruption switch of one {@link BcModule}: a call site ({@code (BcInstance)Z}) that every
 * interruption check of the module's code links to with {@code invokedynamic} (see {@link
 * Rt#interruptSite}); when it returns true the check calls {@link Rt#interrupted}.
 *
 * <p>While no instance of the module has a pending request the target returns the constant {@code false},
 * so C2 inlines it, drops the check and records a dependency on the site. The first pending request turns
 * the target into a read of the instance's volatile word (the check as it was before this switch): the JVM
 * deoptimizes the dependent code, and instances whose word is clear keep running. When the last pending
 * request has been taken the target returns to {@code false}, at most {@link #MAX_DISARMS} times: every flip
 * deoptimizes the module's hot methods, and HotSpot stops compiling a method with C2 after
 * {@code PerMethodRecompilationCutoff} (400) deoptimizations, so a module that is interrupted often keeps
 * the word read for good.
 *
 * <p>Thread safety: requests and takes are serialised on this object; the word is volatile.
 */
final class Interrupts {
    /** How many times the switch returns to the constant {@code false}; then it stays on the word read. */
    static final int MAX_DISARMS = 64;

    private static final MethodHandle NONE =
            MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false), 0, BcInstance.class);
    private static final MethodHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup()
                    .findStatic(Interrupts.class, "pending", MethodType.methodType(boolean.class, BcInstance.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The call site every interruption check links to. */
    final MutableCallSite site = new MutableCallSite(NONE);

    /** How many instances of the module have their word set. */
    private int pending;

    private int disarms;

    private static boolean pending(BcInstance inst) {
        return inst.interrupt != 0;
    }

    /** Sets the interruption word of {@code inst} and makes the module's checks read it. */
    synchronized void request(BcInstance inst) {
        if (inst.interrupt != 0) {
            return;
        }
        inst.interrupt = 1;
        if (pending++ == 0 && site.getTarget() != WORD) {
            site.setTarget(WORD);
            MutableCallSite.syncAll(new MutableCallSite[] {site});
        }
    }

    /** Clears the word of {@code inst} and returns whether it was set. */
    synchronized boolean take(BcInstance inst) {
        if (inst.interrupt == 0) {
            return false;
        }
        inst.interrupt = 0;
        if (--pending == 0 && disarms < MAX_DISARMS) {
            disarms++;
            site.setTarget(NONE);
        }
        return true;
    }

    /** Returns whether the checks currently read the instances' words (for tests). */
    boolean armed() {
        return site.getTarget() == WORD;
    }
}
