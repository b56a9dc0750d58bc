/* Shared declarations of the wasm4j benchmark kernels. Each kernel defines run(n) -> checksum. */
#ifndef WASM4J_KERNEL_H
#define WASM4J_KERNEL_H
#include <stdint.h>

#if defined(__wasm__)
#define KERNEL_EXPORT __attribute__((export_name("run")))
#else
#define KERNEL_EXPORT
#endif

/* Runs the kernel with work size n and returns a checksum of its result. */
KERNEL_EXPORT uint32_t run(uint32_t n);

/* A small deterministic generator (xorshift32), the same on every target. */
static inline uint32_t next_random(uint32_t *state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}
#endif
