package io.wasm4j.it.api;

import io.wasm4j.Strategy;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs a test method once per backend, passing the {@link Strategy} that selects it. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(
        value = Strategy.class,
        names = {"INTERP", "BYTECODE"})
@interface OnEveryBackend {}
