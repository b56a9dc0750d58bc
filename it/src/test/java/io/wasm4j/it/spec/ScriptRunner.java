package io.wasm4j.it.spec;

import io.wasm4j.Engine;
import io.wasm4j.Extern;
import io.wasm4j.Func;
import io.wasm4j.Global;
import io.wasm4j.Instance;
import io.wasm4j.LinkException;
import io.wasm4j.Linker;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.UninstantiableException;
import io.wasm4j.Val;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.WasmException;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.script.ResultPattern;
import io.wasm4j.wat.script.WastCommand;
import io.wasm4j.wat.script.WastCommand.Action;
import io.wasm4j.wat.script.WastCommand.ModuleCommand;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the commands of one script, in order, on one backend through the public facade: one {@link Store}
 * and {@link Linker} per script, the {@code spectest} host module, named and registered instances. Each
 * command gives a {@link Verdict}; a wrong answer is reported, never thrown.
 */
final class ScriptRunner {

    private final String backend;
    private final Engine engine;
    private final Store<Void> store;
    private final Linker<Void> linker;
    private final Map<String, Instance> named = new HashMap<>();
    private final Map<String, Module> definitions = new HashMap<>();
    private final Map<String, java.lang.Thread> threads = new HashMap<>();
    /** The results of thread blocks' commands, shared by this runner and those of its (nested) threads. */
    private final Map<WastCommand, Verdict> threadResults;

    private Instance current;

