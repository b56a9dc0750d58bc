package io.wasm4j.it.spec;

import io.wasm4j.core.InvalidModuleException;
import io.wasm4j.core.MalformedModuleException;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.script.ModuleSource;
import io.wasm4j.wat.script.WastCommand;
import io.wasm4j.wat.script.WastCommand.AssertException;
import io.wasm4j.wat.script.WastCommand.AssertExhaustion;
import io.wasm4j.wat.script.WastCommand.AssertInvalid;
import io.wasm4j.wat.script.WastCommand.AssertMalformed;
import io.wasm4j.wat.script.WastCommand.AssertReturn;
import io.wasm4j.wat.script.WastCommand.AssertTrap;
import io.wasm4j.wat.script.WastCommand.AssertUninstantiable;
import io.wasm4j.wat.script.WastCommand.AssertUnlinkable;
import io.wasm4j.wat.script.WastCommand.Get;
import io.wasm4j.wat.script.WastCommand.Invoke;
import io.wasm4j.wat.script.WastCommand.ModuleCommand;
import io.wasm4j.wat.script.WastCommand.ModuleInstance;
import io.wasm4j.wat.script.WastCommand.Register;
import io.wasm4j.wat.script.WastCommand.Thread;
import io.wasm4j.wat.script.WastCommand.Wait;

/**
 * Checks the commands that need no execution: {@code assert_malformed}, {@code assert_invalid} (and their
 * {@code _custom} forms) and the decoding and validation of every module. Commands that need a runtime are
 * skipped; the modules inside {@code assert_unlinkable}, {@code assert_uninstantiable} and {@code
 * assert_trap} must still decode and validate (their failure only shows when linking or running), so a
 * module that does not is reported as a failure, otherwise the command is skipped.
 */
final class CommandChecker {

    static final String NEEDS_RUNTIME = "needs runtime";

    private final ModuleChecker modules;

    CommandChecker(ModuleChecker modules) {
        this.modules = modules;
    }

    /** Checks one command; never throws for a wrong engine answer, only reports it. */
    Verdict check(WastCommand command) {
        return switch (command) {
            case ModuleCommand m -> moduleMustLoad(m, null);
            case AssertMalformed a -> mustBeMalformed(a.module(), a.message());
            case AssertInvalid a -> mustBeInvalid(a.module(), a.message());
            case AssertUnlinkable a -> moduleMustLoad(a.module(), NEEDS_RUNTIME);
            case AssertUninstantiable a -> moduleMustLoad(a.module(), NEEDS_RUNTIME);
            case AssertTrap a when a.operation() instanceof ModuleCommand m -> moduleMustLoad(m, NEEDS_RUNTIME);
            case AssertTrap a -> Verdict.skip(NEEDS_RUNTIME);
            case ModuleInstance m -> Verdict.skip(NEEDS_RUNTIME);
            case Register r -> Verdict.skip(NEEDS_RUNTIME);
            case Invoke i -> Verdict.skip(NEEDS_RUNTIME);
            case Get g -> Verdict.skip(NEEDS_RUNTIME);
            case AssertReturn a -> Verdict.skip(NEEDS_RUNTIME);
            case AssertExhaustion a -> Verdict.skip(NEEDS_RUNTIME);
            case AssertException a -> Verdict.skip(NEEDS_RUNTIME);
            case Thread t -> Verdict.skip(NEEDS_RUNTIME);
            case Wait w -> Verdict.skip(NEEDS_RUNTIME);
        };
    }

    /**
     * The module must encode, decode and validate; then the command passes, or, when {@code thenSkip} is
     * given, is skipped with that reason (the rest of it needs a runtime).
     */
    private Verdict moduleMustLoad(ModuleCommand module, String thenSkip) {
        byte[] binary;
        try {
            binary = module.binary();
        } catch (WatException e) {
            return Verdict.fail("text: " + e.getMessage());
        } catch (RuntimeException e) {
            return Verdict.fail("text: crashed: " + describe(e));
        }
        try {
            modules.decodeAndValidate(binary);
        } catch (MalformedModuleException e) {
            return Verdict.fail("malformed: " + e.getMessage());
        } catch (InvalidModuleException e) {
            return Verdict.fail("invalid: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Verdict.fail("crashed: " + describe(e));
        }
        return thenSkip == null ? Verdict.pass("") : Verdict.skip(thenSkip + " (module decoded and validated)");
    }

    private Verdict mustBeMalformed(ModuleCommand module, String expected) {
        boolean text = !(module.source() instanceof ModuleSource.Binary);
        byte[] binary;
        try {
            binary = module.binary();
        } catch (WatException e) {
            return matches(e.getMessage(), expected, "text");
        } catch (RuntimeException e) {
            return Verdict.fail("text: crashed: " + describe(e));
        }
        try {
            modules.decodeAndValidate(binary);
        } catch (MalformedModuleException e) {
            return matches(e.getMessage(), expected, "malformed");
        } catch (InvalidModuleException e) {
            return Verdict.fail("expected malformed \"" + expected + "\" but got invalid: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Verdict.fail("crashed: " + describe(e));
        }
        return Verdict.fail("expected malformed \"" + expected + "\" but the module " + (text ? "parsed, " : "")
                + "decoded and validated");
    }

    private Verdict mustBeInvalid(ModuleCommand module, String expected) {
        byte[] binary;
        try {
            binary = module.binary();
        } catch (WatException e) {
            return Verdict.fail("expected invalid \"" + expected + "\" but the text was rejected: " + e.getMessage());
        } catch (RuntimeException e) {
            return Verdict.fail("text: crashed: " + describe(e));
        }
        try {
            modules.decodeAndValidate(binary);
        } catch (InvalidModuleException e) {
            return matches(e.getMessage(), expected, "invalid");
        } catch (MalformedModuleException e) {
            return Verdict.fail("expected invalid \"" + expected + "\" but got malformed: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Verdict.fail("crashed: " + describe(e));
        }
        return Verdict.fail("expected invalid \"" + expected + "\" but the module decoded and validated");
    }

    private static Verdict matches(String actual, String expected, String kind) {
        if (actual != null && actual.contains(expected)) {
            return Verdict.pass(kind + ": " + actual);
        }
        return Verdict.fail("expected " + kind + " \"" + expected + "\" but got: " + actual);
    }

    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return e.getClass().getName() + ": " + e.getMessage() + where;
    }
}
