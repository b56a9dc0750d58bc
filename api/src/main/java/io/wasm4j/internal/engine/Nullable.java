package io.wasm4j.internal.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks a binding that may be {@code null}; Dagger honours any annotation named {@code Nullable}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@interface Nullable {}
