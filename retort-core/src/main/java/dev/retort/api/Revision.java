package dev.retort.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a Java revision. retort reads it from the source text without compiling, so every
 * value must be a string literal (or an array of them) written in place.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id. */
    String id();

    /** The parent revisions; empty for a base, two or more for a merge. */
    String[] revises() default {};

    /** Branch labels this revision declares. */
    String[] branchLabels() default {};

    /** Revisions (ids or branch labels) this one depends on without descending from them. */
    String[] dependsOn() default {};

    /** The message given when the revision was created. */
    String message() default "";

    /** When the revision was created, as {@code yyyy-MM-dd HH:mm:ss.SSSSSS[+zone]}. */
    String createDate() default "";
}
