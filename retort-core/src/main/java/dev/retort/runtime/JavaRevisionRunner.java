package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;

/**
 * Runs a Java revision: records the operations it asks for, compiles each for the database, and sends
 * the statements on in the order the revision gave them.
 */
final class JavaRevisionRunner {

    private JavaRevisionRunner() {}

    static void run(Migration migration, boolean upgrade, DdlCompiler compiler, LiveTables liveTables,
            boolean offline, RunSettings settings, StatementLog log, String location) {
        RecordingOperations operations = new RecordingOperations(new RecordingOperations.Settings(offline,
                settings.xArguments(), settings.tag(), compiler.literals()));
        if (upgrade) {
            migration.upgrade(operations);
        } else {
            migration.downgrade(operations);
        }
        for (Operation operation : operations.operations()) {
            for (String statement : compiler.compile(liveTables.withCurrentTable(operation))) {
                // Scripts indent with spaces, as Alembic's offline output does.
                log.execute(offline ? statement.replace("\t", "    ") : statement, location);
            }
        }
    }
}
