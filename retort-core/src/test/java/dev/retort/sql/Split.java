package dev.retort.sql;

import java.util.List;

/** Shorthands for the tests: the statements' texts, or their places as "line:column". */
final class Split {

    private Split() {
    }

    static List<String> texts(String script, SqlDialect dialect) {
        return SqlSplitter.split(script, dialect).stream().map(SqlStatement::sql).toList();
    }

    static List<String> places(String script, SqlDialect dialect) {
        return SqlSplitter.split(script, dialect).stream()
                .map(statement -> statement.line() + ":" + statement.column())
                .toList();
    }
}
