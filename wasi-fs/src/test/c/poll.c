/* poll_oneoff: a clock timeout, stdout writable, stdin readable, a regular file readable. */
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static long long now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
    long long start = now();
    CHECK(poll(NULL, 0, 30) == 0);
    CHECK(now() - start >= 30LL * 1000 * 1000);

    struct pollfd out = {.fd = 1, .events = POLLOUT};
    CHECK(poll(&out, 1, 1000) == 1 && (out.revents & POLLOUT));

    struct pollfd in = {.fd = 0, .events = POLLIN};
    CHECK(poll(&in, 1, 1000) == 1 && (in.revents & POLLIN));
    char buf[16] = {0};
    CHECK(read(0, buf, sizeof buf) == 5 && memcmp(buf, "ping\n", 5) == 0);

    int fd = open("data/p.txt", O_CREAT | O_RDWR, 0644);
    CHECK(fd >= 0);
    struct pollfd f = {.fd = fd, .events = POLLIN | POLLOUT};
    CHECK(poll(&f, 1, 0) == 1 && (f.revents & (POLLIN | POLLOUT)));
    CHECK(close(fd) == 0);
    CHECK(unlink("data/p.txt") == 0);
    printf("poll ok\n");
    return 0;
}
