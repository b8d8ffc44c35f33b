/**
 * SQL scripts as statements: {@link dev.retort.sql.SqlSplitter} cuts a script into the statements a
 * database runs one at a time, with a lexer for each {@link dev.retort.sql.SqlDialect} that knows its
 * strings, quoted identifiers, comments, PostgreSQL dollar quotes and {@code BEGIN ATOMIC} bodies, MySQL
 * and MariaDB {@code DELIMITER} lines and stored programs, and SQLite trigger bodies. A script is never
 * split inside any of these, and one left open is an error naming where it starts.
 *
 * <p>The lexers follow each server's default settings. Not covered: PostgreSQL with
 * {@code standard_conforming_strings} off (backslashes in plain strings), MySQL's {@code ANSI_QUOTES} and
 * {@code NO_BACKSLASH_ESCAPES} modes, MariaDB's {@code sql_mode=ORACLE} packages (write them between
 * {@code DELIMITER} lines), and client commands other than {@code DELIMITER} and psql's {@code COPY ...
 * FROM stdin} data: psql's backslash commands and the sqlite3 shell's dot commands are refused with their
 * line, the mysql client's {@code \g} is not known.
 */
package dev.retort.sql;
