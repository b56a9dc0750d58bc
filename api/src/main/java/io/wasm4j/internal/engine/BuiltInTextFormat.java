package io.wasm4j.internal.engine;

import io.wasm4j.spi.TextFormat;
import io.wasm4j.wat.Wat;

/**
 * The text format of the optional {@code io.wasm4j.wat} module ({@code requires static}), used when no
 * {@link TextFormat} provider is found. Create it only after {@link #isAvailable()} said yes.
 */
public final class BuiltInTextFormat implements TextFormat {
    private static final String MODULE = "io.wasm4j.wat";
    private static final String CLASS = "io.wasm4j.wat.Wat";

    /** Returns whether the wat module is readable (module path) or its class is visible (class path). */
    public static boolean isAvailable() {
        Module self = BuiltInTextFormat.class.getModule();
        if (self.isNamed()) {
            ModuleLayer layer = self.getLayer();
            return layer != null && layer.findModule(MODULE).isPresent();
        }
        try {
            Class.forName(CLASS, false, BuiltInTextFormat.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Creates the adapter; the wat module must be available. */
    public BuiltInTextFormat() {}

    @Override
    public byte[] toBinary(String text) {
        return Wat.parse(text);
    }
}
