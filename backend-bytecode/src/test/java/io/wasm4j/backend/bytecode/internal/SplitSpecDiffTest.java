package io.wasm4j.backend.bytecode.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.Export;
import io.wasm4j.core.ExternKind;
import io.wasm4j.core.ValidatedModule;
import io.wasm4j.spi.CompileContext;
import io.wasm4j.spi.HeapMemoryCreator;
import io.wasm4j.spi.Imports;
import io.wasm4j.spi.InstanceContext;
import io.wasm4j.spi.ModuleInstance;
import io.wasm4j.spi.StoreContext;
import io.wasm4j.spi.Trap;
import io.wasm4j.wat.script.WastCommand;
import io.wasm4j.wat.script.WastScript;
import io.wasm4j.wat.script.WastValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The control-flow, call, local and exception files of the spec test suite, run on the interpreter and on
 * the bytecode backend with splitting forced (docs/adr/0029: {@code methodLimit} 1, nearly every instruction
 * its own region method), must agree on every invoked action: results, trap codes and backtraces. Modules
 * with imports and actions with reference or vector arguments are left out (the it/ harness runs everything
 * on the default settings).
 */
final class SplitSpecDiffTest {
    private static final List<String> FILES = List.of(
            "block.wast",
            "br.wast",
            "br_if.wast",
            "br_table.wast",
            "br_on_null.wast",
            "br_on_non_null.wast",
            "call.wast",
            "call_ref.wast",
            "fac.wast",
            "if.wast",
            "labels.wast",
            "left-to-right.wast",
            "local_get.wast",
            "local_set.wast",
            "local_tee.wast",
            "loop.wast",
            "memory_grow.wast",
            "nop.wast",
            "return.wast",
            "return_call.wast",
            "return_call_indirect.wast",
            "return_call_ref.wast",
            "select.wast",
            "stack.wast",
            "switch.wast",
            "traps.wast",
            "unwind.wast",
            "exceptions/throw.wast",
            "exceptions/throw_ref.wast",
            "exceptions/try_table.wast",
            "legacy/rethrow.wast",
            "legacy/throw.wast",
            "legacy/try_catch.wast",
            "legacy/try_delegate.wast");

    private static final CompileContext SPLIT_EVERYTHING =
            new CompileContext(Wasm.TYPES, 512 * 1024, Map.of("methodLimit", "1"), false, false);

    private record Pair(ModuleInstance interp, ModuleInstance split, ValidatedModule module) {}

    @Test
    void specFiles_forcedSplit_agreeWithInterpreter() throws IOException {
        String suite = System.getProperty("wasm4j.testsuite");
        Assumptions.assumeTrue(
                suite != null && Files.isDirectory(Path.of(suite)), "spec test suite not found: " + suite);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String file : FILES) {
            Path p = Path.of(suite, file);
            if (!Files.isRegularFile(p)) {
                mismatches.add(file + ": missing");
                continue;
            }
            Map<String, Pair> named = new HashMap<>();
            Pair current = null;
            for (WastCommand cmd : WastScript.parse(Files.readString(p))) {
                if (cmd instanceof WastCommand.ModuleCommand m && !m.definition()) {
                    current = instantiate(m.source().binary());
                    if (current != null && m.id().isPresent()) {
                        named.put(m.id().get(), current);
                    }
                    continue;
                }
                WastCommand.Invoke invoke = switch (cmd) {
                    case WastCommand.Invoke i -> i;
                    case WastCommand.AssertReturn a when a.action() instanceof WastCommand.Invoke i -> i;
                    case WastCommand.AssertTrap a when a.operation() instanceof WastCommand.Invoke i -> i;
                    case WastCommand.AssertException a when a.action() instanceof WastCommand.Invoke i -> i;
                    default -> null;
                };
                Pair target = invoke == null
                        ? null
                        : invoke.moduleId().isPresent()
                                ? named.get(invoke.moduleId().get())
                                : current;
                Object[] args = invoke == null ? null : args(invoke.args());
                if (target == null || args == null) {
                    continue;
                }
                Export e = target.module().module().export(invoke.name());
                if (e == null || e.kind() != ExternKind.FUNC) {
                    continue;
                }
                String a = outcome(target.interp(), e.index(), args);
                String b = outcome(target.split(), e.index(), args);
                compared++;
                if (!a.equals(b)) {
                    mismatches.add(file + ":" + cmd.line() + " interp " + a + ", split " + b);
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(compared > 1000, "actions compared: " + compared);
    }

    /** Both instances of a module without imports, or null if it has imports or does not validate. */
    private static Pair instantiate(byte[] bytes) {
        ValidatedModule vm;
        try {
            vm = ValidatedModule.of(bytes);
        } catch (RuntimeException e) {
            return null;
        }
        if (!vm.module().imports().isEmpty()) {
            return null;
        }
        try {
            ModuleInstance interp = HugeFunctionTest.interp(bytes);
            BcModule m = BcModule.compile(vm, SPLIT_EVERYTHING);
            ModuleInstance split = m.instantiate(
                    Imports.NONE, new InstanceContext(new HeapMemoryCreator(), new StoreContext(new AtomicLong())));
            split.start();
            return new Pair(interp, split, vm);
        } catch (Trap e) {
            return null;
        }
    }

    private static Object[] args(List<WastValue> values) {
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (values.get(i)) {
                case WastValue.I32 v -> v.bits();
                case WastValue.I64 v -> v.bits();
                case WastValue.F32 v -> Float.intBitsToFloat(v.bits());
                case WastValue.F64 v -> Double.longBitsToDouble(v.bits());
                default -> null;
            };
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }

    private static String outcome(ModuleInstance inst, int func, Object[] args) {
        try {
            List<String> out = new ArrayList<>();
            for (Object o : inst.function(func).invoke(null, args)) {
                out.add(
                        o instanceof Float f
                                ? "f" + Float.floatToRawIntBits(f)
                                : o instanceof Double d
                                        ? "d" + Double.doubleToRawLongBits(d)
                                        : o instanceof Integer || o instanceof Long || o == null
                                                ? String.valueOf(o)
                                                : "ref");
            }
            return out.toString();
        } catch (Trap t) {
            List<String> frames = new ArrayList<>();
            for (var f : t.backtrace().frames()) {
                frames.add(f.funcIndex() + "@" + f.codeOffset());
            }
            return "trap " + t.code() + (t.code() == io.wasm4j.spi.TrapCode.STACK_EXHAUSTED ? "" : " " + frames);
        } catch (RuntimeException e) {
            return "exception " + e.getClass().getSimpleName();
        }
    }
}
