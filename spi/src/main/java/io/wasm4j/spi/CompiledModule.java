package io.wasm4j.spi;

import io.wasm4j.core.ValidatedModule;

/**
 * A module compiled by a backend, ready to be instantiated any number of times, in any store of the
 * engine that compiled it.
 *
 * <p>Protocol: the facade calls {@link #instantiate} with matched imports, attaches its own object to the
 * returned {@link ModuleInstance}, then calls {@link ModuleInstance#start()}.
 *
 * <p>Implementations must:
 *
 * <ul>
 *   <li>be immutable and safe to instantiate from several threads at once;
 *   <li>in {@link #instantiate}, follow the spec's instantiation order: allocate, evaluate global and
 *       table initialisers, apply active element then data segments in order (dropping them as the spec
 *       says), and throw {@link Trap} with the spec code when a segment is out of bounds (entities written
 *       before the trap stay written, as the spec requires for shared imports);
 *   <li>allocate the module's own memories with {@link InstanceContext#memoryCreator()}.
 * </ul>
 */
public interface CompiledModule {
    /** Returns the validated module this was compiled from. */
    ValidatedModule module();

    /**
     * Creates an instance; does not run the start function.
     *
     * @param imports the resolved imports, matching {@code module().module().imports()}
     * @param context the store's services
     * @return the instance
     * @throws Trap if a segment initialiser traps
     * @throws IllegalArgumentException if a memory or table cannot be allocated (the message says why)
     */
    ModuleInstance instantiate(Imports imports, InstanceContext context);
}
