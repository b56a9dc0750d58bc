package io.wasm4j.spi;

/**
 * An instance of a {@link CompiledModule}, created by the backend and wrapped by the facade. It gives
 * access to every entity in the module's index spaces (imports first, as in the spec); exports are
 * looked up through the module's export list.
 *
 * <p>Implementations must:
 *
 * <ul>
 *   <li>return the same object for the same index every time (imported entities are the objects passed
 *       in {@link Imports});
 *   <li>be fully initialised (globals, tables, active element and data segments) when {@link
 *       CompiledModule#instantiate} returns, and run the start function only in {@link #start()};
 *   <li>pass {@code this} as the {@code caller} when their code calls a {@link WasmFunction}.
 * </ul>
 *
 * <p>Thread safety: as safe as the store that owns the instance.
 */
public abstract class ModuleInstance {
    private volatile Object attachment;

    /** For subclasses. */
    protected ModuleInstance() {}

    /** Returns function {@code funcIndex} of the module's function index space. */
    public abstract WasmFunction function(int funcIndex);

    /** Returns table {@code tableIndex}. */
    public abstract WasmTable table(int tableIndex);

    /** Returns memory {@code memoryIndex}. */
    public abstract LinearMemory memory(int memoryIndex);

    /** Returns global {@code globalIndex}. */
    public abstract WasmGlobal global(int globalIndex);

    /** Returns tag {@code tagIndex}. */
    public abstract WasmTag tag(int tagIndex);

    /**
     * Runs the module's start function, if it has one. The facade calls it once, after {@link
     * #attach}ing its own instance object.
     *
     * @throws Trap if the start function traps
     */
    public abstract void start();

    /** Returns the object the facade attached (its public instance), or {@code null}. */
    public final Object attachment() {
        return attachment;
    }

    /** Attaches the facade's object for this instance, so host functions can find it from a caller. */
    public final void attach(Object facadeInstance) {
        this.attachment = facadeInstance;
    }
}
