package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionBody;
import dev.retort.script.SqlSection;
import dev.retort.sql.SqlDialect;
import dev.retort.sql.SqlException;
import dev.retort.sql.SqlSplitter;
import dev.retort.sql.SqlStatement;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one section of a SQL revision statement by statement, split by the dialect's lexer, outside the
 * transaction when the section says {@code transaction=false}. A run splits every SQL revision it will run
 * before it runs the first one ({@link #prepare}), so a revision that cannot be split stops it while nothing
 * has run.
 */
final class SqlRevisionRunner {

    /** A section of a SQL revision, split into the statements it runs. */
    record Prepared(List<SqlStatement> statements, boolean transactional) {}

    private SqlRevisionRunner() {}

    /**
     * Splits one section of {@code body}, the sections of {@code script} as read with its metadata. A section
     * that runs in the run's transaction may not begin, commit or roll back a transaction itself (a dump's
     * {@code BEGIN TRANSACTION ... COMMIT}): that would commit part of the revision, or of the run, apart from
     * its version-table change.
     */
    static Prepared prepare(RevisionScript script, SqlRevisionBody body, boolean upgrade, Dialect dialect) {
        SqlSection section = upgrade ? body.upgrade() : body.downgrade();
        List<SqlStatement> statements = split(script, section, dialect);
        if (section.transactional()) {
            statements.stream().filter(SqlStatement::controlsTransaction).findFirst().ifPresent(statement -> {
                String marker = "-- retort:" + (upgrade ? "upgrade" : "downgrade") + " transaction=false";
                throw new MigrationException("Can't run revision " + script.id() + " (" + script.path() + "): line "
                        + statement.line() + ": '" + firstLine(statement.sql()) + "' controls the transaction, which"
                        + " retort runs the revision in together with its version-table change, so that a failure"
                        + " leaves nothing behind; delete it (a BEGIN with its COMMIT), or write the"
                        + " section's marker as '" + marker + "' to run the statements as written, outside a"
                        + " transaction");
            });
        }
        return new Prepared(statements, section.transactional());
    }

    private static String firstLine(String sql) {
        int end = sql.indexOf('\n');
        return end < 0 ? sql : sql.substring(0, end).stripTrailing() + " ...";
    }

    static void run(RevisionScript script, Prepared section, StatementLog log, boolean[] transactional) {
        transactional[0] = section.transactional();
        if (!section.transactional()) {
            log.suspendTransaction();
        }
        for (SqlStatement statement : section.statements()) {
            Supplier<String> location = () -> script.path() + ":" + statement.line();
            if (statement.copyData().isPresent()) {
                log.copyIn(statement.sql(), statement.copyData().get(), location);
            } else {
                log.execute(statement.sql(), location);
            }
        }
        if (!section.transactional()) {
            log.resumeTransaction();
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