    ScriptRunner(String backend, Engine engine) {
        this(
                backend,
                engine,
                Store.create(engine, null),
                java.util.Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    private ScriptRunner(String backend, Engine engine, Store<Void> store, Map<WastCommand, Verdict> threadResults) {
        this.backend = backend;
        this.threadResults = threadResults;
        this.engine = engine;
        this.store = store;
        this.linker = new Linker<Void>(engine).allowShadowing(true);
        SpecTestHost.define(linker, store);
    }

    /** The result of a command of a {@code thread} block, once its {@code wait} has joined the thread. */
    Verdict threadResult(WastCommand command) {
        Verdict v = threadResults.get(command);
        if (v == null && !threads.isEmpty()) {
            // A block nobody waits for: its commands are listed at the end of the script; join it now.
            for (String id : List.copyOf(threads.keySet())) {
                await(new WastCommand.Wait(command.line(), id));
            }
            v = threadResults.get(command);
        }
        return v != null ? v : skip(SpecScript.THREADS_REASON);
    }

    /** Runs one command. */
    Verdict run(WastCommand command) {
        try {
            return switch (command) {
                case ModuleCommand m -> module(m);
                case WastCommand.ModuleInstance m -> moduleInstance(m);
                case WastCommand.Register r -> register(r);
                case WastCommand.Invoke i -> {
                    action(i);
                    yield pass("");
                }
                case WastCommand.Get g -> {
                    action(g);
                    yield pass("");
                }
                case WastCommand.AssertReturn a -> assertReturn(a);
                case WastCommand.AssertTrap a -> assertTrap(a);
                case WastCommand.AssertExhaustion a -> assertExhaustion(a);
                case WastCommand.AssertException a -> assertException(a);
                case WastCommand.AssertUnlinkable a -> assertUnlinkable(a);
                case WastCommand.AssertUninstantiable a -> assertUninstantiable(a);
                case WastCommand.AssertMalformed a -> skip("decode-only command, checked without a backend");
                case WastCommand.AssertInvalid a -> skip("validate-only command, checked without a backend");
                case WastCommand.Thread t -> startThread(t);
                case WastCommand.Wait w -> await(w);
            };
        } catch (Failure f) {
            return fail(f.getMessage());
        } catch (WatException e) {
            return fail("text: " + e.getMessage());
        } catch (WasmException e) {
            return fail("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail("crashed: " + describe(e));
        }
    }

    private Verdict module(ModuleCommand m) {
        Module module = compile(m);
        if (m.definition()) {
            m.id().ifPresent(id -> definitions.put(id, module));
            return pass("");
        }
        Instance instance = linker.instantiate(store, module);
        current = instance;
        m.id().ifPresent(id -> named.put(id, instance));
        return pass("");
    }

    private Verdict moduleInstance(WastCommand.ModuleInstance m) {
        Module module = m.definitionId()
                .map(definitions::get)
                .orElseThrow(() -> new Failure("no module definition " + m.definitionId()));
        Instance instance = linker.instantiate(store, module);
        current = instance;
        m.instanceId().ifPresent(id -> named.put(id, instance));
        return pass("");
    }

    private Verdict register(WastCommand.Register r) {
        linker.instance(r.name(), instance(r.moduleId()));
        return pass("");
    }

    /**
     * Runs a {@code thread} block's commands on a new JVM thread, in a runner of its own that shares this
     * store and sees the block's shared module instances; their results are kept for {@link #threadResult}.
     */
    private Verdict startThread(WastCommand.Thread t) {
        ScriptRunner sub = new ScriptRunner(backend, engine, store, threadResults);
        for (String id : t.sharedModules()) {
            sub.named.put(id, instance(Optional.of(id)));
        }
        java.lang.Thread thread = java.lang.Thread.ofPlatform()
                .daemon()
                .name("wast-" + t.id())
                .start(() -> {
                    for (WastCommand c : t.commands()) {
                        Verdict v;
                        try {
                            v = sub.run(c);
                        } catch (Throwable e) {
                            v = fail("thread " + t.id() + " crashed: " + describe(e));
                        }
                        threadResults.put(c, v);
                    }
                });
        threads.put(t.id(), thread);
        return pass("thread started");
    }

    private Verdict await(WastCommand.Wait w) {
        java.lang.Thread thread = threads.remove(w.id());
        if (thread == null) {
            return skip("no thread " + w.id() + " was started (its thread command was skipped)");
        }
        try {
            thread.join(WAIT_MILLIS);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + w.id());
        }
        return thread.isAlive() ? fail("thread " + w.id() + " still running after " + WAIT_MILLIS + " ms") : pass("");
    }

    private static final long WAIT_MILLIS = 10_000;

    private Verdict assertReturn(WastCommand.AssertReturn a) {
        Val[] results = action(a.action());
        List<ResultPattern> expected = a.expected();
        if (results.length != expected.size()) {
            return fail("expected " + expected.size() + " results, got " + results.length);
        }
        for (int i = 0; i < results.length; i++) {
            if (!SpecValues.matches(expected.get(i), results[i])) {
                return fail("result " + i + ": expected " + expected.get(i) + ", got " + SpecValues.result(results[i]));
            }
        }
        return pass("");
    }

    private Verdict assertTrap(WastCommand.AssertTrap a) {
        try {
            if (a.operation() instanceof Action action) {
                action(action);
            } else {
                linker.instantiate(store, compile((ModuleCommand) a.operation()));
            }
        } catch (Trap t) {
            return expectMessage("trap", t, a.message());
        } catch (UninstantiableException e) {
            return expectMessage("trap", e, a.message());
        }
        return fail("expected trap \"" + a.message() + "\" but nothing trapped");
    }

    private Verdict assertExhaustion(WastCommand.AssertExhaustion a) {
        try {
            action(a.action());
        } catch (Trap t) {
            return expectMessage("exhaustion", t, a.message());
        }
        return fail("expected exhaustion \"" + a.message() + "\" but the call returned");
    }

    private Verdict assertException(WastCommand.AssertException a) {
        try {
            action(a.action());
        } catch (ThrownException e) {
            return pass("exception");
        }
        return fail("expected an uncaught exception but the call returned");
    }

    private Verdict assertUnlinkable(WastCommand.AssertUnlinkable a) {
        Module module = compile(a.module());
        try {
            linker.instantiate(store, module);
        } catch (LinkException e) {
            return expectMessage("unlinkable", e, a.message());
        }
        return fail("expected unlinkable \"" + a.message() + "\" but the module instantiated");
    }

    private Verdict assertUninstantiable(WastCommand.AssertUninstantiable a) {
        Module module = compile(a.module());
        try {
            linker.instantiate(store, module);
        } catch (Trap | UninstantiableException e) {
            return expectMessage("uninstantiable", e, a.message());
        }
        return fail("expected uninstantiable \"" + a.message() + "\" but the module instantiated");
    }

    /** Passes when the message of {@code e} or of one of its causes contains {@code expected}. */
    private Verdict expectMessage(String kind, Throwable e, String expected) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(expected)) {
                return pass(kind + ": " + e.getMessage());
            }
        }
        return fail("expected " + kind + " \"" + expected + "\" but got "
                + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private Module compile(ModuleCommand m) {
        return Module.fromBinary(engine, m.binary());
    }

    private Val[] action(Action a) {
        Instance instance = instance(a.moduleId());
        if (a instanceof WastCommand.Get g) {
            Global global = instance.getGlobal(g.name())
                    .orElseThrow(() -> new Failure("no exported global \"" + g.name() + "\""));
            return new Val[] {global.get()};
        }
        WastCommand.Invoke invoke = (WastCommand.Invoke) a;
        Optional<Extern> export = instance.getExport(invoke.name());
        if (!(export.orElse(null) instanceof Func func)) {
            throw new Failure("no exported function \"" + invoke.name() + "\"");
        }
        FuncType type = func.type();
        if (type.params().size() != invoke.args().size()) {
            throw new Failure("\"" + invoke.name() + "\" takes " + type.params().size()
                    + " arguments, the script gives " + invoke.args().size());
        }
        Val[] args = new Val[invoke.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = SpecValues.argument(invoke.args().get(i), type.params().get(i));
        }
        return func.call(args);
    }

    private Instance instance(Optional<String> id) {
        if (id.isPresent()) {
            Instance named = this.named.get(id.get());
            if (named == null) {
                throw new Failure("no module instance " + id.get());
            }
            return named;
        }
        if (current == null) {
            throw new Failure("no module instantiated yet");
        }
        return current;
    }

    private Verdict pass(String message) {
        return new Verdict(Outcome.PASS, backend, message);
    }

    private Verdict fail(String message) {
        return new Verdict(Outcome.FAIL, backend, message);
    }

    private Verdict skip(String reason) {
        return new Verdict(Outcome.SKIP, backend, reason);
    }

    static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return e.getClass().getName() + ": " + e.getMessage() + where;
    }

    /** A wrong answer found while running a command (a missing export, an argument mismatch). */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
