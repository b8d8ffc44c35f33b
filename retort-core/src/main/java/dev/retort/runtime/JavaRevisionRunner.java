package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.compile.InterpretedMigration;
import dev.retort.compile.SourceLines;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.op.CallSites;
import dev.retort.op.ConnectionAccess;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import dev.retort.sql.SqlDialect;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    /** Runs a revision compiled from, or read from, the file {@code location}. */
    void run(Migration migration, boolean upgrade, StatementLog log, String location) {
        if (migration instanceof InterpretedMigration interpreted) {
            run(interpreted(interpreted, upgrade, location), log, location, RevisionConnection.Handle.REVISION);
        } else {
            run(upgrade ? migration::upgrade : migration::downgrade, log, location);
        }
    }

    /**
     * Runs code compiled from the file {@code location} names (a revision, the environment hook); each of its
     * operations was asked for at the line of the file's innermost frame.
     */
    void run(Code code, StatementLog log, String location) {
        run(code, log, location, RevisionConnection.Handle.REVISION);
    }

    /**
     * Runs a callback of the environment hook compiled from the file {@code location}; its connection refuses
     * what would end the step's transaction in the hook's name.
     */
    void runHook(Code code, StatementLog log, String location) {
        run(code, log, location, RevisionConnection.Handle.HOOK);
    }

    private void run(Code code, StatementLog log, String location, RevisionConnection.Handle handle) {
        String fileName = LocatedStatement.fileNameOf(location);
        run(new Invocation(code, new CallSites(() -> SourceLines.callerIn(fileName))), log, location, handle);
    }

    private void run(Invocation invocation, StatementLog log, String location, RevisionConnection.Handle handle) {
        CallSites callSites = invocation.callSites();
        execute(record(invocation, access(log, location, callSites, handle)), log, location, callSites);
    }

    /** Code that asks for operations, and where the lines that asked for them come from. */
    private record Invocation(Code code, CallSites callSites) {
    }

    /**
     * A revision run without javac, which tells its lines as its statements start; what a statement throws is
     * reported at its line, as no compiled frame shows it.
     */
    private static Invocation interpreted(InterpretedMigration migration, boolean upgrade, String location) {
        int[] line = new int[1];
        Code code = op -> {
            try {
                migration.run(upgrade, op, told -> line[0] = told);
            } catch (RuntimeException e) {
                throw RevisionCodeException.at(e, LocatedStatement.location(location, line[0]));
            }
        };
        return new Invocation(code, new CallSites(() -> {
            int told = line[0];
            return () -> told;
        }));
    }

    /**
     * The statements of a revision that only records operations, recorded and compiled before its turn; empty
     * when the revision must be compiled in its turn, as one whose batch reads its table from the database or
     * whose enum types are read from it. What the revision or the compiler throws is thrown here. The
     * compiler is used by one thread at a time: the caller prepares revisions in their order and stops at the
     * first that gives empty.
     */
    Optional<List<LocatedStatement>> prepare(InterpretedMigration migration, boolean upgrade, String location) {
        Invocation invocation = interpreted(migration, upgrade, location);
        List<Operation> recorded = record(invocation,
                ConnectionAccess.none("a revision prepared ahead of its turn has no connection"));
        if (recorded.stream().anyMatch(liveTables::readsLiveTable) || liveEnumTypes.readsAny(recorded)) {
            return Optional.empty();
        }
        liveEnumTypes.prepare(recorded);
        LocatingCompiler locating = new LocatingCompiler(compiler, location, invocation.callSites());
        List<LocatedStatement> statements = new ArrayList<>();
        recorded.forEach(operation -> statements.addAll(locating.compile(operation)));
        return Optional.of(statements);
    }

    /** Runs statements {@link #prepare} gave for the revision file {@code location}. */
    void runPrepared(List<LocatedStatement> statements, StatementLog log, String location) {
        for (LocatedStatement statement : statements) {
            send(List.of(statement), log, location);
        }
    }

    private void send(List<LocatedStatement> statements, StatementLog log, String location) {
        for (LocatedStatement statement : statements) {
            String sql = statement.sql();
            log.execute(offline() ? TableDdl.indentedWithSpaces(sql) : sql, () -> statement.location(location));
        }
    }

    /** The operations the code asks for; what it throws, checked or not, as a runtime exception. */
    private List<Operation> record(Invocation invocation, ConnectionAccess access) {
        RecordingOperations operations = new RecordingOperations(new RecordingOperations.Settings(offline(),
                settings.xArguments(), settings.tag(), compiler.literals(), dialectName, access),
                invocation.callSites());
        try {
            invocation.code().run(operations);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
            // A revision's own failure, however it is thrown: an assertion, a recursion without end, a class
            // it needs that cannot be loaded.
            throw new RevisionCodeException(e);
        }
        return operations.operations();
    }

    private ConnectionAccess access(StatementLog log, String location, CallSites callSites,
            RevisionConnection.Handle handle) {
        return new ConnectionAccess() {
            @Override
            public Connection connection(Supplier<List<Operation>> recorded) {
                if (connection.isEmpty()) {
                    return ConnectionAccess.none("a revision written as a SQL script (--sql) has no database"
                            + " connection; check op.isOffline() first").connection(recorded);
                }
                Runnable runRecorded = () -> execute(recorded.get(), log, location, callSites);
                runRecorded.run();
                log.connectionHandedOut();
                // The SQL the server speaks (MariaDB's for a mysql:// URL it serves), not the URL's name.
                return RevisionConnection.of(connection.get(), SqlDialect.of(compiler.dialect().name()), runRecorded,
                        handle);
            }

            @Override
            public boolean runOutsideTransaction(List<Operation> recordedBefore, Runnable block,
                    Supplier<List<Operation>> recorded) {
                execute(recordedBefore, log, location, callSites);
                log.suspendTransaction();
                try {
                    block.run();
                } catch (RuntimeException | Error e) {
                    // As Alembic's autocommit_block(): the transaction is opened again, for what a revision that
                    // catches this runs after the block. What the block asked for and did not run is dropped.
                    recorded.get();
                    log.resumeTransaction();
                    throw e;
                }
                execute(recorded.get(), log, location, callSites);
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
    private void execute(List<Operation> operations, StatementLog log, String location, CallSites callSites) {
        liveEnumTypes.prepare(operations);
        LocatingCompiler locating = new LocatingCompiler(compiler, location, callSites);
        List<List<LocatedStatement>> compiled = new ArrayList<>();
        for (Operation operation : operations) {
            compiled.add(liveTables.readsLiveDefinition(operation) ? List.of() : locating.compile(operation));
        }
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            int index = i;
            List<LocatedStatement> statements = liveTables.readsLiveTable(operation)
                    ? locating.compileAs(operation, () -> liveTables.compileInTurn(operation, compiler))
                    : liveEnumTypes.readsLiveTypes(operations, i)
                            ? locating.compileAs(operation, () -> liveEnumTypes.compileInTurn(operations, index))
                    : compiled.get(i);
            send(statements, log, location);
        }
    }

    private boolean offline() {
        return connection.isEmpty();
    }
}
