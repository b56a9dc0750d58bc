package io.wasm4j.wat.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.wat.WatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class NumericLiteralsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "1_000, 1000",
        "0xffffffff, -1",
        "0xFFFF_FFFF, -1",
        "-0x80000000, -2147483648",
        "-2147483648, -2147483648",
        "4294967295, -1",
        "+7, 7",
        "-0, 0"
    })
    void parseI32_validLiteral_returnsBits(String text, int expected) {
        assertEquals(expected, NumericLiterals.parseI32(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967296", "-2147483649", "0x1_0000_0000", "-0x80000001"})
    void parseI32_outOfRange_throwsConstantOutOfRange(String text) {
        WatException e = assertThrows(WatException.class, () -> NumericLiterals.parseI32(text));
        assertTrue(e.reason().contains("constant out of range"), e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1__0", "_1", "1_", "0x", "0x_1", "1.0", "1e2", "nan", "x", ""})
    void parseI32_malformed_throwsUnknownOperator(String text) {
        WatException e = assertThrows(WatException.class, () -> NumericLiterals.parseI32(text));
        assertTrue(e.reason().contains("unknown operator"), e.reason());
    }

    @ParameterizedTest
    @CsvSource({
        "0xffffffffffffffff, -1",
        "18446744073709551615, -1",
        "-9223372036854775808, -9223372036854775808",
        "0x7fff_ffff_ffff_ffff, 9223372036854775807"
    })
    void parseI64_validLiteral_returnsBits(String text, long expected) {
        assertEquals(expected, NumericLiterals.parseI64(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551616", "-9223372036854775809"})
    void parseI64_outOfRange_throws(String text) {
        assertThrows(WatException.class, () -> NumericLiterals.parseI64(text));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0x00000000",
        "-0, 0x80000000",
        "1, 0x3f800000",
        "-1.5, 0xbfc00000",
        "1., 0x3f800000",
        "1.e1, 0x41200000",
        "inf, 0x7f800000",
        "-inf, 0xff800000",
        "nan, 0x7fc00000",
        "-nan, 0xffc00000",
        "+nan, 0x7fc00000",
        "nan:0x200000, 0x7fa00000",
        "-nan:0x7fffff, 0xffffffff",
        "nan:0x1, 0x7f800001",
        "0x1p-149, 0x00000001",
        "0x1p-150, 0x00000000",
        "0x1.8p-149, 0x00000002",
        "0x1.fffffep127, 0x7f7fffff",
        "0x1.fffffefffp127, 0x7f7fffff",
        "0x1p127, 0x7f000000",
        "+0x1.00000100000000000p-50, 0x26800000",
        "+0x1.00000100000000001p-50, 0x26800001",
        "+0x1.000001fffffffffffp-50, 0x26800001",
        "+0x1.00000300000000000p-50, 0x26800002",
        "0x1.00000100000000000p+50, 0x58800000",
        "0x1_0.0_0p-0_4, 0x3f800000",
        "1.000000059604644775390625, 0x3f800000",
        "1.00000005960464477539062501, 0x3f800001",
        "1.000000178813934326171875, 0x3f800002",
        "3.4028234663852886e+38, 0x7f7fffff",
        "1.40129846e-45, 0x00000001",
        "7e-46, 0x00000000",
        "1e-1000, 0x00000000",
        "0x1p-1000, 0x00000000",
        "0x0p999999999999999999999, 0x00000000",
        "1_000.000_1, 0x447a0002"
    })
    void parseF32Bits_validLiteral_roundsToNearestEven(String text, String bits) {
        assertEquals(Integer.parseUnsignedInt(bits.substring(2), 16), NumericLiterals.parseF32Bits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1.ffffffp127", "0x1p128", "1e39", "3.5e38", "nan:0x0", "nan:0x800000", "1e999999999999"})
    void parseF32Bits_outOfRange_throwsConstantOutOfRange(String text) {
        WatException e = assertThrows(WatException.class, () -> NumericLiterals.parseF32Bits(text));
        assertTrue(e.reason().contains("constant out of range"), e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {".0", "0.0e", "0.0e-", "0x.1", "1e_1", "0x1p", "nan:0x", "nan:1", "infinity", "1.0f"})
    void parseF32Bits_malformed_throwsUnknownOperator(String text) {
        WatException e = assertThrows(WatException.class, () -> NumericLiterals.parseF32Bits(text));
        assertTrue(e.reason().contains("unknown operator"), e.reason());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0x3ff0000000000000",
        "-0, 0x8000000000000000",
        "nan, 0x7ff8000000000000",
        "nan:0x4000000000000, 0x7ff4000000000000",
        "0x1p-1074, 0x0000000000000001",
        "0x1p-1075, 0x0000000000000000",
        "0x1.8p-1074, 0x0000000000000002",
        "0x1.fffffffffffffp1023, 0x7fefffffffffffff",
        "+0x1.000000000000080000000000p-600, 0x1a70000000000000",
        "+0x1.000000000000080000000001p-600, 0x1a70000000000001",
        "1.7976931348623157e308, 0x7fefffffffffffff",
        "4.9e-324, 0x0000000000000001",
        "0.1, 0x3fb999999999999a"
    })
    void parseF64Bits_validLiteral_roundsToNearestEven(String text, String bits) {
        assertEquals(Long.parseUnsignedLong(bits.substring(2), 16), NumericLiterals.parseF64Bits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1.fffffffffffff8p1023", "1e309", "nan:0x10000000000000"})
    void parseF64Bits_outOfRange_throws(String text) {
        WatException e = assertThrows(WatException.class, () -> NumericLiterals.parseF64Bits(text));
        assertTrue(e.reason().contains("constant out of range"), e.reason());
    }

    @ParameterizedTest
    @CsvSource({"255, -1", "-128, -128", "0x7f, 127"})
    void parseI8_inRange_returnsByte(String text, byte expected) {
        assertEquals(expected, NumericLiterals.parseI8(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256", "-129"})
    void parseI8_outOfRange_throwsI8Message(String text) {
        WatException e = assertThrows(WatException.class, () -> NumericLiterals.parseI8(text));
        assertTrue(e.reason().contains("i8 constant out of range"), e.reason());
    }

    @ParameterizedTest
    @CsvSource({"65535, -1", "-32768, -32768"})
    void parseI16_inRange_returnsShort(String text, short expected) {
        assertEquals(expected, NumericLiterals.parseI16(text));
    }
}
