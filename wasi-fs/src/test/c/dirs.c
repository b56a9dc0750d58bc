/* Directories: mkdir, readdir, rmdir, stat, symlinks, hard links and times. */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static void touch(const char *path) {
    int fd = open(path, O_CREAT | O_WRONLY, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "x", 1) == 1);
    CHECK(close(fd) == 0);
}

int main(void) {
    CHECK(mkdir("data/d", 0755) == 0);
    CHECK_ERRNO(mkdir("data/d", 0755), EEXIST);
    CHECK(mkdir("data/d/sub", 0755) == 0);
    touch("data/d/f1");
    touch("data/d/f2");

    DIR *dir = opendir("data/d");
    CHECK(dir != NULL);
    int seen = 0, dots = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            dots++;
        } else if (strcmp(e->d_name, "sub") == 0) {
            CHECK(e->d_type == DT_DIR);
            seen |= 1;
        } else if (strcmp(e->d_name, "f1") == 0) {
            CHECK(e->d_type == DT_REG);
            seen |= 2;
        } else if (strcmp(e->d_name, "f2") == 0) {
            seen |= 4;
        } else {
            CHECK(!"unexpected entry");
        }
    }
    CHECK(seen == 7 && dots == 2);
    CHECK(closedir(dir) == 0);

    struct stat st;
    CHECK(stat("data/d/sub", &st) == 0 && S_ISDIR(st.st_mode));
    CHECK_ERRNO(rmdir("data/d"), ENOTEMPTY);
    CHECK_ERRNO(rmdir("data/d/f1"), ENOTDIR);
    CHECK_ERRNO(unlink("data/d/sub"), EISDIR);

    CHECK(symlink("f1", "data/d/link") == 0);
    char target[64] = {0};
    CHECK(readlink("data/d/link", target, sizeof target) == 2 && memcmp(target, "f1", 2) == 0);
    CHECK(lstat("data/d/link", &st) == 0 && S_ISLNK(st.st_mode));
    CHECK(stat("data/d/link", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 1);
    CHECK_ERRNO(readlink("data/d/f1", target, sizeof target), EINVAL);
    CHECK(unlink("data/d/link") == 0);

    CHECK(link("data/d/f1", "data/d/hard") == 0);
    CHECK(stat("data/d/hard", &st) == 0 && st.st_size == 1);

    struct timespec times[2] = {{1000, 0}, {2000, 500}};
    CHECK(utimensat(AT_FDCWD, "data/d/f2", times, 0) == 0);
    CHECK(stat("data/d/f2", &st) == 0);
    CHECK(st.st_mtim.tv_sec == 2000);

    CHECK(unlink("data/d/f1") == 0);
    CHECK(unlink("data/d/f2") == 0);
    CHECK(unlink("data/d/hard") == 0);
    CHECK(rmdir("data/d/sub") == 0);
    CHECK(rename("data/d", "data/e") == 0);
    CHECK(rmdir("data/e") == 0);
    CHECK_ERRNO(stat("data/e", &st), ENOENT);
    printf("dirs ok\n");
    return 0;
}
