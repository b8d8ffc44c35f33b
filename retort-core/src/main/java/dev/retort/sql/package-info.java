/**
 * SQL scripts as statements: {@link dev.retort.sql.SqlSplitter} cuts a script into the statements a
 * database runs one at a time, with a lexer for each {@link dev.retort.sql.SqlDialect} that knows its
 * strings, quoted identifiers, comments, PostgreSQL dollar quotes and {@code BEGIN ATOMIC} bodies, MySQL
 * and MariaDB {@code DELIMITER} lines and stored programs, and SQLite trigger bodies. A script is never
 * split inside any of these, and one left open is an error naming where it starts.
 */
package dev.retort.sql;
