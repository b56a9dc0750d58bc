package io.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code fd_*} functions against a byte-array memory, on the default file system and Jimfs. */
final class FdOpsTest {
    private static final int PRE = 3;
    private static final long ALL = -1L;
    private FileSystems fs;

    private Guest guest(String name) throws IOException {
        fs = FileSystems.create(name);
        Files.writeString(fs.sandbox().resolve("f.txt"), "0123456789");
        Files.createDirectories(fs.sandbox().resolve("d"));
        return Guest.builder()
                .preopen(fs.sandbox(), "/sb", false)
                .stdin("input")
                .build();
    }

    @AfterEach
    void close() throws IOException {
        if (fs != null) {
            fs.close();
        }
    }

    private int openFile(Guest g, String path) {
        assertEquals(0, g.open(PRE, path, 0, ALL, 0));
        return g.i32(Guest.RET);
    }

    @Test
    void stdio_writeAndRead_capturedStreams() {
        Guest g = Guest.builder().stdin("hello").build();
        assertEquals(0, g.write(1, "out"));
        assertEquals(3, g.i32(Guest.RET));
        assertEquals(0, g.write(2, "err"));
        assertEquals("out", g.stdout.toString(StandardCharsets.UTF_8));
        assertEquals("err", g.stderr.toString(StandardCharsets.UTF_8));
        assertEquals("hel", g.read(0, 3));
        assertEquals("lo", g.read(0, 10));
        assertEquals("", g.read(0, 10));
        assertEquals(Errno.NOTCAPABLE, g.write(0, "x"));
        assertEquals(Errno.SPIPE, g.call("fd_seek", 1, 0, 0, Guest.RET));
        assertEquals(Errno.SPIPE, g.call("fd_tell", 1, Guest.RET));
        assertEquals(Errno.BADF, g.write(99, "x"));
        assertEquals(Errno.BADF, g.write(-1, "x"));
    }

    @Test
    void fdWrite_gather_writesEveryIovec() {
        Guest g = Guest.builder().build();
        int a = g.str("ab");
        int b = g.str("cde");
        int iovs = g.iovec(a, 2);
        g.iovec(b, 3);
        assertEquals(0, g.call("fd_write", 1, iovs, 2, Guest.RET));
        assertEquals(5, g.i32(Guest.RET));
        assertEquals("abcde", g.stdout.toString(StandardCharsets.UTF_8));
        assertEquals(Errno.FAULT, g.call("fd_write", 1, g.iovec(65530, 100), 1, Guest.RET));
    }

