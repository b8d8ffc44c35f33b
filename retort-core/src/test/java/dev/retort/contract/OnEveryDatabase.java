package dev.retort.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A contract test, run once on each database with a fresh {@link ContractDatabase} that JUnit closes after it. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@MethodSource("dev.retort.contract.ContractDatabase#all")
@interface OnEveryDatabase {}
