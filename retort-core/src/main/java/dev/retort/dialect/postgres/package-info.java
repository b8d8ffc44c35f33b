/**
 * PostgreSQL's DDL: {@code SERIAL} and identity columns, named enum types, {@code COMMENT ON},
 * {@code ALTER COLUMN ... TYPE ... USING}, {@code CREATE INDEX CONCURRENTLY} and index methods.
 */
package dev.retort.dialect.postgres;