    @Test
    void fdstatGet_stdioAndPreopen_typesAndRights() throws IOException {
        Guest g = guest("default");
        assertEquals(0, g.call("fd_fdstat_get", 1, Guest.HEAP));
        assertEquals(Abi.FILETYPE_CHARACTER_DEVICE, g.u8(Guest.HEAP));
        assertTrue((g.i64(Guest.HEAP + 8) & Abi.FD_WRITE) != 0);
        assertEquals(0, g.call("fd_fdstat_get", PRE, Guest.HEAP));
        assertEquals(Abi.FILETYPE_DIRECTORY, g.u8(Guest.HEAP));
        assertEquals(Abi.DIR_RIGHTS, g.i64(Guest.HEAP + 8));
        assertEquals(Errno.BADF, g.call("fd_fdstat_get", 9, Guest.HEAP));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void seekTellReadWrite_file_posixSemantics(String name) throws IOException {
        Guest g = guest(name);
        int fd = openFile(g, "f.txt");
        assertEquals("0123", g.read(fd, 4));
        assertEquals(0, g.call("fd_tell", fd, Guest.RET));
        assertEquals(4, g.i64(Guest.RET));
        assertEquals(0, g.call("fd_seek", fd, -2, 2, Guest.RET));
        assertEquals(8, g.i64(Guest.RET));
        assertEquals("89", g.read(fd, 10));
        assertEquals(0, g.call("fd_seek", fd, -3, 1, Guest.RET));
        assertEquals(7, g.i64(Guest.RET));
        assertEquals(Errno.INVAL, g.call("fd_seek", fd, -100, 1, Guest.RET));
        assertEquals(Errno.INVAL, g.call("fd_seek", fd, 0, 3, Guest.RET));
        assertEquals(0, g.call("fd_seek", fd, 20, 0, Guest.RET));
        assertEquals(0, g.write(fd, "X"));
        assertEquals(21, Files.size(fs.sandbox().resolve("f.txt")));
        assertEquals(Errno.BADF, g.call("fd_seek", PRE, 0, 0, Guest.RET));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void preadPwrite_offsets_positionUnchanged(String name) throws IOException {
        Guest g = guest(name);
        int fd = openFile(g, "f.txt");
        int buf = g.alloc(4);
        assertEquals(0, g.call("fd_pread", fd, g.iovec(buf, 4), 1, 6, Guest.RET));
        assertEquals(4, g.i32(Guest.RET));
        assertEquals("6789", g.string(buf, 4));
        int data = g.str("ab");
        assertEquals(0, g.call("fd_pwrite", fd, g.iovec(data, 2), 1, 1, Guest.RET));
        assertEquals(0, g.call("fd_tell", fd, Guest.RET));
        assertEquals(0, g.i64(Guest.RET));
        assertEquals("0ab3456789", Files.readString(fs.sandbox().resolve("f.txt")));
        assertEquals(Errno.INVAL, g.call("fd_pread", fd, g.iovec(buf, 4), 1, -1, Guest.RET));
        assertEquals(Errno.SPIPE, g.call("fd_pread", 0, g.iovec(buf, 4), 1, 0, Guest.RET));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void filestat_setSizeAndTimes_visibleOnHost(String name) throws IOException {
        Guest g = guest(name);
        int fd = openFile(g, "f.txt");
        int st = g.alloc(64);
        assertEquals(0, g.call("fd_filestat_get", fd, st));
        assertEquals(Abi.FILETYPE_REGULAR_FILE, g.u8(st + 16));
        assertEquals(10, g.i64(st + 32));
        assertTrue(g.i64(st + 24) >= 1);
        assertEquals(0, g.call("fd_filestat_set_size", fd, 3));
        assertEquals(0, g.call("fd_filestat_get", fd, st));
        assertEquals(3, g.i64(st + 32));
        assertEquals(0, g.call("fd_filestat_set_size", fd, 5000));
        assertEquals(5000, Files.size(fs.sandbox().resolve("f.txt")));
        assertEquals(
                0, g.call("fd_filestat_set_times", fd, 5_000_000_000L, 7_000_000_000L, Abi.FST_ATIM | Abi.FST_MTIM));
        assertEquals(
                FileTime.from(7, TimeUnit.SECONDS),
                Files.getLastModifiedTime(fs.sandbox().resolve("f.txt")));
        assertEquals(0, g.call("fd_filestat_set_times", fd, 0, 0, Abi.FST_MTIM_NOW));
        assertEquals(
                FileTime.from(1_700_000_000_000_123_000L, TimeUnit.NANOSECONDS),
                Files.getLastModifiedTime(fs.sandbox().resolve("f.txt")));
        assertEquals(Errno.INVAL, g.call("fd_filestat_set_times", fd, 0, 0, Abi.FST_MTIM | Abi.FST_MTIM_NOW));
        assertEquals(Errno.INVAL, g.call("fd_filestat_set_size", fd, -1));
        assertEquals(0, g.call("fd_filestat_get", PRE, st));
        assertEquals(Abi.FILETYPE_DIRECTORY, g.u8(st + 16));
        assertEquals(0, g.call("fd_filestat_get", 1, st));
        assertEquals(Abi.FILETYPE_CHARACTER_DEVICE, g.u8(st + 16));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void fdstatSetFlags_append_writesAtEnd(String name) throws IOException {
        Guest g = guest(name);
        int fd = openFile(g, "f.txt");
        assertEquals(0, g.call("fd_fdstat_set_flags", fd, Abi.FDFLAGS_APPEND));
        assertEquals(0, g.write(fd, "A"));
        assertEquals("0123456789A", Files.readString(fs.sandbox().resolve("f.txt")));
        assertEquals(0, g.call("fd_fdstat_get", fd, Guest.HEAP));
        assertEquals(Abi.FDFLAGS_APPEND, g.u16(Guest.HEAP + 2));
        assertEquals(Errno.INVAL, g.call("fd_fdstat_set_flags", fd, 0x100));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void adviseAllocateSync_file_succeed(String name) throws IOException {
        Guest g = guest(name);
        int fd = openFile(g, "f.txt");
        assertEquals(0, g.call("fd_advise", fd, 0, 10, 2));
        assertEquals(Errno.INVAL, g.call("fd_advise", fd, 0, 10, 6));
        assertEquals(0, g.call("fd_allocate", fd, 5, 20));
        assertEquals(25, Files.size(fs.sandbox().resolve("f.txt")));
        assertEquals(0, g.call("fd_allocate", fd, 0, 1));
        assertEquals(25, Files.size(fs.sandbox().resolve("f.txt")));
        assertEquals(0, g.call("fd_sync", fd));
        assertEquals(0, g.call("fd_datasync", fd));
        assertEquals(Errno.ISDIR, g.call("fd_allocate", PRE, 0, 1));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void closeAndRenumber_descriptors_moved(String name) throws IOException {
        Guest g = guest(name);
        int a = openFile(g, "f.txt");
        int b = openFile(g, "f.txt");
        assertEquals(a + 1, b);
        assertEquals(0, g.call("fd_seek", a, 5, 0, Guest.RET));
        assertEquals(0, g.call("fd_renumber", a, b));
        assertEquals(Errno.BADF, g.call("fd_tell", a, Guest.RET));
        assertEquals(0, g.call("fd_tell", b, Guest.RET));
        assertEquals(5, g.i64(Guest.RET));
        assertEquals(Errno.BADF, g.call("fd_renumber", b, 77));
        assertEquals(0, g.call("fd_close", b));
        assertEquals(Errno.BADF, g.call("fd_close", b));
        assertEquals(a, openFile(g, "f.txt"));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void prestat_preopen_nameAndBadfBeyond(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(0, g.call("fd_prestat_get", PRE, Guest.HEAP));
        assertEquals(0, g.u8(Guest.HEAP));
        assertEquals(3, g.i32(Guest.HEAP + 4));
        int buf = g.alloc(8);
        assertEquals(0, g.call("fd_prestat_dir_name", PRE, buf, 3));
        assertEquals("/sb", g.string(buf, 3));
        assertEquals(Errno.NAMETOOLONG, g.call("fd_prestat_dir_name", PRE, buf, 2));
        assertEquals(Errno.BADF, g.call("fd_prestat_get", 4, Guest.HEAP));
        assertEquals(Errno.BADF, g.call("fd_prestat_get", 1, Guest.HEAP));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void readdir_smallBuffers_everyEntryOnceWithCookies(String name) throws IOException {
        Guest g = guest(name);
        for (int i = 0; i < 20; i++) {
            Files.writeString(fs.sandbox().resolve("d/file" + i), "x");
        }
        assertEquals(0, g.open(PRE, "d", Abi.O_DIRECTORY, ALL, 0));
        int dir = g.i32(Guest.RET);
        List<String> names = new ArrayList<>();
        long cookie = 0;
        int buf = g.alloc(128);
        while (true) {
            assertEquals(0, g.call("fd_readdir", dir, buf, 128, cookie, Guest.RET));
            int used = g.i32(Guest.RET);
            int p = 0;
            while (p + 24 <= used) {
                int len = g.i32(buf + p + 16);
                if (p + 24 + len > used) {
                    break;
                }
                names.add(g.string(buf + p + 24, len));
                cookie = g.i64(buf + p);
                p += 24 + len;
            }
            if (used < 128) {
                break;
            }
        }
        assertEquals(22, names.size(), names.toString());
        assertEquals(".", names.get(0));
        assertEquals("..", names.get(1));
        assertTrue(names.contains("file19"));
        assertEquals(Errno.NOTDIR, g.call("fd_readdir", 1, buf, 128, 0, Guest.RET));
    }

    @Test
    void readdir_entryType_directoryAndFile() throws IOException {
        Guest g = guest("jimfs");
        int buf = g.alloc(1024);
        assertEquals(0, g.call("fd_readdir", PRE, buf, 1024, 2, Guest.RET));
        int used = g.i32(Guest.RET);
        assertEquals(2 * 24 + 1 + 5, used);
        assertEquals("d", g.string(buf + 24, 1));
        assertEquals(Abi.FILETYPE_DIRECTORY, g.u8(buf + 20));
        assertEquals("f.txt", g.string(buf + 48 + 1, 5));
        assertEquals(Abi.FILETYPE_REGULAR_FILE, g.u8(buf + 25 + 20));
        assertEquals(4, g.i64(buf + 25));
        assertTrue(Files.exists(Path.of("/")));
    }
}
