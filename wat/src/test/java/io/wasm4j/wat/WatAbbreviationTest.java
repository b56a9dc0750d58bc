package io.wasm4j.wat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each abbreviation of the text format encodes exactly like its expansion (identifiers left out). */
final class WatAbbreviationTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "==",
            value = {
                "(func (result i32) (i32.add (i32.const 1) (i32.const 2))) =="
                        + " (func (result i32) i32.const 1 i32.const 2 i32.add)",
                "(func (block (result i32) (i32.const 1)) drop) == (func block (result i32) i32.const 1 end drop)",
                "(func (loop (nop))) == (func loop nop end)",
                "(func (if (i32.const 1) (then (nop)) (else (nop)))) == (func i32.const 1 if nop else nop end)",
                "(func (if (i32.const 1) (then))) == (func i32.const 1 if end)",
                "(func (import \"m\" \"f\") (param i32)) == (import \"m\" \"f\" (func (param i32)))",
                "(func (export \"f\")) == (func) (export \"f\" (func 0))",
                "(memory (export \"m\") 1) == (memory 1) (export \"m\" (memory 0))",
                "(global (import \"m\" \"g\") i32) == (import \"m\" \"g\" (global i32))",
                "(table (import \"m\" \"t\") 1 funcref) == (import \"m\" \"t\" (table 1 funcref))",
                "(tag (import \"m\" \"e\")) == (import \"m\" \"e\" (tag))",
                "(func (param i32 i64)) == (func (param i32) (param i64))",
                "(func (local i32 i32)) == (func (local i32) (local i32))",
                "(func) (func (param i32)) == (type (func)) (type (func (param i32))) (func (type 0)) (func (type 1))",
                "(type (func)) (func (type 0) (param) (result)) == (type (func)) (func (type 0))",
                "(func (call_indirect (i32.const 0))) (table 1 funcref) =="
                        + " (func (call_indirect 0 (type 0) (i32.const 0))) (table 1 funcref)",
                "(table 1 funcref) (func) (elem (i32.const 0) 0) =="
                        + " (table 1 funcref) (func) (elem (offset (i32.const 0)) func 0)",
                "(table 1 funcref) (func) (elem (offset (i32.const 0)) funcref (item ref.func 0)) =="
                        + " (table 1 funcref) (func) (elem (i32.const 0) funcref (ref.func 0))",
                "(memory 1) (data (i32.const 0) \"a\") == (memory 1) (data (memory 0) (offset (i32.const 0)) \"a\")",
                "(memory 1) (data (i32.const 0) \"a\" \"b\") == (memory 1) (data (i32.const 0) \"ab\")",
                "(func (table.size) drop) (table 0 funcref) == (func (table.size 0) drop) (table 0 funcref)",
                "(func (memory.copy (i32.const 0) (i32.const 0) (i32.const 0))) (memory 1) =="
                        + " (func (memory.copy 0 0 (i32.const 0) (i32.const 0) (i32.const 0))) (memory 1)",
                "(func (result funcref) (ref.null func)) == (func (result (ref null func)) (ref.null func))",
                "(func (param externref anyref eqref i31ref structref arrayref exnref)) =="
                        + " (func (param (ref null extern) (ref null any) (ref null eq) (ref null i31)"
                        + " (ref null struct) (ref null array) (ref null exn)))",
                "(func (param nullref nullfuncref nullexternref nullexnref)) =="
                        + " (func (param (ref null none) (ref null nofunc) (ref null noextern) (ref null noexn)))",
                "(memory 1) (func (drop (i32.load offset=0 align=4 (i32.const 0)))) =="
                        + " (memory 1) (func (drop (i32.load (i32.const 0))))",
                "(type (func)) (rec (type (func))) (func) == (type (func)) (rec (type (func))) (func (type 0))",
                "(type (sub (func))) (func) == (type (sub (func))) (type (func)) (func (type 1))"
            })
    void parse_abbreviation_encodesLikeExpansion(String abbreviated, String expanded) {
        byte[] a = Wat.parse(abbreviated);
        byte[] b = Wat.parse(expanded);
        assertArrayEquals(
                b,
                a,
                () -> HexFormat.of().formatHex(a) + " vs " + HexFormat.of().formatHex(b));
    }
}
