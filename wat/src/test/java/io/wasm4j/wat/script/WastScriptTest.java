package io.wasm4j.wat.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.NumType;
import io.wasm4j.wat.WatException;
import io.wasm4j.wat.script.ResultPattern.AnyRef;
import io.wasm4j.wat.script.ResultPattern.Either;
import io.wasm4j.wat.script.ResultPattern.Nan;
import io.wasm4j.wat.script.ResultPattern.NanKind;
import io.wasm4j.wat.script.ResultPattern.RefKind;
import io.wasm4j.wat.script.ResultPattern.V128Lanes;
import io.wasm4j.wat.script.WastCommand.AssertInvalid;
import io.wasm4j.wat.script.WastCommand.AssertMalformed;
import io.wasm4j.wat.script.WastCommand.AssertReturn;
import io.wasm4j.wat.script.WastCommand.AssertTrap;
import io.wasm4j.wat.script.WastCommand.Get;
import io.wasm4j.wat.script.WastCommand.Invoke;
import io.wasm4j.wat.script.WastCommand.ModuleCommand;
import io.wasm4j.wat.script.WastCommand.ModuleInstance;
import io.wasm4j.wat.script.WastCommand.Register;
import io.wasm4j.wat.script.WastCommand.Thread;
import io.wasm4j.wat.script.WastCommand.Wait;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class WastScriptTest {

    private static WastCommand only(String script) {
        List<WastCommand> commands = WastScript.parse(script);
        assertEquals(1, commands.size());
        return commands.getFirst();
    }

    @Test
    void parse_moduleForms_keepIdDefinitionAndLine() {
        List<WastCommand> commands = WastScript.parse("""
                (module $M (func))
                (module definition $D binary "\\00asm" "\\01\\00\\00\\00")
                (module quote "(func)" " (memory 1)")
                (module instance $I $D)
                """);
        ModuleCommand text = assertInstanceOf(ModuleCommand.class, commands.get(0));
        assertEquals(1, text.line());
        assertEquals(Optional.of("$M"), text.id());
        assertInstanceOf(ModuleSource.Text.class, text.source());
        ModuleCommand binary = assertInstanceOf(ModuleCommand.class, commands.get(1));
        assertTrue(binary.definition());
        assertEquals(Optional.of("$D"), binary.id());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, binary.binary());
        ModuleCommand quote = assertInstanceOf(ModuleCommand.class, commands.get(2));
        assertEquals("(func) (memory 1)", ((ModuleSource.Quote) quote.source()).text());
        assertEquals(new ModuleInstance(4, Optional.of("$I"), Optional.of("$D")), commands.get(3));
    }

    @Test
    void parse_actions_giveModuleNameAndRawBits() {
        List<WastCommand> commands = WastScript.parse("""
                (register "spectest" $M)
                (invoke $M "f" (i32.const -1) (i64.const 0xffff_ffff_ffff_ffff) (f32.const -0) (f64.const nan:0x1))
                (get "g")
                """);
        assertEquals(new Register(1, "spectest", Optional.of("$M")), commands.get(0));
        Invoke invoke = assertInstanceOf(Invoke.class, commands.get(1));
        assertEquals(
                List.of(
                        new WastValue.I32(-1),
                        new WastValue.I64(-1L),
                        new WastValue.F32(0x8000_0000),
                        new WastValue.F64(0x7ff0_0000_0000_0001L)),
                invoke.args());
        assertEquals(new Get(3, Optional.empty(), "g"), commands.get(2));
    }

    @Test
    void parse_assertReturn_readsPatterns() {
        AssertReturn a = assertInstanceOf(AssertReturn.class, only("""
                        (assert_return (invoke "f")
                          (f32.const nan:canonical) (f64.const nan:arithmetic)
                          (v128.const f32x4 1 nan:canonical 0 -0)
                          (v128.const i16x8 1 2 3 4 5 6 7 -1)
                          (either (i32.const 0) (i32.const 42))
                          (ref.null) (ref.null func) (ref.extern 7) (ref.extern) (ref.func) (ref.i31) (ref.struct))
                        """));
        List<ResultPattern> r = a.expected();
        assertEquals(new Nan(NumType.F32, NanKind.CANONICAL), r.get(0));
        assertEquals(new Nan(NumType.F64, NanKind.ARITHMETIC), r.get(1));
        V128Lanes lanes = assertInstanceOf(V128Lanes.class, r.get(2));
        assertEquals(new WastValue.F32(0x3f80_0000), lanes.lanes().get(0));
        assertEquals(new Nan(NumType.F32, NanKind.CANONICAL), lanes.lanes().get(1));
        WastValue.V128 v = assertInstanceOf(WastValue.V128.class, r.get(3));
        assertArrayEquals(new byte[] {1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, -1, -1}, v.bytes());
        assertEquals(new Either(List.of(new WastValue.I32(0), new WastValue.I32(42))), r.get(4));
        assertEquals(new WastValue.RefNull(Optional.empty()), r.get(5));
        assertEquals(new WastValue.RefNull(Optional.of("func")), r.get(6));
        assertEquals(new WastValue.RefExtern(7), r.get(7));
        assertEquals(new AnyRef(RefKind.EXTERN), r.get(8));
        assertEquals(new AnyRef(RefKind.FUNC), r.get(9));
        assertEquals(new AnyRef(RefKind.I31), r.get(10));
        assertEquals(new AnyRef(RefKind.STRUCT), r.get(11));
    }

    @Test
    void parse_assertions_keepMessagesAndModules() {
        List<WastCommand> commands = WastScript.parse("""
                (assert_invalid (module (func (result i32))) "type mismatch")
                (assert_malformed (module quote "(func") "unexpected end")
                (assert_malformed_custom (module quote "(@custom)") "@custom annotation: missing section name")
                (assert_trap (module (func unreachable) (start 0)) "unreachable")
                (assert_trap (invoke "f") "integer divide by zero")
                """);
        AssertInvalid invalid = assertInstanceOf(AssertInvalid.class, commands.get(0));
        assertEquals("type mismatch", invalid.message());
        assertEquals("assert_invalid", invalid.keyword());
        AssertMalformed malformed = assertInstanceOf(AssertMalformed.class, commands.get(1));
        assertInstanceOf(ModuleSource.Quote.class, malformed.module().source());
        assertEquals("assert_malformed_custom", commands.get(2).keyword());
        assertInstanceOf(ModuleCommand.class, ((AssertTrap) commands.get(3)).operation());
        assertInstanceOf(Invoke.class, ((AssertTrap) commands.get(4)).operation());
    }

    @Test
    void parse_threadAndWait_nestCommands() {
        List<WastCommand> commands = WastScript.parse("""
                (thread $T1 (shared (module $Mem))
                  (register "mem" $Mem)
                  (invoke "run"))
                (wait $T1)
                """);
        Thread t = assertInstanceOf(Thread.class, commands.get(0));
        assertEquals("$T1", t.id());
        assertEquals(List.of("$Mem"), t.sharedModules());
        assertEquals(2, t.commands().size());
        assertEquals(2, t.commands().get(0).line());
        assertEquals(new Wait(4, "$T1"), commands.get(1));
    }

    @Test
    void parse_inlineModule_isOneModuleCommand() {
        ModuleCommand m = assertInstanceOf(ModuleCommand.class, only("(func) (memory 0) (func (export \"f\"))"));
        assertEquals(1, m.line());
    }

    @Test
    void parse_quoteWithInvalidUtf8_failsWhenEncoded() {
        AssertMalformed a = assertInstanceOf(
                AssertMalformed.class, only("(assert_malformed (module quote \"\\ff\") \"malformed UTF-8 encoding\")"));
        WatException e = assertThrows(WatException.class, () -> a.module().binary());
        assertTrue(e.getMessage().contains("malformed UTF-8 encoding"), e.getMessage());
    }

    @Test
    void parse_unencodableTextModule_failsOnlyWhenEncoded() {
        AssertMalformed a = assertInstanceOf(
                AssertMalformed.class,
                only(
                        "(assert_malformed (module quote \"(func (i32.const 0x1_0000_0000))\") \"constant out of range\")"));
        WatException e = assertThrows(WatException.class, () -> a.module().binary());
        assertTrue(e.getMessage().contains("constant out of range"), e.getMessage());
    }

    @Test
    void binary_textModule_encodesWithoutDefinitionKeyword() {
        ModuleCommand m = assertInstanceOf(ModuleCommand.class, only("(module definition $M (memory 1))"));
        assertTrue(m.definition());
        byte[] b = m.binary();
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, java.util.Arrays.copyOf(b, 8));
    }

    @Test
    void nanMatches_canonicalAndArithmetic_followTheSpec() {
        Nan f32c = new Nan(NumType.F32, NanKind.CANONICAL);
        Nan f32a = new Nan(NumType.F32, NanKind.ARITHMETIC);
        Nan f64c = new Nan(NumType.F64, NanKind.CANONICAL);
        assertTrue(f32c.matches(0x7fc0_0000L));
        assertTrue(f32c.matches(0xffc0_0000L));
        assertTrue(!f32c.matches(0x7fc0_0001L));
        assertTrue(f32a.matches(0x7fc0_0001L));
        assertTrue(!f32a.matches(0x7f80_0001L)); // signalling
        assertTrue(!f32a.matches(0x7f80_0000L)); // infinity
        assertTrue(f64c.matches(0xfff8_0000_0000_0000L));
        assertTrue(!f64c.matches(0x7ff8_0000_0000_0001L));
        assertTrue(new Nan(NumType.F64, NanKind.ARITHMETIC).matches(0x7ff8_0000_0000_0001L));
    }

    @Test
    void parse_syntaxErrors_reportLine() {
        WatException e = assertThrows(
                WatException.class, () -> WastScript.parse("(module)\n(assert_return (invoke \"f\") (i32.const x))"));
        assertEquals(2, e.line());
        assertThrows(
                WatException.class, () -> WastScript.parse("(assert_return (invoke \"f\") (i32.const 0x1_0000_0000))"));
        assertThrows(WatException.class, () -> WastScript.parse("(register)"));
        assertThrows(WatException.class, () -> WastScript.parse("(module) (frobnicate)"));
    }
}
