package io.wasm4j.wasi.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves guest paths relative to a directory descriptor without ever leaving its preopen.
 *
 * <p>The path is walked one component at a time from the preopen's root, reading each component's
 * attributes with {@link LinkOption#NOFOLLOW_LINKS}: {@code ..} above the root, absolute paths and
 * symbolic links with absolute targets raise {@code NOTCAPABLE}; relative symbolic links are expanded in
 * place (so {@code ..} in them is checked the same way), and more than {@value #MAX_SYMLINKS} expansions
 * raise {@code LOOP}. The result names only directories that were seen to be real directories, so the
 * host path never traverses a symbolic link, except the last component when the caller follows it.
 *
 * <p>java.nio.file has no {@code openat}, so a concurrent host process could swap a checked directory for
 * a symbolic link between the check and the use. {@link #recheck} narrows that window: callers run it
 * again right after opening (and close the file if it fails) and right before changing the tree.
 */
final class Sandbox {
    static final int MAX_SYMLINKS = 40;

    private Sandbox() {}

    /**
     * Resolves {@code path} relative to {@code dir}.
     *
     * @param followLast whether a symbolic link in the last component is followed
     * @return the host path; its parent is a checked directory inside the preopen
     * @throws WasiError NOTCAPABLE on an escape, LOOP on too many links, NOENT / NOTDIR for a missing or
     *     non-directory intermediate component, INVAL for a bad component
     */
    static Path resolve(DirDesc dir, String path, boolean followLast) {
        if (path.isEmpty()) {
            throw new WasiError(Errno.NOENT);
        }
        if (path.indexOf('\0') >= 0) {
            throw new WasiError(Errno.INVAL);
        }
        if (path.startsWith("/")) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
        Path root = dir.preopen.root();
        checkDir(dir);
        List<String> stack = new ArrayList<>();
        for (Path name : root.relativize(dir.path)) {
            String s = name.toString();
            if (!s.isEmpty()) {
                stack.add(s);
            }
        }
        boolean mustBeDir = path.endsWith("/");
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(path.split("/", -1)));
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.removeFirst();
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (stack.isEmpty()) {
                    throw new WasiError(Errno.NOTCAPABLE);
                }
                stack.removeLast();
                continue;
            }
            boolean last = todo.stream().allMatch(s -> s.isEmpty() || s.equals("."));
            Path p = child(root, stack, c);
            if (!last || followLast || mustBeDir) {
                BasicFileAttributes a = attributes(p);
                if (a != null && a.isSymbolicLink()) {
                    if (++links > MAX_SYMLINKS) {
                        throw new WasiError(Errno.LOOP);
                    }
                    String target = linkTarget(p);
                    if (target.startsWith("/")
                            || p.getFileSystem().getPath(target).isAbsolute()) {
                        throw new WasiError(Errno.NOTCAPABLE);
                    }
                    String[] parts = target.split("/", -1);
                    for (int i = parts.length - 1; i >= 0; i--) {
                        todo.addFirst(parts[i]);
                    }
                    continue;
                }
                if (!last && a == null) {
                    throw new WasiError(Errno.NOENT);
                }
                if (!last && !a.isDirectory()) {
                    throw new WasiError(Errno.NOTDIR);
                }
            }
            stack.add(c);
        }
        Path out = child(root, stack, null);
        if (mustBeDir) {
            BasicFileAttributes a = attributes(out);
            if (a != null && !a.isDirectory()) {
                throw new WasiError(Errno.NOTDIR);
            }
        }
        return out;
    }

    /**
     * Checks again that every directory between the preopen's root and {@code resolved}'s parent is a
     * real directory (not a symbolic link), raising NOTCAPABLE otherwise.
     */
    static void recheck(Preopen preopen, Path resolved) {
        Path root = preopen.root();
        if (resolved.equals(root)) {
            checkChain(root, root);
            return;
        }
        Path parent = resolved.getParent();
        if (parent == null || !parent.startsWith(root)) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
        checkChain(root, parent);
    }

    /**
     * Checks that the directory a descriptor was opened at is still a real directory at every level below
     * the root (a host process may have swapped one for a symbolic link since), raising NOTCAPABLE.
     */
    static void checkDir(DirDesc dir) {
        checkChain(dir.preopen.root(), dir.path);
    }

    private static void checkChain(Path root, Path dir) {
        BasicFileAttributes r = attributes(root);
        if (r == null || r.isSymbolicLink() || !r.isDirectory()) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
        Path p = root;
        for (Path name : root.relativize(dir)) {
            if (name.toString().isEmpty()) {
                continue;
            }
            p = p.resolve(name.toString());
            BasicFileAttributes a = attributes(p);
            if (a == null || a.isSymbolicLink() || !a.isDirectory()) {
                throw new WasiError(Errno.NOTCAPABLE);
            }
        }
    }

    /** Returns the host path {@code root/stack.../c}, refusing components the host would split. */
    private static Path child(Path root, List<String> stack, String c) {
        Path p = root;
        for (String s : stack) {
            p = p.resolve(s);
        }
        if (c == null) {
            return p;
        }
        String sep = root.getFileSystem().getSeparator();
        if (!sep.equals("/") && c.contains(sep)) {
            throw new WasiError(Errno.INVAL);
        }
        Path q = p.resolve(c);
        if (q.getNameCount() != p.getNameCount() + 1
                || !c.equals(q.getFileName().toString())) {
            throw new WasiError(Errno.INVAL);
        }
        return q;
    }

    /** Returns {@code p}'s own attributes (not following a link), or null if it does not exist. */
    static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new WasiError(Errnos.of(e));
        }
    }

    private static String linkTarget(Path p) {
        try {
            String sep = p.getFileSystem().getSeparator();
            String t = Files.readSymbolicLink(p).toString();
            return sep.equals("/") ? t : t.replace(sep, "/");
        } catch (IOException e) {
            throw new WasiError(Errnos.of(e));
        }
    }
}
