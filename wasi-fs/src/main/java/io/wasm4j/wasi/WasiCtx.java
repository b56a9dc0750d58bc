package io.wasm4j.wasi;

import io.wasm4j.Caller;
import io.wasm4j.Linker;
import io.wasm4j.Memory;
import io.wasm4j.wasi.internal.Preopen;
import io.wasm4j.wasi.internal.WasiConfig;
import io.wasm4j.wasi.internal.WasiFunctions;
import io.wasm4j.wasi.internal.WasiState;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The state of one WASI program: its arguments, environment, standard streams, preopened directories,
 * clocks, randomness and open file descriptors. Build one with {@link #builder()} per guest instance and
 * make it reachable from the store's data; {@link #addToLinker} defines the WASI functions.
 *
 * <p>Descriptors 0, 1 and 2 are stdin, stdout and stderr; preopened directories follow from 3 in the order
 * they were added, then preopened sockets.
 *
 * <p>Thread safety: a context belongs to one store and is used by one thread at a time.
 */
public final class WasiCtx implements AutoCloseable {
    /** With system property {@code wasm4j.wasi.trace=true}, every call is printed to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("wasm4j.wasi.trace");

    private static final MethodHandle DISPATCH;

    static {
        try {
            DISPATCH = MethodHandles.lookup()
                    .findStatic(
                            WasiCtx.class,
                            "dispatch",
                            MethodType.methodType(
                                    int.class,
                                    WasiFunctions.Function.class,
                                    Function.class,
                                    Caller.class,
                                    long[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final WasiState state;

    private WasiCtx(WasiConfig config) {
        this.state = new WasiState(config);
    }

    /** Returns a builder with no arguments, an empty environment, empty stdin and discarded output. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Defines every function of {@code wasi_snapshot_preview1} and {@code wasi_unstable} in {@code linker}.
     * Each call finds its context with {@code ctx} from the store's data, and the guest's memory as the
     * calling instance's export {@code "memory"} (without one, every pointer argument fails with {@code
     * fault}).
     *
     * @param ctx maps the store's data to the WASI context, e.g. {@code data -> data} or {@code
     *     Host::wasi}
     * @throws IllegalStateException if the linker already defines one of the names and shadowing is off
     */
    public static <T> void addToLinker(Linker<T> linker, Function<? super T, WasiCtx> ctx) {
        Objects.requireNonNull(ctx, "ctx");
        for (String module : List.of(WasiFunctions.PREVIEW1, WasiFunctions.UNSTABLE)) {
            for (WasiFunctions.Function fn : WasiFunctions.of(module)) {
                linker.func(module, fn.name(), handle(fn, ctx));
            }
        }
    }

    /**
     * Returns {@code (Caller, i32/i64 params...) → i32} (void for {@code proc_exit}) over {@link #dispatch}:
     * the typed host-function path, so no {@link io.wasm4j.Val} is boxed per call.
     */
    private static MethodHandle handle(WasiFunctions.Function fn, Function<?, WasiCtx> ctx) {
        String params = fn.params();
        Class<?>[] types = new Class<?>[params.length() + 1];
        types[0] = Caller.class;
        for (int i = 0; i < params.length(); i++) {
            types[i + 1] = params.charAt(i) == 'I' ? long.class : int.class;
        }
        return MethodHandles.insertArguments(DISPATCH, 0, fn, ctx)
                .asCollector(long[].class, params.length())
                .asType(MethodType.methodType(fn.hasResult() ? int.class : void.class, types));
    }

    @SuppressWarnings("unchecked")
    private static int dispatch(
            WasiFunctions.Function fn, Function<Object, WasiCtx> ctx, Caller<?> caller, long[] args) {
        MemorySegment memory = caller.getMemory("memory").map(Memory::segment).orElse(MemorySegment.NULL);
        int errno = fn.call(ctx.apply(caller.data()).state, memory, args);
        if (TRACE) {
            System.err.println("wasi: " + fn.name() + Arrays.toString(args) + " -> " + errno);
        }
        return errno;
    }

    /** Flushes the output streams and closes every file, directory and socket the context holds. */
    @Override
    public void close() {
        state.close();
    }

    /**
     * Builds a {@link WasiCtx}. Every setter checks its argument at once.
     *
     * <p>Thread safety: none; use a builder on one thread.
     */
    public static final class Builder {
        private final List<String> args = new ArrayList<>();
        private final List<String> env = new ArrayList<>();
        private final List<Preopen> preopens = new ArrayList<>();
        private final List<ServerSocketChannel> sockets = new ArrayList<>();
        private InputStream stdin = new ByteArrayInputStream(new byte[0]);
        private OutputStream stdout = OutputStream.nullOutputStream();
        private OutputStream stderr = OutputStream.nullOutputStream();
        private InstantSource wallClock = InstantSource.system();
        private LongSupplier monotonicNanos = System::nanoTime;
        private RandomGenerator random;

        private Builder() {}

        /** Appends arguments; the first argument is the program's name by convention. */
        public Builder args(String... values) {
            for (String a : values) {
                arg(a);
            }
            return this;
        }

        /** Appends one argument. */
        public Builder arg(String value) {
            args.add(checkNoNul(value, "argument"));
            return this;
        }

        /**
         * Adds an environment variable.
         *
         * @throws IllegalArgumentException if the key is empty or contains {@code '='} or a NUL
         */
        public Builder env(String key, String value) {
            checkNoNul(key, "environment key");
            if (key.isEmpty() || key.indexOf('=') >= 0) {
                throw new IllegalArgumentException(String.format("invalid environment key '%s'", key));
            }
            env.add(key + "=" + checkNoNul(value, "environment value"));
            return this;
        }

        /** Adds every variable of {@code variables}. */
        public Builder env(Map<String, String> variables) {
            variables.forEach(this::env);
            return this;
        }

        /** Adds the host process's environment. */
        public Builder inheritEnv() {
            return env(System.getenv());
        }

        /** Sets standard input (empty by default). */
        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in, "stdin");
            return this;
        }

        /** Sets standard output (discarded by default); it is flushed after each write. */
        public Builder stdout(OutputStream out) {
            this.stdout = Objects.requireNonNull(out, "stdout");
            return this;
        }

        /** Sets standard error (discarded by default); it is flushed after each write. */
        public Builder stderr(OutputStream err) {
            this.stderr = Objects.requireNonNull(err, "stderr");
            return this;
        }

        /** Connects the guest's stdin, stdout and stderr to the host process's. */
        public Builder inheritStdio() {
            this.stdin = System.in;
            this.stdout = new FileOutputStream(FileDescriptor.out);
            this.stderr = new FileOutputStream(FileDescriptor.err);
            return this;
        }

        /**
         * Preopens host directory {@code host} (of any file system) read-write, visible to the guest as
         * {@code guest} (e.g. {@code "/"}, {@code "."} or {@code "/data"}).
         *
         * @throws IllegalArgumentException if {@code host} is not an existing directory
         */
        public Builder preopenedDir(Path host, String guest) {
            return preopen(host, guest, false);
        }

        /**
         * Preopens {@code host} read-only: the guest can list, stat and read, but nothing below it changes.
         *
         * @throws IllegalArgumentException if {@code host} is not an existing directory
         */
        public Builder preopenedDirReadOnly(Path host, String guest) {
            return preopen(host, guest, true);
        }

        private Builder preopen(Path host, String guest, boolean readOnly) {
            Objects.requireNonNull(host, "host");
            checkNoNul(guest, "guest path");
            if (guest.isEmpty()) {
                throw new IllegalArgumentException("the guest path of a preopened directory is empty");
            }
            if (!Files.isDirectory(host)) {
                throw new IllegalArgumentException(String.format("preopened directory %s is not a directory", host));
            }
            try {
                preopens.add(new Preopen(host.toRealPath(), guest, readOnly));
            } catch (IOException e) {
                throw new IllegalArgumentException(String.format("cannot preopen %s: %s", host, e), e);
            }
            return this;
        }

        /**
         * Preopens a bound listening socket: the guest gets a descriptor for {@code sock_accept}, and the
         * connections it accepts for {@code sock_recv}, {@code sock_send} and {@code sock_shutdown}.
         */
        public Builder preopenedSocket(ServerSocketChannel listener) {
            sockets.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Replaces the realtime clock (the system clock by default). */
        public Builder wallClock(InstantSource clock) {
            this.wallClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Replaces the monotonic clock, in nanoseconds ({@link System#nanoTime()} by default). */
        public Builder monotonicClock(LongSupplier nanos) {
            this.monotonicNanos = Objects.requireNonNull(nanos, "nanos");
            return this;
        }

        /** Replaces the source of {@code random_get} (a {@link SecureRandom} by default). */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Builds the context. */
        public WasiCtx build() {
            return new WasiCtx(new WasiConfig(
                    List.copyOf(args),
                    List.copyOf(env),
                    stdin,
                    stdout,
                    stderr,
                    List.copyOf(preopens),
                    List.copyOf(sockets),
                    wallClock,
                    monotonicNanos,
                    random != null ? random : new SecureRandom()));
        }

        private static String checkNoNul(String s, String what) {
            Objects.requireNonNull(s, what);
            if (s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(String.format("%s contains a NUL character: '%s'", what, s));
            }
            return s;
        }
    }
}
