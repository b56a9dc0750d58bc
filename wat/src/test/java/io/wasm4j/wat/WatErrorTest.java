package io.wasm4j.wat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WatErrorTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "(func (i32.const0)) => unknown operator",
                "(func (foo)) => unknown operator",
                "(func (local.get $x)) => unknown local",
                "(func (br $l)) => unknown label",
                "(func (call $f)) => unknown function",
                "(func (global.get $g)) => unknown global",
                "(func (type $t)) => unknown type",
                "(func (table.get $t (i32.const 0))) => unknown table",
                "(func (drop (memory.size $m))) => unknown memory",
                "(func (data.drop $d)) => unknown data segment",
                "(func (elem.drop $e)) => unknown elem segment",
                "(func (throw $e)) => unknown tag",
                "(func $f) (func $f) => duplicate func",
                "(func (param $x i32) (local $x i32)) => duplicate local",
                "(memory $m 1) (memory $m 1) => duplicate memory",
                "(func block $a end $b) => mismatching label",
                "(func block end $b) => mismatching label",
                "(func (i32.const 1) if $a else $b end) => mismatching label",
                "(func) (import \"\" \"\" (func)) => import after function",
                "(global i32 (i32.const 0)) (import \"\" \"\" (func)) => import after global",
                "(memory 1) (func (drop (i32.load align=3 (i32.const 0)))) => alignment",
                "(func (drop (i32.const 4294967296))) => constant out of range",
                "(func (drop (i64.const 18446744073709551616))) => constant out of range",
                "(func (drop (f32.const 1e39))) => constant out of range",
                "(func (drop (f32.const nan:0x800000))) => constant out of range",
                "(func (drop (i32.const 0x))) => unknown operator",
                "(func (drop (i32.const nan:canonical))) => unexpected token",
                "(func (drop (i32.const))) => unexpected token",
                "(type $t (func (param i32))) (func (type $t) (param i64)) => inline function type",
                "(func (result i32) (param i32)) => unexpected token",
                "(func (nop) (local i32)) => unexpected token",
                "(func (drop (v128.const i32x4 0 0 0))) => wrong number of lane literals",
                "(func (drop (v128.const 0 0 0 0))) => unexpected token",
                "(func (i8x16.shuffle 0 1 2)) => invalid lane length",
                "(func $\"\\ef\") => malformed UTF-8",
                "(func $) => empty identifier",
                "(func (export \"\\ff\")) => malformed UTF-8 encoding",
                "(func $f) (start $f) (start $f) => multiple start sections",
                "(module (func) => unexpected end",
                "(func \"abc) => unclosed string",
                "(func (@custom \"x\")) => misplaced @custom annotation",
                "(@custom x) => @custom annotation: missing section name",
                "(@custom \"x\" (before types)) => @custom annotation: malformed section kind",
                "(memory 1 (pagesize 3)) => invalid custom page size"
            })
    void parse_malformedText_throwsSpecMessage(String text, String expected) {
        WatException e = assertThrows(WatException.class, () -> Wat.parse(text));
        assertTrue(e.reason().contains(expected), () -> "expected \"" + expected + "\" but got: " + e.getMessage());
    }

    @Test
    void parse_error_reportsLineAndColumn() {
        WatException e = assertThrows(WatException.class, () -> Wat.parse("(module\n  (func\n    (nop) (frob)))"));
        assertEquals(3, e.line());
        assertEquals(12, e.column());
    }

    @Test
    void parse_invalidUtf8Bytes_throwsMalformedUtf8() {
        WatException e = assertThrows(WatException.class, () -> Wat.parse(new byte[] {'(', (byte) 0x80, ')'}));
        assertTrue(e.reason().contains("malformed UTF-8 encoding"));
    }
}
