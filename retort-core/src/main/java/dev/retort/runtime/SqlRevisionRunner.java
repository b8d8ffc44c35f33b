package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.script.RevisionFileParser;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionBody;
import dev.retort.script.SqlSection;

/** Runs one section of a SQL revision statement by statement, outside the transaction when it says so. */
final class SqlRevisionRunner {

    private SqlRevisionRunner() {}

    static void run(RevisionScript script, boolean upgrade, Dialect dialect, SqlSink sink, StatementLog log,
            boolean[] transactional) {
        SqlRevisionBody body = RevisionFileParser.parseSqlBody(script.path());
        SqlSection section = upgrade ? body.upgrade() : body.downgrade();
        transactional[0] = section.transactional();
        if (!section.transactional()) {
            sink.suspendTransaction();
        }
        for (ScriptStatement statement : StatementSplitter.split(section.sql(), dialect)) {
            log.execute(statement.sql(), script.path() + ":" + (section.firstLine() + statement.line() - 1));
        }
        if (!section.transactional()) {
            sink.resumeTransaction();
        }
    }
}
