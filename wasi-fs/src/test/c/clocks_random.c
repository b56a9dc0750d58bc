/* Clocks (realtime, monotonic, process and thread CPU time), sleeping, and random bytes. */
#include <time.h>
#include <unistd.h>
#include "check.h"

static long long ns(struct timespec t) { return (long long)t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void) {
    struct timespec t, r, a, b;
    CHECK(clock_gettime(CLOCK_REALTIME, &t) == 0);
    CHECK(t.tv_sec > 1600000000);
    CHECK(clock_getres(CLOCK_REALTIME, &r) == 0 && ns(r) > 0);
    CHECK(clock_getres(CLOCK_MONOTONIC, &r) == 0 && ns(r) > 0);
    CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
    struct timespec d = {0, 20 * 1000 * 1000};
    CHECK(nanosleep(&d, NULL) == 0);
    CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
    CHECK(ns(b) - ns(a) >= 20 * 1000 * 1000);
    CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) == 0 && ns(t) > 0);
    CHECK(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0 && ns(t) >= 0);
    CHECK(time(NULL) > 1600000000);

    unsigned char buf[256];
    memset(buf, 0, sizeof buf);
    CHECK(getentropy(buf, sizeof buf) == 0);
    int zeros = 0;
    for (size_t i = 0; i < sizeof buf; i++) {
        zeros += buf[i] == 0;
    }
    CHECK(zeros < 32);
    printf("clocks ok\n");
    return 0;
}
