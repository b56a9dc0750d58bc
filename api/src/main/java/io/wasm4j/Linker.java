package io.wasm4j;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.Import;
import io.wasm4j.core.WasmModule;
import io.wasm4j.spi.DefinedType;
import java.lang.invoke.MethodHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a module's imports by {@code (module, name)} against host functions, store entities and whole
 * instances, then instantiates it.
 *
 * <p>Shadowing: defining a name twice fails unless {@link #allowShadowing(boolean)} is on, in which case
 * the later definition replaces the earlier one (as in wasmtime).
 *
 * <p>Host functions defined here belong to no store: each store gets its own instance of them when a
 * module is instantiated. Memories, tables, globals, tags and instance exports belong to the store they
 * were created in and can only be used to instantiate in that store.
 *
 * <p>Thread safety: define everything on one thread; afterwards {@link #instantiatePre} and {@link
 * #instantiate} may be called from several threads (with different stores).
 *
 * @param <T> the data type of the stores this linker instantiates in
 */
public final class Linker<T> {
    private record Key(String module, String name) {
        @Override
        public String toString() {
            return "`" + module + "::" + name + "`";
        }
    }

    private final Engine engine;
    private final Map<Key, Object> definitions = new LinkedHashMap<>();
    private boolean allowShadowing;

    /** Creates an empty linker for modules of {@code engine}. */
    public Linker(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Returns the engine. */
    public Engine engine() {
        return engine;
    }

    /** Sets whether a definition may replace an earlier one of the same name (off by default). */
    public Linker<T> allowShadowing(boolean allow) {
        this.allowShadowing = allow;
        return this;
    }

    /**
     * Defines a host function on the untyped path.
     *
     * @param type the signature (type indices in canonical encoding)
     * @throws IllegalStateException if the name is defined and shadowing is off
     */
    public Linker<T> func(String module, String name, FuncType type, HostFunction<T> fn) {
        Objects.requireNonNull(fn, "fn");
        return put(module, name, HostDefinition.untyped(engine.core().types(), type, fn));
    }

    /**
     * Defines a host function from a method handle of type {@code ([Caller,] params...) → result} ({@code
     * int}, {@code long}, {@code float}, {@code double}, {@code V128}, {@code Object} for externref, or a
     * {@code void} result); the wasm signature follows from the handle's type. Calls from wasm through
     * such a function allocate nothing beyond the {@link Caller}, if the handle takes one.
     *
     * @throws IllegalArgumentException if the handle uses other Java types
     * @throws IllegalStateException if the name is defined and shadowing is off
     */
    public Linker<T> func(String module, String name, MethodHandle handle) {
        return put(module, name, HostDefinition.typed(engine.core().types(), handle));
    }

    /**
     * Defines a host function from a lambda implementing a functional interface whose method takes an
     * optional leading {@link Caller}, then {@code int}, {@code long}, {@code float}, {@code double},
     * {@code V128} or {@code Object} (externref) parameters, and returns one of those or {@code void}.
     * Calls from wasm allocate nothing beyond the {@code Caller}, if the method takes one. The interface
     * must be public and in an unconditionally exported package (or on the class path), like those of
     * {@code java.util.function}.
     *
     * {@snippet :
     * linker.func("env", "double", java.util.function.IntUnaryOperator.class, x -> 2 * x);
     * }
     *
     * @throws IllegalArgumentException if the interface is not functional or uses other Java types
     * @throws IllegalStateException if the name is defined and shadowing is off
     */
    public <F> Linker<T> func(String module, String name, Class<F> functionalInterface, F impl) {
        return put(module, name, HostDefinition.ofInterface(engine.core().types(), functionalInterface, impl));
    }

    /**
     * Defines a store entity (a function, table, memory, global or tag) under a name.
     *
     * @throws IllegalStateException if the name is defined and shadowing is off
     */
    public Linker<T> define(String module, String name, Extern item) {
        return put(module, name, Objects.requireNonNull(item, "item"));
    }

    /**
     * Defines every export of {@code instance} under module name {@code module}.
     *
     * @throws IllegalStateException if a name is defined and shadowing is off
     */
    public Linker<T> instance(String module, Instance instance) {
        instance.exports().forEach((name, item) -> define(module, name, item));
        return this;
    }

    /**
     * Returns the definition of {@code (module, name)} as seen from {@code store} (host functions are
     * instantiated in it).
     */
    public Optional<Extern> get(Store<T> store, String module, String name) {
        Object def = definitions.get(new Key(module, name));
        return Optional.ofNullable(def == null ? null : materialize(store, def));
    }

    /**
     * Resolves and type-checks {@code module}'s imports once, for fast repeated instantiation.
     *
     * @throws LinkException if an import is not defined ("unknown import") or has the wrong type
     *     ("incompatible import type")
     */
    public InstancePre<T> instantiatePre(Module module) {
        if (module.engine() != engine) {
            throw new IllegalArgumentException("the module was compiled for another engine");
        }
        WasmModule m = module.wasm();
        List<Import> imports = m.imports();
        Object[] resolved = new Object[imports.size()];
        ImportMatcher matcher = new ImportMatcher(engine.core().types());
        for (int i = 0; i < resolved.length; i++) {
            Import imp = imports.get(i);
            Key key = new Key(imp.module(), imp.name());
            Object def = definitions.get(key);
            if (def == null) {
                throw new LinkException("unknown import: " + key + " has not been defined");
            }
            DefinedType expectedFunc = switch (imp.kind()) {
                case FUNC -> module.types()[m.funcTypeIndex(imp.index())];
                case TAG -> module.types()[m.tagType(imp.index()).typeIndex()];
                default -> null;
            };
            matcher.check(
                    key.toString(),
                    externType(def),
                    funcType(def),
                    module.imports().get(i).type(),
                    expectedFunc);
            resolved[i] = def;
        }
        return new InstancePre<>(module, resolved);
    }

    /**
     * Instantiates {@code module} in {@code store}: resolves imports, allocates, initialises and runs the
     * start function.
     *
     * @throws LinkException if the imports cannot be resolved
     * @throws UninstantiableException if a memory or table cannot be allocated
     * @throws io.wasm4j.spi.Trap if a segment initialiser or the start function traps
     */
    public Instance instantiate(Store<T> store, Module module) {
        return instantiatePre(module).instantiate(store);
    }

    private Linker<T> put(String module, String name, Object def) {
        Key key = new Key(Objects.requireNonNull(module, "module"), Objects.requireNonNull(name, "name"));
        if (!allowShadowing && definitions.containsKey(key)) {
            throw new IllegalStateException(
                    key + " is already defined; call allowShadowing(true) to replace definitions");
        }
        definitions.put(key, def);
        return this;
    }

    private static ExternType externType(Object def) {
        return def instanceof HostDefinition<?> h
                ? new ExternType.Func(h.type().funcType())
                : ((Extern) def).externType();
    }

    private static DefinedType funcType(Object def) {
        return switch (def) {
            case HostDefinition<?> h -> h.type();
            case Func f -> f.raw().type();
            case Tag t -> t.raw().type();
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    static <T> Extern materialize(Store<T> store, Object def) {
        if (def instanceof HostDefinition<?> h) {
            return new Func(store, store.hostFunction((HostDefinition<T>) h));
        }
        return (Extern) def;
    }

    @Override
    public String toString() {
        return "Linker" + definitions.keySet();
    }
}
