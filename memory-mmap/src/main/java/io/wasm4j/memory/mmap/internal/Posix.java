package io.wasm4j.memory.mmap.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The libc calls this module makes ({@code mmap}, {@code munmap}, {@code mprotect}, {@code getpagesize}),
 * as FFM downcalls, with the flag values of the host OS. Created once, on first use ({@link #get()}).
 *
 * <p>Thread safety: immutable; the calls are thread-safe.
 */
final class Posix {
    static final int PROT_NONE = 0;
    static final int PROT_READ_WRITE = 1 | 2;
    private static final int MAP_PRIVATE = 0x02;
    private static final long MAP_FAILED = -1L;
    private static final List<String> SYMBOLS = List.of("mmap", "munmap", "mprotect", "getpagesize");

    /** The supported hosts: operating system → {@code {MAP_ANONYMOUS, MAP_NORESERVE}}. */
    private enum Os {
        LINUX(0x20, 0x4000),
        MACOS(0x1000, 0x40);

        final int mapAnonymous;
        final int mapNoReserve;

        Os(int mapAnonymous, int mapNoReserve) {
            this.mapAnonymous = mapAnonymous;
            this.mapNoReserve = mapNoReserve;
        }
    }

    private final MethodHandle mmap;
    private final MethodHandle munmap;
    private final MethodHandle mprotect;
    private final StructLayout callState;
    private final VarHandle errno;
    private final int reserveFlags;
    private final long pageSize;

    @SuppressWarnings("restricted") // downcallHandle: the whole point of the module (see module-info)
    private Posix(Os os) throws Throwable {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        Linker.Option errnoOption = Linker.Option.captureCallState("errno");
        callState = Linker.Option.captureStateLayout();
        errno = callState.varHandle(StructLayout.PathElement.groupElement("errno"));
        ValueLayout size = ValueLayout.JAVA_LONG; // size_t and off_t are 64-bit on every supported host
        mmap = linker.downcallHandle(
                libc.findOrThrow("mmap"),
                FunctionDescriptor.of(
                        ValueLayout.ADDRESS,
                        ValueLayout.ADDRESS,
                        size,
                        ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT,
                        size),
                errnoOption);
        munmap = linker.downcallHandle(
                libc.findOrThrow("munmap"), FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, size));
        mprotect = linker.downcallHandle(
                libc.findOrThrow("mprotect"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, size, ValueLayout.JAVA_INT),
                errnoOption);
        MethodHandle getpagesize =
                linker.downcallHandle(libc.findOrThrow("getpagesize"), FunctionDescriptor.of(ValueLayout.JAVA_INT));
        pageSize = (int) getpagesize.invokeExact();
        reserveFlags = MAP_PRIVATE | os.mapAnonymous | os.mapNoReserve;
    }

    /** The host's OS if it is a supported one (Linux or macOS on x86-64 or aarch64), with libc's symbols. */
    private static Optional<Os> host() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        Os os = name.startsWith("linux") ? Os.LINUX : name.startsWith("mac") ? Os.MACOS : null;
        boolean cpu = List.of("amd64", "x86_64", "aarch64", "arm64").contains(arch);
        if (os == null || !cpu || ValueLayout.ADDRESS.byteSize() != 8) {
            return Optional.empty();
        }
        SymbolLookup libc = Linker.nativeLinker().defaultLookup();
        return SYMBOLS.stream().allMatch(s -> libc.find(s).isPresent()) ? Optional.of(os) : Optional.empty();
    }

    /** Whether this host is supported; no native call is made and nothing is created. */
    static boolean isSupported() {
        return host().isPresent();
    }

    /**
     * The calls, created on first use.
     *
     * @throws IllegalStateException if the host is not supported or native access is denied to this module
     */
    static Posix get() {
        if (Holder.POSIX == null) {
            throw new IllegalStateException(Holder.FAILURE, Holder.CAUSE);
        }
        return Holder.POSIX;
    }

    private static final class Holder {
        static final Posix POSIX;
        static final String FAILURE;
        static final Throwable CAUSE;

        static {
            Posix posix = null;
            String failure = null;
            Throwable cause = null;
            Optional<Os> os = host();
            if (os.isEmpty()) {
                failure = "the mmap memory creator supports Linux and macOS on x86-64 and aarch64, not "
                        + System.getProperty("os.name") + " on " + System.getProperty("os.arch")
                        + "; use the default heap memory creator";
            } else {
                try {
                    posix = new Posix(os.get());
                } catch (IllegalCallerException e) {
                    failure = "native access is denied to module io.wasm4j.memory.mmap; run java with"
                            + " --enable-native-access=io.wasm4j.memory.mmap (module path) or"
                            + " --enable-native-access=ALL-UNNAMED (class path)";
                    cause = e;
                } catch (Throwable e) {
                    failure = "cannot bind libc's mmap functions: " + e;
                    cause = e;
                }
            }
            POSIX = posix;
            FAILURE = failure;
            CAUSE = cause;
        }
    }

    /** The OS page size in bytes: the granularity of reservations and commits. */
    long pageSize() {
        return pageSize;
    }

    /**
     * Reserves {@code bytes} of address space, inaccessible ({@code PROT_NONE}) and without committing memory.
     *
     * @return the base address, or {@code -errno} on failure
     */
    long reserve(long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(callState);
            MemorySegment base =
                    (MemorySegment) mmap.invokeExact(state, MemorySegment.NULL, bytes, PROT_NONE, reserveFlags, -1, 0L);
            return base.address() == MAP_FAILED ? -Math.max(1, (int) errno.get(state, 0L)) : base.address();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Changes the protection of {@code bytes} at {@code address} (both page-aligned).
     *
     * @return 0, or the {@code errno} of the failure
     */
    int protect(long address, long bytes, int protection) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(callState);
            int rc = (int) mprotect.invokeExact(state, MemorySegment.ofAddress(address), bytes, protection);
            return rc == 0 ? 0 : Math.max(1, (int) errno.get(state, 0L));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Unmaps {@code bytes} at {@code address}; returns whether it succeeded. */
    boolean unmap(long address, long bytes) {
        try {
            return (int) munmap.invokeExact(MemorySegment.ofAddress(address), bytes) == 0;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A name for an {@code errno} value in messages. */
    static String errnoName(int errno) {
        return switch (errno) {
            case 12 -> "ENOMEM (out of address space or memory)";
            case 22 -> "EINVAL";
            case 1, 13 -> "EPERM/EACCES (not permitted)";
            default -> "errno " + errno;
        };
    }
}
