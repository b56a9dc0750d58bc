/* Sieve of Eratosthenes up to 2^18, repeated n times; byte array in linear memory. */
#include "kernel.h"

#define LIMIT (1u << 18)
static uint8_t composite[LIMIT];

static uint32_t sieve(void) {
    for (uint32_t i = 0; i < LIMIT; i++) composite[i] = 0;
    uint32_t count = 0, sum = 0;
    for (uint32_t i = 2; i < LIMIT; i++) {
        if (!composite[i]) {
            count++;
            sum = sum * 31 + i;
            for (uint64_t j = (uint64_t)i * i; j < LIMIT; j += i) composite[j] = 1;
        }
    }
    return count ^ sum;
}

uint32_t run(uint32_t n) {
    uint32_t result = 0;
    for (uint32_t r = 0; r < n; r++) result = result * 3 + sieve();
    return result;
}
