package io.wasm4j.wasi.internal;

import io.wasm4j.core.FuncType;
import io.wasm4j.core.ValType;
import io.wasm4j.wasi.WasiExitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of WASI preview 1 host functions, for {@code wasi_snapshot_preview1} and the legacy {@code
 * wasi_unstable}, independent of the facade: each takes its arguments as {@code long}s (i32 values
 * sign-extended) and the guest memory as a segment, and returns the errno.
 *
 * <p>{@code wasi_unstable} differs in the {@code filestat} layout (32-bit link count), the {@code whence}
 * numbering of {@code fd_seek} (cur, end, set) and the clock subscription of {@code poll_oneoff} (an extra
 * 64-bit identifier); it has no {@code sock_accept}.
 */
public final class WasiFunctions {
    /** The module name of WASI preview 1. */
    public static final String PREVIEW1 = "wasi_snapshot_preview1";

    /** The module name of the legacy snapshot. */
    public static final String UNSTABLE = "wasi_unstable";

    /** The body of a WASI function. */
    @FunctionalInterface
    interface Body {
        int call(WasiState s, GuestMemory m, long[] a) throws IOException;
    }

    /**
     * One host function.
     *
     * @param module the import module name
     * @param name the import name
     * @param params the wasm parameter types, one letter each: {@code i} for i32, {@code I} for i64
     * @param hasResult whether it returns the errno as an i32 (all but {@code proc_exit})
     */
    public record Function(String module, String name, String params, boolean hasResult, Body body) {
        /** Returns the wasm type: i32 and i64 parameters, an i32 result unless {@code proc_exit}. */
        public FuncType type() {
            List<ValType> p = new ArrayList<>();
            for (char c : params.toCharArray()) {
                p.add(c == 'I' ? ValType.I64 : ValType.I32);
            }
            return new FuncType(p, hasResult ? List.of(ValType.I32) : List.of());
        }

        /**
         * Calls the function.
         *
         * @param state the context
         * @param memory the caller's memory (an empty segment if it exports none: every pointer faults)
         * @param args the arguments, i32 values in the low 32 bits
         * @return the errno
         * @throws WasiExitException from {@code proc_exit}
         */
        public int call(WasiState state, MemorySegment memory, long... args) {
            try {
                return body.call(state, new GuestMemory(memory), args);
            } catch (WasiError e) {
                return e.errno();
            } catch (IOException e) {
                return Errnos.of(e);
            } catch (UncheckedIOException e) {
                return Errnos.of(e.getCause());
            } catch (UnsupportedOperationException e) {
                return Errno.NOTSUP;
            } catch (InvalidPathException e) {
                return Errno.INVAL;
            } catch (SecurityException e) {
                return Errno.ACCES;
            }
        }
    }

    private WasiFunctions() {}

