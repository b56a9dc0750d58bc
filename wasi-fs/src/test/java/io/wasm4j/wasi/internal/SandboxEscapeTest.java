package io.wasm4j.wasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adversarial tests: a guest tries to reach {@code secret.txt}, which lies next to its preopened
 * directory, or to change anything outside it, by every route we know. Each runs on the default file
 * system and on Jimfs.
 */
final class SandboxEscapeTest {
    private static final int PRE = 3;
    private static final long ALL = -1L;
    private FileSystems fs;

    private Guest guest(String name) throws IOException {
        fs = FileSystems.create(name);
        Files.createDirectories(fs.sandbox().resolve("sub"));
        Files.writeString(fs.sandbox().resolve("sub/inside.txt"), "inside");
        return Guest.builder().preopen(fs.sandbox(), "/sandbox", false).build();
    }

    @AfterEach
    void close() throws IOException {
        if (fs != null) {
            fs.close();
        }
    }

    private void assertSecretUntouched() throws IOException {
        assertEquals("secret", Files.readString(fs.root.resolve("secret.txt")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_dotDotPaths_notCapable(String name) throws IOException {
        Guest g = guest(name);
        for (String p : new String[] {
            "..",
            "../secret.txt",
            "sub/../../secret.txt",
            "sub/../sub/../../secret.txt",
            "./../secret.txt",
            "sub/./../.././secret.txt",
            "../sandbox/../secret.txt",
            "sub//..//..//secret.txt"
        }) {
            assertEquals(Errno.NOTCAPABLE, g.open(PRE, p, 0, ALL, 0), p);
        }
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_absolutePaths_notCapable(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "/secret.txt", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "/etc/passwd", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "/", Abi.O_DIRECTORY, ALL, 0));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_relativeSymlinkOut_notCapable(String name) throws IOException {
        Guest g = guest(name);
        Files.createSymbolicLink(
                fs.sandbox().resolve("up"), fs.sandbox().getFileSystem().getPath("../secret.txt"));
        Files.createSymbolicLink(
                fs.sandbox().resolve("sub/deep"), fs.sandbox().getFileSystem().getPath("../../secret.txt"));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "up", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "sub/deep", 0, ALL, 0));
        assertEquals(Errno.LOOP, g.openNoFollow(PRE, "up", 0, ALL));
        int stat = g.alloc(64);
        assertEquals(Errno.NOTCAPABLE, g.call("path_filestat_get", PRE, 1, g.str("up"), 2, stat));
        assertEquals(Errno.SUCCESS, g.call("path_filestat_get", PRE, 0, g.str("up"), 2, stat));
        assertEquals(Abi.FILETYPE_SYMBOLIC_LINK, g.u8(stat + 16));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_absoluteSymlink_notCapable(String name) throws IOException {
        Guest g = guest(name);
        Path secret = fs.root.resolve("secret.txt");
        Files.createSymbolicLink(fs.sandbox().resolve("abs"), secret);
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "abs", 0, ALL, 0));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_symlinkedDirectoryOut_notCapable(String name) throws IOException {
        Guest g = guest(name);
        Files.createSymbolicLink(
                fs.sandbox().resolve("parent"), fs.sandbox().getFileSystem().getPath(".."));
        Files.createSymbolicLink(
                fs.sandbox().resolve("sub/grand"), fs.sandbox().getFileSystem().getPath("../.."));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "parent/secret.txt", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "sub/grand/secret.txt", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_create_directory", PRE, "parent/escaped"));
        assertFalse(Files.exists(fs.root.resolve("escaped")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_symlinkInsideSandbox_followed(String name) throws IOException {
        Guest g = guest(name);
        Files.createSymbolicLink(
                fs.sandbox().resolve("alias"), fs.sandbox().getFileSystem().getPath("sub/../sub"));
        assertEquals(Errno.SUCCESS, g.open(PRE, "alias/inside.txt", 0, ALL, 0));
        assertEquals("inside", g.read(g.i32(Guest.RET), 100));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_symlinkLoop_loop(String name) throws IOException {
        Guest g = guest(name);
        var fsys = fs.sandbox().getFileSystem();
        Files.createSymbolicLink(fs.sandbox().resolve("a"), fsys.getPath("b"));
        Files.createSymbolicLink(fs.sandbox().resolve("b"), fsys.getPath("a"));
        Files.createSymbolicLink(fs.sandbox().resolve("self"), fsys.getPath("self/x"));
        assertEquals(Errno.LOOP, g.open(PRE, "a", 0, ALL, 0));
        assertEquals(Errno.LOOP, g.open(PRE, "a/x", 0, ALL, 0));
        assertEquals(Errno.LOOP, g.open(PRE, "self", 0, ALL, 0));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void open_longSymlinkChain_loop(String name) throws IOException {
        Guest g = guest(name);
        var fsys = fs.sandbox().getFileSystem();
        for (int i = 0; i < 45; i++) {
            Files.createSymbolicLink(fs.sandbox().resolve("l" + i), fsys.getPath("l" + (i + 1)));
        }
        Files.writeString(fs.sandbox().resolve("l45"), "end");
        assertEquals(Errno.LOOP, g.open(PRE, "l0", 0, ALL, 0));
        assertEquals(Errno.SUCCESS, g.open(PRE, "l10", 0, ALL, 0));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void subdirectoryFd_dotDotBeyondPreopen_notCapable(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.SUCCESS, g.open(PRE, "sub", Abi.O_DIRECTORY, ALL, 0));
        int sub = g.i32(Guest.RET);
        assertEquals(Errno.SUCCESS, g.open(sub, "../sub/inside.txt", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(sub, "../../secret.txt", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(sub, "../..", Abi.O_DIRECTORY, ALL, 0));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void mutations_outsideSandbox_refusedAndHostUntouched(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_unlink_file", PRE, "../secret.txt"));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_create_directory", PRE, "../newdir"));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_remove_directory", PRE, "../sandbox"));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "../created.txt", Abi.O_CREAT, ALL, 0));
        int from = g.str("sub/inside.txt");
        int to = g.str("../moved.txt");
        assertEquals(Errno.NOTCAPABLE, g.call("path_rename", PRE, from, 14, PRE, to, 12));
        assertEquals(Errno.NOTCAPABLE, g.call("path_link", PRE, 0, from, 14, PRE, to, 12));
        int secret = g.str("../secret.txt");
        int link = g.str("hard");
        assertEquals(Errno.NOTCAPABLE, g.call("path_link", PRE, 0, secret, 13, PRE, link, 4));
        assertEquals(Errno.NOTCAPABLE, g.call("path_rename", PRE, secret, 13, PRE, link, 4));
        int target = g.str("/etc/passwd");
        assertEquals(Errno.NOTCAPABLE, g.call("path_symlink", target, 11, PRE, link, 4));
        assertEquals(Errno.NOTCAPABLE, g.call("path_symlink", g.str("x"), 1, PRE, to, 12));
        int times = g.str("../secret.txt");
        assertEquals(Errno.NOTCAPABLE, g.call("path_filestat_set_times", PRE, 0, times, 13, 0, 0, Abi.FST_MTIM_NOW));
        assertSecretUntouched();
        assertFalse(Files.exists(fs.root.resolve("newdir")));
        assertFalse(Files.exists(fs.root.resolve("created.txt")));
        assertFalse(Files.exists(fs.root.resolve("moved.txt")));
        assertTrue(Files.exists(fs.sandbox().resolve("sub/inside.txt")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void removeDirectory_preopenRoot_refused(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.BUSY, g.pathCall("path_remove_directory", PRE, "."));
        assertEquals(Errno.BUSY, g.pathCall("path_remove_directory", PRE, "sub/.."));
        assertTrue(Files.isDirectory(fs.sandbox()));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void badPaths_rejected(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.INVAL, g.open(PRE, "sub\0/../../secret.txt", 0, ALL, 0));
        assertEquals(Errno.NOENT, g.open(PRE, "", 0, ALL, 0));
        int bad = g.bytes(new byte[] {(byte) 0xff, (byte) 0xfe});
        assertEquals(Errno.ILSEQ, g.call("path_open", PRE, 0, bad, 2, 0, ALL, ALL, 0, Guest.RET));
        assertEquals(Errno.FAULT, g.call("path_open", PRE, 0, 65530, 100, 0, ALL, ALL, 0, Guest.RET));
        assertEquals(Errno.FAULT, g.call("path_open", PRE, 0, -1, 2, 0, ALL, ALL, 0, Guest.RET));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void recheck_directorySwappedForSymlinkAfterResolve_notCapable(String name) throws IOException {
        Guest g = guest(name);
        DirDesc pre = g.state.dir(PRE);
        Path resolved = Sandbox.resolve(pre, "sub/inside.txt", true);
        Sandbox.recheck(pre.preopen, resolved);
        // a concurrent host process replaces the checked directory with a link out of the sandbox
        Files.move(fs.sandbox().resolve("sub"), fs.sandbox().resolve("sub-old"));
        Files.createSymbolicLink(fs.sandbox().resolve("sub"), fs.root);
        WasiError e = assertThrows(WasiError.class, () -> Sandbox.recheck(pre.preopen, resolved));
        assertEquals(Errno.NOTCAPABLE, e.errno());
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void readOnlyPreopen_everyChange_refused(String name) throws IOException {
        fs = FileSystems.create(name);
        Files.writeString(fs.sandbox().resolve("f.txt"), "data");
        Files.createDirectories(fs.sandbox().resolve("d"));
        Guest g = Guest.builder().preopen(fs.sandbox(), ".", true).build();
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "new.txt", Abi.O_CREAT, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.open(PRE, "f.txt", Abi.O_TRUNC, ALL, 0));
        assertEquals(Errno.SUCCESS, g.open(PRE, "f.txt", 0, ALL, 0));
        int fd = g.i32(Guest.RET);
        assertEquals(Errno.NOTCAPABLE, g.write(fd, "x"));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_filestat_set_size", fd, 0));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_allocate", fd, 0, 100));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_fdstat_set_rights", fd, ALL, ALL));
        assertEquals("data", g.read(fd, 10));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_unlink_file", PRE, "f.txt"));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_create_directory", PRE, "x"));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_remove_directory", PRE, "d"));
        int a = g.str("f.txt");
        int b = g.str("g.txt");
        assertEquals(Errno.NOTCAPABLE, g.call("path_rename", PRE, a, 5, PRE, b, 5));
        assertEquals(Errno.NOTCAPABLE, g.call("path_link", PRE, 0, a, 5, PRE, b, 5));
        assertEquals(Errno.NOTCAPABLE, g.call("path_symlink", a, 5, PRE, b, 5));
        assertEquals(Errno.NOTCAPABLE, g.call("path_filestat_set_times", PRE, 0, a, 5, 0, 0, Abi.FST_MTIM_NOW));
        assertEquals(Errno.SUCCESS, g.open(PRE, "d", Abi.O_DIRECTORY, ALL, 0));
        int d = g.i32(Guest.RET);
        assertEquals(Errno.NOTCAPABLE, g.open(d, "new.txt", Abi.O_CREAT, ALL, 0));
        assertEquals("data", Files.readString(fs.sandbox().resolve("f.txt")));
        assertFalse(Files.exists(fs.sandbox().resolve("g.txt")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void rights_droppedRights_cannotBeRegained(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.SUCCESS, g.open(PRE, "sub/inside.txt", 0, Abi.FD_READ, 0));
        int fd = g.i32(Guest.RET);
        assertEquals(Errno.NOTCAPABLE, g.write(fd, "x"));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_seek", fd, 0, 0, Guest.RET));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_fdstat_set_rights", fd, Abi.FD_READ | Abi.FD_WRITE, 0));
        assertEquals(Errno.SUCCESS, g.call("fd_fdstat_set_rights", fd, 0, 0));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_read", fd, g.iovec(g.alloc(4), 4), 1, Guest.RET));
        // a directory whose inheriting rights lack FD_WRITE hands out no writable files
        assertEquals(Errno.SUCCESS, g.open(PRE, "sub", Abi.O_DIRECTORY, ALL & ~Abi.PATH_CREATE_FILE, 0));
        int sub = g.i32(Guest.RET);
        assertEquals(
                Errno.SUCCESS,
                g.call("fd_fdstat_set_rights", sub, Abi.DIR_RIGHTS & ~Abi.PATH_CREATE_FILE, Abi.FD_READ));
        assertEquals(Errno.NOTCAPABLE, g.open(sub, "new.txt", Abi.O_CREAT, ALL, 0));
        assertEquals(Errno.SUCCESS, g.open(sub, "inside.txt", 0, ALL, 0));
        assertEquals(Errno.NOTCAPABLE, g.write(g.i32(Guest.RET), "x"));
        assertEquals("inside", Files.readString(fs.sandbox().resolve("sub/inside.txt")));
    }

    @ParameterizedTest
    @MethodSource("io.wasm4j.wasi.internal.FileSystems#names")
    void openDirectoryFd_swappedForSymlinkOut_everyUseNotCapable(String name) throws IOException {
        Guest g = guest(name);
        assertEquals(Errno.SUCCESS, g.open(PRE, "sub", Abi.O_DIRECTORY, ALL, 0));
        int sub = g.i32(Guest.RET);
        Files.move(fs.sandbox().resolve("sub"), fs.sandbox().resolve("sub-old"));
        Files.createSymbolicLink(fs.sandbox().resolve("sub"), fs.root);
        assertEquals(Errno.NOTCAPABLE, g.open(sub, "secret.txt", 0, ALL, 0));
        int buf = g.alloc(256);
        assertEquals(Errno.NOTCAPABLE, g.call("fd_readdir", sub, buf, 256, 0, Guest.RET));
        assertEquals(Errno.NOTCAPABLE, g.call("fd_filestat_get", sub, buf));
        assertEquals(Errno.NOTCAPABLE, g.call("path_filestat_get", sub, 0, g.str("secret.txt"), 10, buf));
        assertEquals(Errno.NOTCAPABLE, g.pathCall("path_unlink_file", sub, "secret.txt"));
        assertSecretUntouched();
    }
}
