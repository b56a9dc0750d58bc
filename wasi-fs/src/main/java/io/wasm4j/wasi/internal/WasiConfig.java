package io.wasm4j.wasi.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ServerSocketChannel;
import java.time.InstantSource;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Everything a {@link WasiState} starts from, as the public builder collected it.
 *
 * @param args the program's arguments, the program name first
 * @param env environment entries {@code KEY=VALUE}
 * @param stdin standard input
 * @param stdout standard output
 * @param stderr standard error
 * @param preopens preopened directories, given fds 3, 4, ... in order
 * @param sockets preopened listening sockets, given the fds after the directories
 * @param wallClock the realtime clock
 * @param monotonicNanos the monotonic clock, in nanoseconds
 * @param random the source of {@code random_get}
 */
public record WasiConfig(
        List<String> args,
        List<String> env,
        InputStream stdin,
        OutputStream stdout,
        OutputStream stderr,
        List<Preopen> preopens,
        List<ServerSocketChannel> sockets,
        InstantSource wallClock,
        LongSupplier monotonicNanos,
        RandomGenerator random) {}
