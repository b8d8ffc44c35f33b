package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.script.RevisionFileParser;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionBody;
import dev.retort.script.SqlSection;
import dev.retort.sql.SqlDialect;
import dev.retort.sql.SqlException;
import dev.retort.sql.SqlSplitter;
import dev.retort.sql.SqlStatement;
import java.util.List;

/**
 * Runs one section of a SQL revision statement by statement, split by the dialect's lexer, outside the
 * transaction when the section says {@code transaction=false}.
 */
final class SqlRevisionRunner {

    private SqlRevisionRunner() {}

    static void run(RevisionScript script, boolean upgrade, Dialect dialect, SqlSink sink, StatementLog log,
            boolean[] transactional) {
        SqlRevisionBody body = RevisionFileParser.parseSqlBody(script.path());
        SqlSection section = upgrade ? body.upgrade() : body.downgrade();
        List<SqlStatement> statements = split(script, section, dialect);
        transactional[0] = section.transactional();
        if (!section.transactional()) {
            sink.suspendTransaction();
        }
        for (SqlStatement statement : statements) {
            String location = script.path() + ":" + statement.line();
            if (statement.copyData().isPresent()) {
                log.copyIn(statement.sql(), statement.copyData().get(), location);
            } else {
                log.execute(statement.sql(), location);
            }
        }
        if (!section.transactional()) {
            sink.resumeTransaction();
        }
    }

    private static List<SqlStatement> split(RevisionScript script, SqlSection section, Dialect dialect) {
        try {
            return SqlSplitter.split(section.sql(), SqlDialect.of(dialect.name()), section.firstLine());
        } catch (SqlException e) {
            throw new MigrationException("Can't run revision " + script.id() + " (" + script.path() + "): "
                    + e.getMessage(), e);
        }
    }
}
