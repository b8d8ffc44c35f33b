/** H2's DDL: identity columns, {@code COMMENT ON}, {@code SET DATA TYPE}, {@code ARRAY} types. */
package dev.retort.dialect.h2;
