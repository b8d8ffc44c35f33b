package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import java.util.function.Consumer;

/**
 * Runs Java code that asks for operations (a revision, a callback of the environment hook): records the
 * operations, compiles each for the database, and sends the statements on in the order they were given.
 */
final class JavaRevisionRunner {
    private final DdlCompiler compiler;
    private final LiveTables liveTables;
    private final boolean offline;
    private final RunSettings settings;

    JavaRevisionRunner(DdlCompiler compiler, LiveTables liveTables, boolean offline, RunSettings settings) {
        this.compiler = compiler;
        this.liveTables = liveTables;
        this.offline = offline;
        this.settings = settings;
    }

    void run(Migration migration, boolean upgrade, StatementLog log, String location) {
        run(upgrade ? migration::upgrade : migration::downgrade, log, location);
    }

    void run(Consumer<Operations> code, StatementLog log, String location) {
        RecordingOperations operations = new RecordingOperations(new RecordingOperations.Settings(offline,
                settings.xArguments(), settings.tag(), compiler.literals()));
        code.accept(operations);
        for (Operation operation : operations.operations()) {
            for (String statement : compiler.compile(liveTables.withCurrentTable(operation))) {
                // Scripts indent with spaces, as Alembic's offline output does.
                log.execute(offline ? statement.replace("\t", "    ") : statement, location);
            }
        }
    }
}
