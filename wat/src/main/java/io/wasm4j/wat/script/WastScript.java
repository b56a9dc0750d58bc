package io.wasm4j.wat.script;

import java.util.List;

/**
 * Parses {@code .wast} scripts, the command language of the WebAssembly spec tests, into {@link
 * WastCommand}s. Modules are kept unencoded: {@link WastCommand.ModuleCommand#binary()} encodes a text
 * module when asked, so a script with modules that cannot be encoded (as {@code assert_malformed} expects)
 * still parses.
 *
 * <p>Thread safety: stateless; the returned commands are immutable.
 */
public final class WastScript {

    private WastScript() {}

    /**
     * Parses a script.
     *
     * @param source the script's text
     * @return its commands in order; the commands of a {@code thread} block are inside its {@link
     *     WastCommand.Thread}
     * @throws io.wasm4j.wat.WatException on a lexical or syntax error in the script, or a malformed constant
     */
    public static List<WastCommand> parse(String source) {
        return WastParser.parse(source);
    }
}
