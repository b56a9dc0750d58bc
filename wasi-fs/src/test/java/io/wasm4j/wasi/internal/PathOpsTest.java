package io.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code path_*} functions against a byte-array memory, on the default file system and Jimfs. */
final class PathOpsTest {
    private static final int PRE = 3;
    private static final long ALL = -1L;
    private FileSystems fs;

    private Guest guest(String name) throws IOException {
        fs = FileSystems.create(name);
        Files.writeString(fs.sandbox().resolve("f.txt"), "0123456789");
        Files.createDirectories(fs.sandbox().resolve("d"));
        return Guest.builder().preopen(fs.sandbox(), ".", false).build();
    }

    @AfterEach
    void close() throws IOException {
        if (fs != null) {
            fs.close();
        }
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_oflags_createExclTruncDirectory(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(0, g.open(PRE, "new.txt", Abi.O_CREAT | Abi.O_EXCL, ALL, 0));
        assertTrue(Files.exists(fs.sandbox().resolve("new.txt")));
        assertEquals(Errno.EXIST, g.open(PRE, "new.txt", Abi.O_CREAT | Abi.O_EXCL, ALL, 0));
        assertEquals(0, g.open(PRE, "f.txt", Abi.O_TRUNC, ALL, 0));
        assertEquals(0, Files.size(fs.sandbox().resolve("f.txt")));
        assertEquals(Errno.NOENT, g.open(PRE, "missing", 0, ALL, 0));
        assertEquals(Errno.NOENT, g.open(PRE, "missing/x", Abi.O_CREAT, ALL, 0));
        assertEquals(Errno.NOTDIR, g.open(PRE, "f.txt", Abi.O_DIRECTORY, ALL, 0));
        assertEquals(Errno.NOTDIR, g.open(PRE, "f.txt/", 0, ALL, 0));
        assertEquals(Errno.NOTDIR, g.open(PRE, "f.txt/x", 0, ALL, 0));
        assertEquals(Errno.ISDIR, g.open(PRE, "d", Abi.O_TRUNC, ALL, 0));
        assertEquals(0, g.open(PRE, "d", Abi.O_DIRECTORY, ALL, 0));
        assertEquals(0, g.call("fd_fdstat_get", g.i32(Guest.RET), Guest.HEAP));
        assertEquals(Abi.FILETYPE_DIRECTORY, g.u8(Guest.HEAP));
        assertEquals(Errno.INVAL, g.open(PRE, "f.txt", 0x10, ALL, 0));
        assertEquals(Errno.NOTDIR, g.open(1, "f.txt", 0, ALL, 0));
        assertEquals(Errno.BADF, g.open(50, "f.txt", 0, ALL, 0));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void createAndRemoveDirectory_errnos(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(0, g.pathCall("path_create_directory", PRE, "e"));
        assertEquals(Errno.EXIST, g.pathCall("path_create_directory", PRE, "e"));
        assertEquals(Errno.NOENT, g.pathCall("path_create_directory", PRE, "x/y"));
        Files.writeString(fs.sandbox().resolve("e/child"), "c");
        assertEquals(Errno.NOTEMPTY, g.pathCall("path_remove_directory", PRE, "e"));
        assertEquals(Errno.NOTDIR, g.pathCall("path_remove_directory", PRE, "f.txt"));
        assertEquals(Errno.NOENT, g.pathCall("path_remove_directory", PRE, "zz"));
        Files.delete(fs.sandbox().resolve("e/child"));
        assertEquals(0, g.pathCall("path_remove_directory", PRE, "e"));
        assertFalse(Files.exists(fs.sandbox().resolve("e")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void unlinkFile_errnos(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.ISDIR, g.pathCall("path_unlink_file", PRE, "d"));
        assertEquals(Errno.NOENT, g.pathCall("path_unlink_file", PRE, "nope"));
        assertEquals(Errno.NOTDIR, g.pathCall("path_unlink_file", PRE, "f.txt/"));
        assertEquals(0, g.pathCall("path_unlink_file", PRE, "f.txt"));
        assertFalse(Files.exists(fs.sandbox().resolve("f.txt")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void filestatGetAndSetTimes_path_followsOnlyWhenAsked(String name) throws IOException {
        Guest g = guest(name);
        Files.createSymbolicLink(
                fs.sandbox().resolve("ln"), fs.sandbox().getFileSystem().getPath("f.txt"));
        int st = g.alloc(64);
        int ln = g.str("ln");
        assertEquals(0, g.call("path_filestat_get", PRE, Abi.LOOKUP_SYMLINK_FOLLOW, ln, 2, st));
        assertEquals(Abi.FILETYPE_REGULAR_FILE, g.u8(st + 16));
        assertEquals(10, g.i64(st + 32));
        assertEquals(0, g.call("path_filestat_get", PRE, 0, ln, 2, st));
        assertEquals(Abi.FILETYPE_SYMBOLIC_LINK, g.u8(st + 16));
        int f = g.str("f.txt");
        assertEquals(0, g.call("path_filestat_set_times", PRE, 0, f, 5, 0, 9_000_000_000L, Abi.FST_MTIM));
        assertEquals(
                FileTime.from(9, TimeUnit.SECONDS),
                Files.getLastModifiedTime(fs.sandbox().resolve("f.txt")));
        assertEquals(0, g.call("path_filestat_get", PRE, 0, f, 5, st));
        assertEquals(9_000_000_000L, g.i64(st + 48));
        assertEquals(Errno.NOENT, g.call("path_filestat_get", PRE, 0, g.str("no"), 2, st));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void symlinkAndReadlink_relativeTarget_roundTrip(String name) throws IOException {
        Guest g = guest(name);
        int target = g.str("d/../f.txt");
        int link = g.str("l");
        assertEquals(0, g.call("path_symlink", target, 10, PRE, link, 1));
        assertEquals(Errno.EXIST, g.call("path_symlink", target, 10, PRE, link, 1));
        int buf = g.alloc(32);
        assertEquals(0, g.call("path_readlink", PRE, link, 1, buf, 32, Guest.RET));
        assertEquals(10, g.i32(Guest.RET));
        assertEquals("d/../f.txt", g.string(buf, 10));
        assertEquals(0, g.call("path_readlink", PRE, link, 1, buf, 4, Guest.RET));
        assertEquals(4, g.i32(Guest.RET));
        assertEquals(Errno.INVAL, g.call("path_readlink", PRE, g.str("f.txt"), 5, buf, 32, Guest.RET));
        assertEquals(0, g.open(PRE, "l", 0, ALL, 0));
        assertEquals("0123456789", g.read(g.i32(Guest.RET), 20));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void link_hardLink_sharesContent(String name) throws IOException {
        Guest g = guest(name);
        int f = g.str("f.txt");
        int h = g.str("d/h");
        assertEquals(0, g.call("path_link", PRE, 0, f, 5, PRE, h, 3));
        assertEquals("0123456789", Files.readString(fs.sandbox().resolve("d/h")));
        assertEquals(Errno.EXIST, g.call("path_link", PRE, 0, f, 5, PRE, h, 3));
        assertEquals(Errno.PERM, g.call("path_link", PRE, 0, g.str("d"), 1, PRE, g.str("d2"), 2));
        assertEquals(Errno.NOENT, g.call("path_link", PRE, 0, g.str("zz"), 2, PRE, g.str("d3"), 2));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void rename_posixRules(String name) throws IOException {
        Guest g = guest(name);
        Files.writeString(fs.sandbox().resolve("g.txt"), "g");
        int f = g.str("f.txt");
        int gg = g.str("g.txt");
        int d = g.str("d");
        assertEquals(0, g.call("path_rename", PRE, f, 5, PRE, gg, 5));
        assertEquals("0123456789", Files.readString(fs.sandbox().resolve("g.txt")));
        assertFalse(Files.exists(fs.sandbox().resolve("f.txt")));
        assertEquals(Errno.ISDIR, g.call("path_rename", PRE, gg, 5, PRE, d, 1));
        assertEquals(Errno.NOTDIR, g.call("path_rename", PRE, d, 1, PRE, gg, 5));
        assertEquals(Errno.INVAL, g.call("path_rename", PRE, d, 1, PRE, g.str("d/inner"), 7));
        assertEquals(Errno.NOENT, g.call("path_rename", PRE, f, 5, PRE, gg, 5));
        assertEquals(0, g.call("path_rename", PRE, d, 1, PRE, g.str("e"), 1));
        assertTrue(Files.isDirectory(fs.sandbox().resolve("e")));
    }
}
