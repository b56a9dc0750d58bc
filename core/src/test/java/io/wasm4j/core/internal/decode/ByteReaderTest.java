package io.wasm4j.core.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.core.MalformedModuleException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ByteReaderTest {

    private static ByteReader reader(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return new ByteReader(b, 0, b.length);
    }

    private static void assertMalformed(String expected, Runnable r) {
        MalformedModuleException e = assertThrows(MalformedModuleException.class, r::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "00, 0",
        "7f, 127",
        "80 01, 128",
        "80 80 80 80 00, 0",
        "ff ff ff ff 0f, 4294967295",
        "e5 8e 26, 624485",
    })
    void u32_validEncodings_decode(String hex, long expected) {
        ByteReader r = reader(hex);
        assertEquals(expected, r.u32() & 0xFFFFFFFFL);
        assertEquals(r.limit(), r.pos());
    }

    @ParameterizedTest
    @CsvSource({
        "ff ff ff ff 1f, integer too large",
        "ff ff ff ff 4f, integer too large",
        "80 80 80 80 80 00, integer representation too long",
        "80 80, unexpected end",
    })
    void u32_badEncodings_areMalformed(String hex, String expected) {
        assertMalformed(expected, () -> reader(hex).u32());
    }

    @ParameterizedTest
    @CsvSource({
        "7f, -1",
        "40, -64",
        "3f, 63",
        "80 7f, -128",
        "ff ff ff ff 07, 2147483647",
        "80 80 80 80 78, -2147483648",
        "ff ff ff ff 7f, -1",
    })
    void s32_validEncodings_decode(String hex, int expected) {
        assertEquals(expected, reader(hex).s32());
    }

    @ParameterizedTest
    @CsvSource({
        "ff ff ff ff 0f, integer too large",
        "80 80 80 80 70, integer too large",
        "ff ff ff ff ff 7f, integer representation too long",
    })
    void s32_badEncodings_areMalformed(String hex, String expected) {
        assertMalformed(expected, () -> reader(hex).s32());
    }

    @ParameterizedTest
    @CsvSource({
        "ff ff ff ff ff ff ff ff ff 7f, -1",
        "80 80 80 80 80 80 80 80 80 7f, -9223372036854775808",
        "ff ff ff ff ff ff ff ff ff 00, 9223372036854775807",
    })
    void s64_validEncodings_decode(String hex, long expected) {
        assertEquals(expected, reader(hex).s64());
    }

    @ParameterizedTest
    @CsvSource({
        "ff ff ff ff ff ff ff ff ff 01, integer too large",
        "80 80 80 80 80 80 80 80 80 80 00, integer representation too long",
    })
    void s64_badEncodings_areMalformed(String hex, String expected) {
        assertMalformed(expected, () -> reader(hex).s64());
    }

    @ParameterizedTest
    @CsvSource({
        "ff ff ff ff ff ff ff ff ff 01, -1",
        "80 80 80 80 80 80 80 80 80 00, 0",
    })
    void u64_validEncodings_decode(String hex, long expected) {
        assertEquals(expected, reader(hex).u64());
    }

    @ParameterizedTest
    @CsvSource({
        "ff ff ff ff ff ff ff ff ff 02, integer too large",
        "80 80 80 80 80 80 80 80 80 80 00, integer representation too long",
    })
    void u64_badEncodings_areMalformed(String hex, String expected) {
        assertMalformed(expected, () -> reader(hex).u64());
    }

    @ParameterizedTest
    @CsvSource({"ff ff ff ff 0f, 4294967295", "80 80 80 80 70, -4294967296", "7f, -1"})
    void s33_validEncodings_decode(String hex, long expected) {
        assertEquals(expected, reader(hex).s33());
    }

    @ParameterizedTest
    @CsvSource({"ff ff ff ff 1f, integer too large", "80 80 80 80 60, integer too large"})
    void s33_badEncodings_areMalformed(String hex, String expected) {
        assertMalformed(expected, () -> reader(hex).s33());
    }

    @ParameterizedTest
    @CsvSource({
        "c0 80, malformed UTF-8 encoding",
        "ed a0 80, malformed UTF-8 encoding",
        "f4 90 80 80, malformed UTF-8 encoding",
        "e0 9f bf, malformed UTF-8 encoding",
        "80, malformed UTF-8 encoding",
        "e2 82, malformed UTF-8 encoding",
    })
    void utf8_invalidSequences_areMalformed(String hex, String expected) {
        ByteReader r = reader(hex);
        byte[] b = r.bytes();
        assertMalformed(expected, () -> Utf8.decode(b, 0, b.length));
    }

    @ParameterizedTest
    @CsvSource({"24 e2 82 ac f0 9f 98 80, $€😀", "41, A"})
    void utf8_validSequences_decode(String hex, String expected) {
        byte[] b = reader(hex).bytes();
        assertEquals(expected, Utf8.decode(b, 0, b.length));
    }

    @ParameterizedTest
    @CsvSource({"05 61 62, length out of bounds", "02 61, unexpected end"})
    void name_lengthPastInput_isMalformed(String hex, String expected) {
        assertMalformed(expected, () -> reader(hex).name());
    }
}
