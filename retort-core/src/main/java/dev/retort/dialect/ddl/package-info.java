/**
 * DDL and DML compilers: {@link dev.retort.dialect.ddl.DdlCompiler} turns each
 * {@link dev.retort.op.Operation} into SQL statements for one database. The class here is the ANSI
 * default; each database has a sub-package whose compiler overrides only what differs.
 * {@link dev.retort.dialect.ddl.DdlCompilers#forDialect} picks the compiler for a dialect.
 */
package dev.retort.dialect.ddl;
