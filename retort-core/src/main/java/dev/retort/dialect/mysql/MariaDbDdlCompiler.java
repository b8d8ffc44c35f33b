package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.Conditional;
import java.util.List;

/**
 * MariaDB: MySQL's DDL, with {@code IF [NOT] EXISTS} on every statement that can carry it (columns,
 * indexes, constraints), checks dropped with {@code DROP CONSTRAINT}, {@code NOCYCLE} for sequences, and times with an offset converted
 * to the session's time zone (see {@link MariaDbLiterals}).
 */
public class MariaDbDdlCompiler extends MySqlDdlCompiler {

    public MariaDbDdlCompiler(Dialect dialect) {
        super(dialect, new MariaDbLiterals(dialect));
    }

    @Override
    protected boolean supports(Conditional conditional) {
        return true;
    }

    /** SQLAlchemy's MariaDB dialect reads the MySQL index options under {@code mariadb_} too, winning over {@code mysql_}. */
    @Override
    protected List<String> indexOptionPrefixes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    protected String dropCheck(boolean ifExists) {
        return " DROP CONSTRAINT " + condition(ifExists, Conditional.DROP_CONSTRAINT);
    }

    /** MariaDB refuses {@code NOT NULL} on a generated column (a syntax error naming {@code NOT NULL}). */
    @Override
    protected boolean notNullComputedColumns() {
        return false;
    }

    /** MariaDB sets an expression default in place, {@code CURRENT_TIMESTAMP} included. */
    @Override
    protected boolean anyExpressionDefaultInPlace() {
        return true;
    }

    @Override
    protected String noCycle() {
        return "NOCYCLE";
    }

    @Override
    public String displayName() {
        return "MariaDB";
    }
}
