/* Recursive Fibonacci: call-heavy, almost no memory traffic. */
#include "kernel.h"

static uint32_t fib(uint32_t k) {
    return k < 2 ? k : fib(k - 1) + fib(k - 2);
}

uint32_t run(uint32_t n) {
    return fib(n);
}
