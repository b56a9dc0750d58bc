package io.wasm4j.wasi.internal;

import io.wasm4j.spi.WasiProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** The {@link WasiProvider} of this module (id {@code "wasi-fs"}), for the command line and embedders. */
public final class FsWasiProvider implements WasiProvider {
    /** For {@link java.util.ServiceLoader}. */
    public FsWasiProvider() {}

    @Override
    public String id() {
        return "wasi-fs";
    }

    @Override
    public List<HostImport> create(Settings settings) {
        List<io.wasm4j.wasi.internal.Preopen> preopens = new ArrayList<>();
        for (WasiProvider.Preopen p : settings.preopens()) {
            preopens.add(preopen(p.host(), p.guest(), p.readOnly()));
        }
        List<String> env = new ArrayList<>();
        settings.env().forEach((k, v) -> env.add(k + "=" + v));
        WasiState state = new WasiState(new WasiConfig(
                List.copyOf(settings.args()),
                env,
                settings.stdin(),
                settings.stdout(),
                settings.stderr(),
                preopens,
                List.of(),
                InstantSource.system(),
                System::nanoTime,
                new SecureRandom()));
        List<HostImport> out = new ArrayList<>();
        for (String module : List.of(WasiFunctions.PREVIEW1, WasiFunctions.UNSTABLE)) {
            for (WasiFunctions.Function fn : WasiFunctions.of(module)) {
                out.add(new HostImport(module, fn.name(), fn.type(), (memory, args) -> fn.call(state, memory, args)));
            }
        }
        return out;
    }

    /** Checks and canonicalises a preopened directory. */
    static io.wasm4j.wasi.internal.Preopen preopen(Path host, String guest, boolean readOnly) {
        if (!Files.isDirectory(host)) {
            throw new IllegalArgumentException(String.format("preopened directory %s is not a directory", host));
        }
        try {
            return new io.wasm4j.wasi.internal.Preopen(host.toRealPath(), guest, readOnly);
        } catch (IOException e) {
            throw new IllegalArgumentException(String.format("cannot preopen %s: %s", host, e), e);
        }
    }
}
