/**
 * SQLite's DDL and batch mode: {@link dev.retort.dialect.sqlite.SqliteBatchPlanner} rebuilds a table by
 * "move and copy" where SQLite cannot alter it in place.
 */
package dev.retort.dialect.sqlite;