    /** Returns every function of {@code module} ({@link #PREVIEW1} or {@link #UNSTABLE}). */
    public static List<Function> of(String module) {
        boolean legacy = switch (module) {
            case PREVIEW1 -> false;
            case UNSTABLE -> true;
            default -> throw new IllegalArgumentException("unknown WASI module " + module);
        };
        List<Function> f = new ArrayList<>();
        Table t = new Table(module, f);
        t.add("args_get", "ii", (s, m, a) -> ProcOps.argsGet(s, m, i(a[0]), i(a[1])));
        t.add("args_sizes_get", "ii", (s, m, a) -> ProcOps.argsSizesGet(s, m, i(a[0]), i(a[1])));
        t.add("environ_get", "ii", (s, m, a) -> ProcOps.environGet(s, m, i(a[0]), i(a[1])));
        t.add("environ_sizes_get", "ii", (s, m, a) -> ProcOps.environSizesGet(s, m, i(a[0]), i(a[1])));
        t.add("clock_res_get", "ii", (s, m, a) -> ProcOps.clockResGet(s, m, i(a[0]), i(a[1])));
        t.add("clock_time_get", "iIi", (s, m, a) -> ProcOps.clockTimeGet(s, m, i(a[0]), a[1], i(a[2])));
        t.add("fd_advise", "iIIi", (s, m, a) -> FdOps.advise(s, i(a[0]), a[1], a[2], u8(a[3])));
        t.add("fd_allocate", "iII", (s, m, a) -> FdOps.allocate(s, i(a[0]), a[1], a[2]));
        t.add("fd_close", "i", (s, m, a) -> FdOps.close(s, i(a[0])));
        t.add("fd_datasync", "i", (s, m, a) -> FdOps.sync(s, i(a[0]), true));
        t.add("fd_fdstat_get", "ii", (s, m, a) -> FdOps.fdstatGet(s, m, i(a[0]), i(a[1])));
        t.add("fd_fdstat_set_flags", "ii", (s, m, a) -> FdOps.fdstatSetFlags(s, i(a[0]), u16(a[1])));
        t.add("fd_fdstat_set_rights", "iII", (s, m, a) -> FdOps.fdstatSetRights(s, i(a[0]), a[1], a[2]));
        t.add("fd_filestat_get", "ii", (s, m, a) -> FdOps.filestatGet(s, m, i(a[0]), i(a[1]), legacy));
        t.add("fd_filestat_set_size", "iI", (s, m, a) -> FdOps.filestatSetSize(s, i(a[0]), a[1]));
        t.add("fd_filestat_set_times", "iIIi", (s, m, a) -> FdOps.filestatSetTimes(s, i(a[0]), a[1], a[2], u16(a[3])));
        t.add("fd_pread", "iiiIi", (s, m, a) -> {
            if (a[3] < 0) {
                return Errno.INVAL;
            }
            return FdOps.read(s, m, i(a[0]), i(a[1]), i(a[2]), a[3], i(a[4]));
        });
        t.add("fd_prestat_get", "ii", (s, m, a) -> FdOps.prestatGet(s, m, i(a[0]), i(a[1])));
        t.add("fd_prestat_dir_name", "iii", (s, m, a) -> FdOps.prestatDirName(s, m, i(a[0]), i(a[1]), i(a[2])));
        t.add("fd_pwrite", "iiiIi", (s, m, a) -> {
            if (a[3] < 0) {
                return Errno.INVAL;
            }
            return FdOps.write(s, m, i(a[0]), i(a[1]), i(a[2]), a[3], i(a[4]));
        });
        t.add("fd_read", "iiii", (s, m, a) -> FdOps.read(s, m, i(a[0]), i(a[1]), i(a[2]), -1, i(a[3])));
        t.add("fd_readdir", "iiiIi", (s, m, a) -> DirOps.readdir(s, m, i(a[0]), i(a[1]), i(a[2]), a[3], i(a[4])));
        t.add("fd_renumber", "ii", (s, m, a) -> FdOps.renumber(s, i(a[0]), i(a[1])));
        t.add("fd_seek", "iIii", (s, m, a) -> FdOps.seek(s, m, i(a[0]), a[1], u8(a[2]), i(a[3]), legacy));
        t.add("fd_sync", "i", (s, m, a) -> FdOps.sync(s, i(a[0]), false));
        t.add("fd_tell", "ii", (s, m, a) -> FdOps.tell(s, m, i(a[0]), i(a[1])));
        t.add("fd_write", "iiii", (s, m, a) -> FdOps.write(s, m, i(a[0]), i(a[1]), i(a[2]), -1, i(a[3])));
        t.add("path_create_directory", "iii", (s, m, a) -> PathOps.createDirectory(s, m, i(a[0]), i(a[1]), i(a[2])));
        t.add(
                "path_filestat_get",
                "iiiii",
                (s, m, a) -> PathOps.filestatGet(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), i(a[4]), legacy));
        t.add(
                "path_filestat_set_times",
                "iiiiIIi",
                (s, m, a) -> PathOps.filestatSetTimes(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), a[4], a[5], u16(a[6])));
        t.add(
                "path_link",
                "iiiiiii",
                (s, m, a) -> PathOps.link(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), i(a[4]), i(a[5]), i(a[6])));
        t.add(
                "path_open",
                "iiiiiIIii",
                (s, m, a) -> PathOps.open(
                        s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), u16(a[4]), a[5], a[6], u16(a[7]), i(a[8])));
        t.add(
                "path_readlink",
                "iiiiii",
                (s, m, a) -> PathOps.readlink(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), i(a[4]), i(a[5])));
        t.add("path_remove_directory", "iii", (s, m, a) -> PathOps.removeDirectory(s, m, i(a[0]), i(a[1]), i(a[2])));
        t.add(
                "path_rename",
                "iiiiii",
                (s, m, a) -> PathOps.rename(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), i(a[4]), i(a[5])));
        t.add("path_symlink", "iiiii", (s, m, a) -> PathOps.symlink(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), i(a[4])));
        t.add("path_unlink_file", "iii", (s, m, a) -> PathOps.unlinkFile(s, m, i(a[0]), i(a[1]), i(a[2])));
        t.add("poll_oneoff", "iiii", (s, m, a) -> PollOps.pollOneoff(s, m, i(a[0]), i(a[1]), i(a[2]), i(a[3]), legacy));
        f.add(new Function(module, "proc_exit", "i", false, (s, m, a) -> ProcOps.procExit(s, i(a[0]))));
        t.add("proc_raise", "i", (s, m, a) -> ProcOps.procRaise(s, u8(a[0])));
        t.add("sched_yield", "", (s, m, a) -> ProcOps.schedYield());
        t.add("random_get", "ii", (s, m, a) -> ProcOps.randomGet(s, m, i(a[0]), i(a[1])));
        if (!legacy) {
            t.add("sock_accept", "iii", (s, m, a) -> SockOps.accept(s, m, i(a[0]), u16(a[1]), i(a[2])));
        }
        t.add(
                "sock_recv",
                "iiiiii",
                (s, m, a) -> SockOps.recv(s, m, i(a[0]), i(a[1]), i(a[2]), u16(a[3]), i(a[4]), i(a[5])));
        t.add("sock_send", "iiiii", (s, m, a) -> SockOps.send(s, m, i(a[0]), i(a[1]), i(a[2]), u16(a[3]), i(a[4])));
        t.add("sock_shutdown", "ii", (s, m, a) -> SockOps.shutdown(s, i(a[0]), u8(a[1])));
        return List.copyOf(f);
    }

    /** Returns function {@code name} of {@code module}. */
    public static Function find(String module, String name) {
        return of(module).stream()
                .filter(fn -> fn.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no WASI function " + module + "::" + name));
    }

    private record Table(String module, List<Function> out) {
        void add(String name, String params, Body body) {
            out.add(new Function(module, name, params, true, body));
        }
    }

    private static int i(long v) {
        return (int) v;
    }

    /** Values of u8 enums and flags: bits beyond the type must make the call fail, not wrap around. */
    private static int u8(long v) {
        int x = (int) v;
        return (x & ~0xff) != 0 ? -1 : x;
    }

    private static int u16(long v) {
        int x = (int) v;
        return (x & ~0xffff) != 0 ? 0x10000 : x;
    }
}
