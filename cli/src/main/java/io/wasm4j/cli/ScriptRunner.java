package io.wasm4j.cli;

import io.wasm4j.Engine;
import io.wasm4j.Func;
import io.wasm4j.Global;
import io.wasm4j.Instance;
import io.wasm4j.LinkException;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.Module;
import io.wasm4j.Store;
import io.wasm4j.Table;
import io.wasm4j.UninstantiableException;
import io.wasm4j.Val;
import io.wasm4j.core.AddressType;
import io.wasm4j.core.FuncType;
import io.wasm4j.core.GlobalType;
import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.Limits;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.core.MemoryType;
import io.wasm4j.core.NumType;
import io.wasm4j.core.RefType;
import io.wasm4j.core.TableType;
import io.wasm4j.core.ValType;
import io.wasm4j.spi.ThrownException;
import io.wasm4j.spi.Trap;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.script.ActionResult;
import io.wasm4j.wat.script.ModuleSource;
import io.wasm4j.wat.script.ResultMatcher;
import io.wasm4j.wat.script.WastCommand;
import io.wasm4j.wat.script.WastCommand.Action;
import io.wasm4j.wat.script.WastCommand.ModuleCommand;
import io.wasm4j.wat.script.WastScript;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact {@code .wast} runner over the public facade: one store per script, {@code spectest} imports,
 * named and registered instances. Every command counts as passed, failed or skipped ({@code thread} and
 * {@code wait}, which need the threads proposal). For {@code assert_malformed} of a text module, any text
 * error passes (text error wording is not standardised); binary and validation errors must contain the
 * expected message. A trap also matches an expected message that is its code's spec text plus the reference
 * interpreter's detail ({@code "uninitialized element 2"}).
 */
final class ScriptRunner {
    /** Counts of commands by outcome. */
    static final class Tally {
        int passed;
        int failed;
        int skipped;

        void add(Tally t) {
            passed += t.passed;
            failed += t.failed;
            skipped += t.skipped;
        }

        @Override
        public String toString() {
            return passed + " passed, " + failed + " failed, " + skipped + " skipped";
        }
    }

    /** A failed expectation; its message is printed with the command's line. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final Engine engine;
    private final String name;
    private final PrintStream failures;
    private final Tally tally = new Tally();
    private final Store<Void> store;
    private final Linker<Void> linker;
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, Module> definitions = new HashMap<>();
    private Instance current;

    /**
     * @param failures where each failure is printed, or {@code null} to count them silently
     */
    ScriptRunner(Engine engine, String name, PrintStream failures) {
        this.engine = engine;
        this.name = name;
        this.failures = failures;
        this.store = Store.create(engine, null);
        this.linker = new Linker<Void>(engine).allowShadowing(true);
        defineSpectest();
    }

