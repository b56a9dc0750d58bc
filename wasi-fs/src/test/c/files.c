/* Files: create, write, read, seek and tell, pread and pwrite, truncate, append, stat, rename, unlink. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void) {
    int fd = open("data/a.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "hello, world", 12) == 12);
    CHECK(lseek(fd, 0, SEEK_CUR) == 12);
    CHECK(lseek(fd, 7, SEEK_SET) == 7);
    char buf[32] = {0};
    CHECK(read(fd, buf, sizeof buf) == 5);
    CHECK(memcmp(buf, "world", 5) == 0);
    CHECK(read(fd, buf, sizeof buf) == 0);
    CHECK(lseek(fd, -5, SEEK_END) == 7);
    CHECK(pwrite(fd, "W", 1, 7) == 1);
    CHECK(pread(fd, buf, 5, 7) == 5 && memcmp(buf, "World", 5) == 0);
    CHECK(lseek(fd, 0, SEEK_CUR) == 7);
    CHECK_ERRNO(lseek(fd, -100, SEEK_SET), EINVAL);

    struct stat st;
    CHECK(fstat(fd, &st) == 0);
    CHECK(S_ISREG(st.st_mode));
    CHECK(st.st_size == 12);
    CHECK(ftruncate(fd, 5) == 0);
    CHECK(fstat(fd, &st) == 0 && st.st_size == 5);
    CHECK(ftruncate(fd, 100) == 0);
    CHECK(fstat(fd, &st) == 0 && st.st_size == 100);
    CHECK(fsync(fd) == 0);
    CHECK(fdatasync(fd) == 0);
    CHECK(close(fd) == 0);
    CHECK_ERRNO(close(fd), EBADF);

    fd = open("data/a.txt", O_WRONLY | O_APPEND);
    CHECK(fd >= 0);
    CHECK(write(fd, "!", 1) == 1);
    CHECK(close(fd) == 0);
    CHECK(stat("data/a.txt", &st) == 0 && st.st_size == 101);

    CHECK_ERRNO(open("data/a.txt", O_CREAT | O_EXCL | O_WRONLY, 0644), EEXIST);
    CHECK_ERRNO(open("data/missing.txt", O_RDONLY), ENOENT);
    CHECK_ERRNO(open("data/a.txt/x", O_RDONLY), ENOTDIR);

    fd = open("data/a.txt", O_RDONLY);
    CHECK(fd >= 0);
    CHECK(write(fd, "x", 1) == -1);
    CHECK(close(fd) == 0);

    FILE *f = fopen("data/b.txt", "w");
    CHECK(f != NULL);
    for (int i = 0; i < 1000; i++) {
        fprintf(f, "line %d\n", i);
    }
    CHECK(fclose(f) == 0);
    f = fopen("data/b.txt", "r");
    CHECK(f != NULL);
    char line[64];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
    }
    CHECK(n == 1000);
    CHECK(fclose(f) == 0);

    CHECK(rename("data/b.txt", "data/c.txt") == 0);
    CHECK_ERRNO(stat("data/b.txt", &st), ENOENT);
    CHECK(stat("data/c.txt", &st) == 0 && st.st_size > 0);
    CHECK(unlink("data/c.txt") == 0);
    CHECK_ERRNO(unlink("data/c.txt"), ENOENT);
    printf("files ok\n");
    return 0;
}
