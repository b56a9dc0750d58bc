package io.wasm4j.spi;

import io.wasm4j.core.FuncType;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A WASI implementation, found with {@link java.util.ServiceLoader} so that the command line and
 * embedders can run WASI programs without naming the module that implements it (e.g. {@code wasm4j-wasi-fs},
 * id {@code "wasi-fs"}).
 *
 * <p>Use: {@link #create} a context's host functions, then define each {@link HostImport} in a linker as
 * an untyped host function whose body passes the calling instance's exported {@code "memory"} (or an empty
 * segment if there is none) and the arguments as {@code long}s to {@link HostImport#call}, returning the
 * {@code int} result as an i32 when the type has a result. {@code proc_exit} throws a {@link
 * RuntimeException} that implements {@link ExitStatus}; let it propagate and catch it where the guest was
 * called.
 *
 * <p>Implementations must: return functions of both {@code wasi_snapshot_preview1} and {@code
 * wasi_unstable}; never let a path of the guest reach outside the preopened directories; report failures
 * to the guest as errno values, not exceptions.
 */
public interface WasiProvider {
    /** Returns the provider's id, e.g. {@code "wasi-fs"}. */
    String id();

    /**
     * Creates a WASI context and returns its host functions.
     *
     * @throws IllegalArgumentException if a preopened directory does not exist
     */
    List<HostImport> create(Settings settings);

    /**
     * What a WASI context starts with.
     *
     * @param args the arguments, program name first
     * @param env the environment
     * @param preopens the preopened directories, in fd order from 3
     * @param stdin standard input
     * @param stdout standard output
     * @param stderr standard error
     */
    record Settings(
            List<String> args,
            Map<String, String> env,
            List<Preopen> preopens,
            InputStream stdin,
            OutputStream stdout,
            OutputStream stderr) {}

    /**
     * A preopened directory.
     *
     * @param host the host directory (any file system)
     * @param guest the path the guest sees
     * @param readOnly whether the guest may only read below it
     */
    record Preopen(Path host, String guest, boolean readOnly) {}

    /**
     * One host function of a WASI context.
     *
     * @param module the import module name
     * @param name the import name
     * @param type its wasm type (i32 and i64 parameters, an i32 result or none)
     * @param body the implementation
     */
    record HostImport(String module, String name, FuncType type, Body body) {
        /** Calls the function with the caller's memory and the arguments; returns the errno. */
        public int call(MemorySegment memory, long... args) {
            return body.call(memory, args);
        }
    }

    /** The body of a host function: the caller's memory and the arguments (i32 values sign-extended). */
    @FunctionalInterface
    interface Body {
        int call(MemorySegment memory, long[] args);
    }

    /** Implemented by the exception {@code proc_exit} throws. */
    interface ExitStatus {
        /** Returns the guest's exit status. */
        int exitCode();
    }
}
