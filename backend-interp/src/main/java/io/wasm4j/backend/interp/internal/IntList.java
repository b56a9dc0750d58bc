package io.wasm4j.backend.interp.internal;

import java.util.Arrays;

/** A growable int array for the translator. */
final class IntList {
    int[] a = new int[16];
    int size;

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size++] = v;
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
