package io.wasm4j.wat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link Wat#parse(String)} byte for byte with golden encodings (made with wasm-tools, the
 * encoder behind wasmtime's {@code wat} crate), name section included. One case a line: {@code text |
 * hex}.
 */
final class WatGoldenTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = WatGoldenTest.class.getResourceAsStream("golden.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.stream().filter(l -> !l.isBlank()).map(l -> {
                int bar = l.lastIndexOf(" | ");
                return Arguments.of(l.substring(0, bar), l.substring(bar + 3));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parse_goldenCase_matchesReferenceEncoding(String text, String hex) {
        assertEquals(hex, HexFormat.of().formatHex(Wat.parse(text)));
    }
}