    /** Runs a script's text and returns the counts. */
    Tally run(String text) {
        List<WastCommand> commands;
        try {
            commands = WastScript.parse(text);
        } catch (WatException e) {
            fail(0, "script", "cannot parse the script: " + e.getMessage());
            return tally;
        }
        for (WastCommand c : commands) {
            try {
                if (command(c)) {
                    tally.passed++;
                } else {
                    tally.skipped++;
                }
            } catch (Failure e) {
                fail(c.line(), c.keyword(), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail(c.line(), c.keyword(), "unexpected " + e);
            }
        }
        return tally;
    }

    private void fail(int line, String keyword, String message) {
        tally.failed++;
        if (failures != null) {
            failures.printf("%s:%d: %s: %s%n", name, line, keyword, message);
        }
    }

    /** Runs one command; returns false if it was skipped, throws {@link Failure} if it failed. */
    private boolean command(WastCommand c) {
        switch (c) {
            case ModuleCommand m -> {
                Module module = compile(m);
                if (m.definition()) {
                    m.id().ifPresent(id -> definitions.put(id, module));
                } else {
                    instantiateAsCurrent(module, m.id().orElse(null));
                }
            }
            case WastCommand.ModuleInstance mi -> {
                Module module = mi.definitionId()
                        .map(definitions::get)
                        .orElseThrow(() -> new Failure("unknown module definition " + mi.definitionId()));
                instantiateAsCurrent(module, mi.instanceId().orElse(null));
            }
            case WastCommand.Register r ->
                linker.instance(r.name(), instance(r.moduleId().orElse(null)));
            case Action a -> perform(a);
            case WastCommand.AssertReturn a -> {
                Val[] actual = perform(a.action());
                if (actual.length != a.expected().size()) {
                    throw new Failure("expected " + a.expected().size() + " results, got " + actual.length);
                }
                for (int i = 0; i < actual.length; i++) {
                    ActionResult result = ScriptValues.actual(actual[i]);
                    if (!ResultMatcher.matches(a.expected().get(i), result)) {
                        throw new Failure(
                                "result " + i + ": expected " + a.expected().get(i) + ", got " + result);
                    }
                }
            }
            case WastCommand.AssertTrap a -> {
                try {
                    if (a.operation() instanceof Action action) {
                        perform(action);
                    } else {
                        instantiate(compile((ModuleCommand) a.operation()));
                    }
                } catch (Trap t) {
                    expectTrap(t, a.message());
                    return true;
                } catch (UninstantiableException e) {
                    expectMessage(e, a.message());
                    return true;
                }
                throw new Failure("expected trap \"" + a.message() + "\", but none happened");
            }
            case WastCommand.AssertExhaustion a -> {
                try {
                    perform(a.action());
                } catch (Trap t) {
                    expectMessage(t, a.message());
                    return true;
                }
                throw new Failure("expected \"" + a.message() + "\", but the call returned");
            }
            case WastCommand.AssertException a -> {
                try {
                    perform(a.action());
                } catch (ThrownException e) {
                    return true;
                }
                throw new Failure("expected an uncaught exception, but the call returned");
            }
            case WastCommand.AssertMalformed a -> assertMalformed(a.module(), a.message());
            case WastCommand.AssertInvalid a -> {
                try {
                    compile(a.module());
                } catch (Failure f) {
                    if (f.getMessage().startsWith("invalid: ")) {
                        expectText(f.getMessage(), a.message());
                        return true;
                    }
                    throw f;
                }
                throw new Failure("expected invalid \"" + a.message() + "\", but the module validated");
            }
            case WastCommand.AssertUnlinkable a -> {
                Module module = compile(a.module());
                try {
                    instantiate(module);
                } catch (LinkException e) {
                    expectMessage(e, a.message());
                    return true;
                }
                throw new Failure("expected unlinkable \"" + a.message() + "\", but the module linked");
            }
            case WastCommand.AssertUninstantiable a -> {
                Module module = compile(a.module());
                try {
                    instantiate(module);
                } catch (Trap | UninstantiableException e) {
                    expectMessage(e, a.message());
                    return true;
                }
                throw new Failure("expected uninstantiable \"" + a.message() + "\", but it instantiated");
            }
            case WastCommand.Thread t -> {
                return false;
            }
            case WastCommand.Wait w -> {
                return false;
            }
        }
        return true;
    }

    private void assertMalformed(ModuleCommand m, String expected) {
        byte[] binary;
        try {
            binary = m.binary();
        } catch (WatException e) {
            if (m.source() instanceof ModuleSource.Binary) {
                throw new Failure("binary module could not be assembled: " + e.getMessage());
            }
            return;
        }
        try {
            Module.fromBinary(engine, binary);
        } catch (MalformedModuleException e) {
            expectMessage(e, expected);
            return;
        } catch (InvalidModuleException e) {
            throw new Failure("expected malformed \"" + expected + "\", got invalid: " + e.getMessage());
        }
        throw new Failure("expected malformed \"" + expected + "\", but the module loaded");
    }

    private Module compile(ModuleCommand m) {
        byte[] binary;
        try {
            binary = m.binary();
        } catch (WatException e) {
            throw new Failure("text: " + e.getMessage());
        }
        try {
            return Module.fromBinary(engine, binary);
        } catch (MalformedModuleException e) {
            throw new Failure("malformed: " + e.getMessage());
        } catch (InvalidModuleException e) {
            throw new Failure("invalid: " + e.getMessage());
        }
    }

    private Instance instantiate(Module module) {
        return linker.instantiate(store, module);
    }

    private void instantiateAsCurrent(Module module, String id) {
        current = null;
        current = instantiate(module);
        if (id != null) {
            instances.put(id, current);
        }
    }

    private Instance instance(String id) {
        Instance i = id == null ? current : instances.get(id);
        if (i == null) {
            throw new Failure(id == null ? "no module instantiated" : "unknown module " + id);
        }
        return i;
    }

    private Val[] perform(Action a) {
        Instance instance = instance(a.moduleId().orElse(null));
        return switch (a) {
            case WastCommand.Get g ->
                new Val[] {
                    instance.getGlobal(g.name())
                            .map(Global::get)
                            .orElseThrow(() -> new Failure("no exported global " + g.name()))
                };
            case WastCommand.Invoke inv -> {
                Func f = instance.getFunc(inv.name())
                        .orElseThrow(() -> new Failure("no exported function " + inv.name()));
                List<ValType> params = f.type().params();
                if (params.size() != inv.args().size()) {
                    throw new Failure("expected " + params.size() + " arguments, the script gives "
                            + inv.args().size());
                }
                Val[] args = new Val[params.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = ScriptValues.toVal(inv.args().get(i), params.get(i));
                }
                yield f.call(args);
            }
        };
    }

    /**
     * A trap matches if its message contains the expected text, or if the expected text is the trap code's
     * spec text plus detail of the reference interpreter (e.g. {@code "uninitialized element 2"}).
     */
    private static void expectTrap(Trap t, String expected) {
        if (!expected.startsWith(t.code().message())) {
            expectMessage(t, expected);
        }
    }

    private static void expectMessage(Throwable e, String expected) {
        expectText(e.getMessage(), expected);
    }

    private static void expectText(String actual, String expected) {
        if (actual == null || !actual.contains(expected)) {
            throw new Failure("expected \"" + expected + "\", got \"" + actual + "\"");
        }
    }

    private void defineSpectest() {
        String s = "spectest";
        linker.func(s, "print", new FuncType(List.of(), List.of()), (caller, args) -> Val.NONE);
        for (var p : List.of(
                List.<ValType>of(NumType.I32),
                List.<ValType>of(NumType.I64),
                List.<ValType>of(NumType.F32),
                List.<ValType>of(NumType.F64),
                List.<ValType>of(NumType.I32, NumType.F32),
                List.<ValType>of(NumType.F64, NumType.F64))) {
            String suffix = String.join("_", p.stream().map(Object::toString).toList());
            linker.func(s, "print_" + suffix, new FuncType(p, List.of()), (caller, args) -> Val.NONE);
        }
        linker.define(s, "global_i32", Global.create(store, new GlobalType(NumType.I32, false), Val.i32(666)));
        linker.define(s, "global_i64", Global.create(store, new GlobalType(NumType.I64, false), Val.i64(666)));
        linker.define(s, "global_f32", Global.create(store, new GlobalType(NumType.F32, false), Val.f32(666.6f)));
        linker.define(s, "global_f64", Global.create(store, new GlobalType(NumType.F64, false), Val.f64(666.6)));
        Val nullFunc = Val.funcref(null);
        linker.define(
                s,
                "table",
                Table.create(store, new TableType(AddressType.I32, new Limits(10, 20), RefType.FUNCREF), nullFunc));
        linker.define(
                s,
                "table64",
                Table.create(store, new TableType(AddressType.I64, new Limits(10, 20), RefType.FUNCREF), nullFunc));
        linker.define(s, "memory", Memory.create(store, new MemoryType(AddressType.I32, new Limits(1, 2), false, 16)));
    }
}
