/* Dense double-precision matrix multiply of 128 x 128 matrices, repeated n times. */
#include "kernel.h"

#define N 128
static double a[N * N], b[N * N], c[N * N];

uint32_t run(uint32_t n) {
    uint32_t seed = 12345;
    for (uint32_t i = 0; i < N * N; i++) {
        a[i] = (double)(next_random(&seed) % 1000) / 100.0;
        b[i] = (double)(next_random(&seed) % 1000) / 100.0;
    }
    uint32_t result = 0;
    for (uint32_t r = 0; r < n; r++) {
        for (uint32_t i = 0; i < N; i++) {
            for (uint32_t j = 0; j < N; j++) c[i * N + j] = 0.0;
            for (uint32_t k = 0; k < N; k++) {
                double aik = a[i * N + k];
                for (uint32_t j = 0; j < N; j++) c[i * N + j] += aik * b[k * N + j];
            }
        }
        double trace = 0.0;
        for (uint32_t i = 0; i < N; i++) trace += c[i * N + i] + c[i * N + (N - 1 - i)];
        result = result * 31 + (uint32_t)(int64_t)(trace * 16.0);
        a[r % (N * N)] += 1.0; /* each round differs */
    }
    return result;
}
