package io.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wasm4j.wasi.WasiExitException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** args, environ, clocks, random_get, proc_exit, proc_raise and sched_yield against a byte-array memory. */
final class ProcOpsTest {
    @Test
    void argsSizesGetAndArgsGet_utf8Args_nulTerminatedWithPointers() {
        Guest g = Guest.builder().args("prog", "ä b", "").build();
        assertEquals(0, g.call("args_sizes_get", Guest.RET, Guest.RET2));
        assertEquals(3, g.i32(Guest.RET));
        assertEquals(5 + 5 + 1, g.i32(Guest.RET2));
        int argv = g.alloc(12);
        int buf = g.alloc(11);
        assertEquals(0, g.call("args_get", argv, buf));
        assertEquals(buf, g.i32(argv));
        assertEquals("prog\0ä b\0\0", g.string(buf, 11));
        assertEquals(buf + 5, g.i32(argv + 4));
        assertEquals(buf + 10, g.i32(argv + 8));
    }

    @Test
    void environ_entries_keyEqualsValue() {
        Guest g = Guest.builder().env("A=1", "PATH=/bin").build();
        assertEquals(0, g.call("environ_sizes_get", Guest.RET, Guest.RET2));
        assertEquals(2, g.i32(Guest.RET));
        assertEquals(14, g.i32(Guest.RET2));
        int ptrs = g.alloc(8);
        int buf = g.alloc(14);
        assertEquals(0, g.call("environ_get", ptrs, buf));
        assertEquals("A=1\0PATH=/bin\0", g.string(buf, 14));
        assertEquals(buf + 4, g.i32(ptrs + 4));
    }

    @Test
    void argsGet_pointerOutOfMemory_fault() {
        Guest g = Guest.builder().args("prog").build();
        assertEquals(Errno.FAULT, g.call("args_get", 65534, Guest.HEAP));
        assertEquals(Errno.FAULT, g.call("args_sizes_get", -4, Guest.RET));
    }

    @Test
    void clockTimeGet_replacedClocks_returnsTheirTime() {
        Guest g = Guest.builder().build();
        assertEquals(0, g.call("clock_time_get", Abi.CLOCK_REALTIME, 1, Guest.RET));
        assertEquals(1_700_000_000_000_123_000L, g.i64(Guest.RET));
        g.monotonic.set(77);
        assertEquals(0, g.call("clock_time_get", Abi.CLOCK_MONOTONIC, 0, Guest.RET));
        assertEquals(77, g.i64(Guest.RET));
    }

    @Test
    void clockTimeGet_cpuClocks_positive() {
        Guest g = Guest.builder().build();
        assertEquals(0, g.call("clock_time_get", Abi.CLOCK_PROCESS_CPUTIME, 0, Guest.RET));
        assertTrue(g.i64(Guest.RET) > 0);
        assertEquals(0, g.call("clock_time_get", Abi.CLOCK_THREAD_CPUTIME, 0, Guest.RET));
        assertTrue(g.i64(Guest.RET) > 0);
    }

    @Test
    void clocks_unknownId_inval() {
        Guest g = Guest.builder().build();
        assertEquals(Errno.INVAL, g.call("clock_time_get", 4, 0, Guest.RET));
        assertEquals(Errno.INVAL, g.call("clock_res_get", -1, Guest.RET));
    }

    @Test
    void clockResGet_everyClock_positive() {
        Guest g = Guest.builder().build();
        for (int id = 0; id < 4; id++) {
            assertEquals(0, g.call("clock_res_get", id, Guest.RET));
            assertTrue(g.i64(Guest.RET) > 0);
        }
    }

    @Test
    void randomGet_seededSource_itsBytes() {
        Guest g = Guest.builder().build();
        int buf = g.alloc(100_00);
        assertEquals(0, g.call("random_get", buf, 10_000));
        byte[] expected = new byte[10_000];
        new Random(42).nextBytes(expected);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], (byte) g.u8(buf + i));
        }
        assertEquals(0, g.call("random_get", buf, 0));
        assertEquals(Errno.FAULT, g.call("random_get", 65000, 1000));
    }

    @Test
    void procExit_code_throwsWithCodeAfterFlushing() {
        Guest g = Guest.builder().build();
        WasiExitException e = assertThrows(WasiExitException.class, () -> g.call("proc_exit", 7));
        assertEquals(7, e.exitCode());
    }

    @Test
    void procRaise_signal_notSupported() {
        Guest g = Guest.builder().build();
        assertEquals(Errno.NOTSUP, g.call("proc_raise", 15));
        assertEquals(Errno.INVAL, g.call("proc_raise", 300));
    }

    @Test
    void schedYield_success() {
        assertEquals(0, Guest.builder().build().call("sched_yield"));
    }

    @Test
    void functionTable_everyPreview1Function_present() {
        String[] names = {
            "args_get",
            "args_sizes_get",
            "environ_get",
            "environ_sizes_get",
            "clock_res_get",
            "clock_time_get",
            "fd_advise",
            "fd_allocate",
            "fd_close",
            "fd_datasync",
            "fd_fdstat_get",
            "fd_fdstat_set_flags",
            "fd_fdstat_set_rights",
            "fd_filestat_get",
            "fd_filestat_set_size",
            "fd_filestat_set_times",
            "fd_pread",
            "fd_prestat_get",
            "fd_prestat_dir_name",
            "fd_pwrite",
            "fd_read",
            "fd_readdir",
            "fd_renumber",
            "fd_seek",
            "fd_sync",
            "fd_tell",
            "fd_write",
            "path_create_directory",
            "path_filestat_get",
            "path_filestat_set_times",
            "path_link",
            "path_open",
            "path_readlink",
            "path_remove_directory",
            "path_rename",
            "path_symlink",
            "path_unlink_file",
            "poll_oneoff",
            "proc_exit",
            "proc_raise",
            "sched_yield",
            "random_get",
            "sock_accept",
            "sock_recv",
            "sock_send",
            "sock_shutdown"
        };
        assertEquals(names.length, WasiFunctions.of(WasiFunctions.PREVIEW1).size());
        for (String n : names) {
            WasiFunctions.find(WasiFunctions.PREVIEW1, n);
        }
        assertEquals(names.length - 1, WasiFunctions.of(WasiFunctions.UNSTABLE).size());
        assertNotEquals(
                WasiFunctions.find(WasiFunctions.PREVIEW1, "fd_seek")
                        .type()
                        .params()
                        .size(),
                0);
    }
}
