package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.ConnectionAccess;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs Java code that asks for operations (a revision, a callback of the environment hook): records the
 * operations, compiles each for the database, and sends the statements on in the order they were given.
 * When the code asks for the connection, the operations recorded before are sent first.
 */
final class JavaRevisionRunner {
    private final DdlCompiler compiler;
    private final LiveTables liveTables;
    private final LiveEnumTypes liveEnumTypes;
    private final Optional<Connection> connection;
    private final String dialectName;
    private final RunSettings settings;

    /** {@code connection} is the run's, empty offline. */
    JavaRevisionRunner(DdlCompiler compiler, LiveTables liveTables, Optional<Connection> connection,
            String dialectName, RunSettings settings) {
        this.compiler = compiler;
        this.liveTables = liveTables;
        this.liveEnumTypes = new LiveEnumTypes(compiler, connection);
        this.connection = connection;
        this.dialectName = dialectName;
        this.settings = settings;
    }

    /** Java code given the operations; what it throws, checked or not, fails the step. */
    @FunctionalInterface
    interface Code {
        void run(Operations op) throws Exception;
    }

    void run(Migration migration, boolean upgrade, StatementLog log, String location) {
        run(upgrade ? migration::upgrade : migration::downgrade, log, location);
    }

    /**
     * The statements of a revision that only records operations, recorded and compiled before its turn; empty
     * when the revision must be compiled in its turn, as one whose batch reads its table from the database or
     * whose enum types are read from it. What the revision or the compiler throws is thrown here. The
     * compiler is used by one thread at a time: the caller prepares revisions in their order and stops at the
     * first that gives empty.
     */
    Optional<List<String>> prepare(Migration migration, boolean upgrade) {
        List<Operation> recorded = record(upgrade ? migration::upgrade : migration::downgrade,
                ConnectionAccess.none("a revision prepared ahead of its turn has no connection"));
        if (recorded.stream().anyMatch(liveTables::readsLiveTable) || liveEnumTypes.readsAny(recorded)) {
            return Optional.empty();
        }
        liveEnumTypes.prepare(recorded);
        List<String> statements = new ArrayList<>();
        recorded.forEach(operation -> statements.addAll(compiler.compile(operation)));
        return Optional.of(statements);
    }

    /** Runs statements {@link #prepare} gave. */
    void runPrepared(List<String> statements, StatementLog log, String location) {
        send(statements, log, location);
    }

    private void send(List<String> statements, StatementLog log, String location) {
        for (String statement : statements) {
            // Scripts indent with spaces, as Alembic's offline output does.
            log.execute(offline() ? statement.replace("\t", "    ") : statement, location);
        }
    }

    void run(Code code, StatementLog log, String location) {
        execute(record(code, access(log, location)), log, location);
    }

    /** The operations {@code code} asks for; what the code throws, checked or not, as a runtime exception. */
    private List<Operation> record(Code code, ConnectionAccess access) {
        RecordingOperations operations = new RecordingOperations(new RecordingOperations.Settings(offline(),
                settings.xArguments(), settings.tag(), compiler.literals(), dialectName, access));
        try {
            code.run(operations);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
            // A revision's own failure, however it is thrown: an assertion, a recursion without end, a class
            // it needs that cannot be loaded.
            throw new RevisionCodeException(e);
        }
        return operations.operations();
    }

    private ConnectionAccess access(StatementLog log, String location) {
        return new ConnectionAccess() {
            @Override
            public Connection connection(List<Operation> recordedBefore) {
                if (connection.isEmpty()) {
                    return ConnectionAccess.none("a revision written as a SQL script (--sql) has no database"
                            + " connection; check op.isOffline() first").connection(recordedBefore);
                }
                execute(recordedBefore, log, location);
                log.connectionHandedOut();
                return RevisionConnection.of(connection.get());
            }

            @Override
            public boolean runOutsideTransaction(List<Operation> recordedBefore, List<Operation> block) {
                execute(recordedBefore, log, location);
                log.suspendTransaction();
                execute(block, log, location);
                log.resumeTransaction();
                return true;
            }
        };
    }

    /**
     * Compiles every operation before the first statement runs, so that one the database cannot do is
     * refused while nothing of them has run (MySQL, MariaDB and H2 commit DDL as it runs). A batch that reads
     * its table from the database is compiled in its turn, when the operations before it have run, as is
     * one that creates or drops enum types after an {@code op.execute} ({@link LiveEnumTypes}).
     */
    private void execute(List<Operation> operations, StatementLog log, String location) {
        liveEnumTypes.prepare(operations);
        List<List<String>> compiled = operations.stream()
                .map(operation -> liveTables.readsLiveTable(operation) ? List.<String>of()
                        : compiler.compile(operation))
                .toList();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            List<String> statements = liveTables.readsLiveTable(operation)
                    ? compiler.compile(liveTables.withCurrentTable(operation))
                    : liveEnumTypes.readsLiveTypes(operations, i) ? liveEnumTypes.compileInTurn(operations, i)
                    : compiled.get(i);
            send(statements, log, location);
        }
    }

    private boolean offline() {
        return connection.isEmpty();
    }
}
