/* Quicksort of n pseudo-random ints, with memcpy of the array between rounds. */
#include <string.h>
#include "kernel.h"

#define MAX 1000000
static int32_t src[MAX], work[MAX];

static void quicksort(int32_t *v, int32_t lo, int32_t hi) {
    while (lo < hi) {
        int32_t pivot = v[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) {
                int32_t t = v[i]; v[i] = v[j]; v[j] = t;
                i++; j--;
            }
        }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; }
        else { quicksort(v, i, hi); hi = j; }
    }
}

uint32_t run(uint32_t n) {
    if (n > MAX) n = MAX;
    uint32_t seed = 88172645u;
    for (uint32_t i = 0; i < n; i++) src[i] = (int32_t)(next_random(&seed) % 1000000u) - 500000;
    uint32_t sum = 0;
    for (int round = 0; round < 3; round++) {
        memcpy(work, src, n * sizeof(int32_t));
        if (round > 0 && n > 1) memmove(work + 1, work, (n - 1) * sizeof(int32_t));
        quicksort(work, 0, (int32_t)n - 1);
        for (uint32_t i = 0; i < n; i += 7) sum = sum * 33 + (uint32_t)work[i];
    }
    return sum;
}
