/**
 * Reading a live database into the schema model. {@link dev.retort.reflect.SchemaReader} reads whole
 * schemas ({@link dev.retort.schema.DatabaseSchema}) with a fixed number of bulk catalog queries, for
 * autogenerate; {@link dev.retort.reflect.SqliteTableReader} reads one SQLite table for batch mode's
 * rebuilds. Both give back what the DDL compilers wrote as the model that was compiled.
 */
package dev.retort.reflect;
