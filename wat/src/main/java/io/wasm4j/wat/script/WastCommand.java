package io.wasm4j.wat.script;

import java.util.List;
import java.util.Optional;

/**
 * One command of a {@code .wast} script, with the 1-based line where it starts. The records mirror the
 * script grammar of the WebAssembly spec interpreter; a runner switches over them (the set is closed).
 */
public sealed interface WastCommand {

    /** Returns the 1-based line of the command's opening parenthesis. */
    int line();

    /** Returns the command's keyword as written in the script, e.g. {@code "assert_return"}. */
    String keyword();

    /**
     * A module to compile and, unless {@code definition}, instantiate: {@code (module $id? ...)}, {@code
     * (module $id? binary "..."*)}, {@code (module $id? quote "..."*)}, or the same with {@code definition}.
     *
     * @param id the module's name ({@code $M}), if any
     * @param definition whether it is {@code module definition} (compile only, instantiate on demand)
     * @param source where the binary comes from; {@link #binary()} produces it lazily
     */
    record ModuleCommand(int line, Optional<String> id, boolean definition, ModuleSource source)
            implements WastCommand, Operation {

        /**
         * Returns the module's binary, encoding text forms on first use.
         *
         * @throws io.wasm4j.wat.WatException if a text or quoted module cannot be parsed or encoded
         */
        public byte[] binary() {
            return source.binary();
        }

        @Override
        public String keyword() {
            return "module";
        }
    }

    /** {@code (module instance $instance? $definition?)}: instantiates a {@code module definition}. */
    record ModuleInstance(int line, Optional<String> instanceId, Optional<String> definitionId) implements WastCommand {
        @Override
        public String keyword() {
            return "module";
        }
    }

    /** {@code (register "name" $module?)}: makes a module's exports importable under {@code name}. */
    record Register(int line, String name, Optional<String> moduleId) implements WastCommand {
        @Override
        public String keyword() {
            return "register";
        }
    }

    /** {@code (invoke $module? "name" arg*)}: calls an exported function. */
    record Invoke(int line, Optional<String> moduleId, String name, List<WastValue> args)
            implements WastCommand, Action {
        /** Creates the command, copying the arguments. */
        public Invoke {
            args = List.copyOf(args);
        }

        @Override
        public String keyword() {
            return "invoke";
        }
    }

    /** {@code (get $module? "name")}: reads an exported global. */
    record Get(int line, Optional<String> moduleId, String name) implements WastCommand, Action {
        @Override
        public String keyword() {
            return "get";
        }
    }

    /** {@code (assert_return action result*)}: the action returns results matching the patterns. */
    record AssertReturn(int line, Action action, List<ResultPattern> expected) implements WastCommand {
        /** Creates the command, copying the expected results. */
        public AssertReturn {
            expected = List.copyOf(expected);
        }

        @Override
        public String keyword() {
            return "assert_return";
        }
    }

    /** {@code (assert_trap action|module "message")}: running the action or instantiating the module traps. */
    record AssertTrap(int line, Operation operation, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_trap";
        }
    }

    /** {@code (assert_exhaustion action "message")}: the action exhausts a resource (the call stack). */
    record AssertExhaustion(int line, Action action, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_exhaustion";
        }
    }

    /** {@code (assert_exception action)}: the action throws an uncaught WebAssembly exception. */
    record AssertException(int line, Action action) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_exception";
        }
    }

    /**
     * {@code (assert_invalid module "message")}: the module decodes but fails validation; {@code custom}
     * for {@code assert_invalid_custom} (the failure is in a custom section's contents).
     */
    record AssertInvalid(int line, ModuleCommand module, String message, boolean custom) implements WastCommand {
        @Override
        public String keyword() {
            return custom ? "assert_invalid_custom" : "assert_invalid";
        }
    }

    /**
     * {@code (assert_malformed module "message")}: the module cannot be parsed or decoded; {@code custom}
     * for {@code assert_malformed_custom}.
     */
    record AssertMalformed(int line, ModuleCommand module, String message, boolean custom) implements WastCommand {
        @Override
        public String keyword() {
            return custom ? "assert_malformed_custom" : "assert_malformed";
        }
    }

    /** {@code (assert_unlinkable module "message")}: the module is valid but its imports cannot be resolved. */
    record AssertUnlinkable(int line, ModuleCommand module, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_unlinkable";
        }
    }

    /** {@code (assert_uninstantiable module "message")}: the module links but its start function traps. */
    record AssertUninstantiable(int line, ModuleCommand module, String message) implements WastCommand {
        @Override
        public String keyword() {
            return "assert_uninstantiable";
        }
    }

    /**
     * {@code (thread $id (shared (module $m)*) command*)}: runs the commands on a new thread that shares the
     * named modules' instances (threads proposal).
     */
    record Thread(int line, String id, List<String> sharedModules, List<WastCommand> commands) implements WastCommand {
        /** Creates the command, copying the lists. */
        public Thread {
            sharedModules = List.copyOf(sharedModules);
            commands = List.copyOf(commands);
        }

        @Override
        public String keyword() {
            return "thread";
        }
    }

    /** {@code (wait $id)}: joins a {@link Thread} command's thread. */
    record Wait(int line, String id) implements WastCommand {
        @Override
        public String keyword() {
            return "wait";
        }
    }

    /** What {@code assert_trap} runs: an action, or a module whose instantiation traps. */
    sealed interface Operation permits Action, ModuleCommand {}

    /** An action: {@link Invoke} or {@link Get}. */
    sealed interface Action extends Operation, WastCommand permits Invoke, Get {
        /** Returns the module the action targets ({@code $M}), or empty for the most recent module. */
        Optional<String> moduleId();

        /** Returns the export name. */
        String name();
    }
}
