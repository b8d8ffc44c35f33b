package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.SessionSetting;
import dev.retort.sql.TransactionEffect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sends one revision's statements to the sink and remembers what ran, and which of it is committed, for the
 * message when one fails. Where schema changes commit by themselves, each one commits what ran before it;
 * outside the run's transaction each statement commits as it runs, unless the revision began a transaction
 * of its own ({@code BEGIN ... COMMIT} in a section marked {@code transaction=false}).
 */
final class StatementLog {
    /** A statement setting the session's character sets: {@code SET NAMES}, {@code SET CHARACTER SET}, ... */
    private static final Pattern CHARACTER_SET_CHANGE = Pattern.compile(
            "^\\s*(?:/\\*!\\d*\\s*)?SET\\b.*\\b(?:NAMES|CHARACTER\\s+SET|CHARSET|character_set_\\w+)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private final SqlSink sink;
    private final Dialect dialect;
    private final Runnable beforeCommit;
    private final List<String> applied = new ArrayList<>();
    /** What ran and was committed, which a rollback cannot undo. */
    private final List<String> committed = new ArrayList<>();
    /**
     * What ran up to a statement that runs statements of its own ({@code CALL}), which may have committed it
     * midway: a transaction open after it does not tell.
     */
    private final List<String> mayHaveCommitted = new ArrayList<>();
    /** What ran in the open transaction, which a rollback undoes. */
    private final List<String> uncommitted = new ArrayList<>();
    private String failedLocation;
    private boolean connectionHandedOut;
    private boolean leftTransaction;
    private boolean outsideTransaction;
    /** Outside the run's transaction, the revision's own BEGIN opened one that it has not ended. */
    private boolean ownTransaction;
    /** The revision's own {@code LOCK TABLES} holds table locks that no {@code UNLOCK TABLES} released yet. */
    private boolean tablesLocked;
    /** The last statement that may have moved the session to another database ({@code USE}), if one ran. */
    private String databaseChange;
    /** A statement of the revision set the session's character sets ({@code SET NAMES latin1}). */
    private boolean characterSetChanged;

    /** {@code beforeCommit} runs before the revision commits what ran before it and leaves the transaction. */
    StatementLog(SqlSink sink, Dialect dialect, Runnable beforeCommit) {
        this.sink = sink;
        this.dialect = dialect;
        this.beforeCommit = beforeCommit;
    }

    /**
     * Runs one statement; {@code location} says where it was written (empty when unknown), asked for when the
     * statement fails.
     */
    void execute(String sql, Supplier<String> location) {
        run(() -> sink.execute(BoundSql.of(sql)), sql, location);
    }

    /** Runs a {@code COPY ... FROM STDIN} with the rows it reads; {@code location} as for {@link #execute}. */
    void copyIn(String sql, String data, Supplier<String> location) {
        run(() -> sink.copyIn(sql, data), sql, location);
    }

    private void run(Runnable statement, String sql, Supplier<String> location) {
        TransactionEffect effect = TransactionEffect.of(sql);
        boolean schemaChanges = !dialect.capabilities().transactionalDdl();
        boolean commitsBefore = effect == TransactionEffect.IMPLICIT_COMMIT && schemaChanges;
        boolean runsStatements = effect == TransactionEffect.RUNS_STATEMENTS && schemaChanges;
        boolean mayCommit = commitsBefore || runsStatements
                || effect == TransactionEffect.MAY_COMMIT && schemaChanges;
        boolean pendingBefore = !uncommitted.isEmpty();
        try {
            statement.run();
            if (inTransaction()) {
                dialect.settingIgnoredInTransaction(sql).ifPresent(setting -> checkChanged(setting, sql));
            }
        } catch (DatabaseError e) {
            failedLocation = location.get();
            // A transaction the server rolled back, or a connection gone, holds nothing: asking would read as
            // committed what was undone.
            boolean undone = e.rolledBackByServer() || e.connectionLost();
            if (mayCommit && pendingBefore && !undone
                    && committed(() -> commitsBefore && !dialect.isSyntaxError(e.errorCode()))) {
                commitWhatRan();
            } else if (runsStatements && pendingBefore && inTransaction()) {
                // What it ran before it failed may have committed what ran before it, even in a transaction undone.
                mayHaveCommittedWhatRan();
            }
            throw e;
        }
        applied.add(sql);
        uncommitted.add(sql);
        if (SessionDatabase.changesDatabase(sql)) {
            databaseChange = sql;
        }
        if (CHARACTER_SET_CHANGE.matcher(sql).find()) {
            characterSetChanged = true;
        }
        if (TransactionEffect.locksTables(sql)) {
            tablesLocked = true;
        } else if (TransactionEffect.unlocksTables(sql) || effect == TransactionEffect.BEGINS) {
            tablesLocked = false;
        }
        // A schema change that succeeded has committed, where every one does; what else may commit is asked.
        boolean certain = commitsBefore && dialect.schemaChangesAlwaysCommit();
        boolean nowCommitted = mayCommit && !certain ? committed(() -> commitsBefore) : commitsBefore;
        if (runsStatements && !nowCommitted && inTransaction()) {
            mayHaveCommittedWhatRan();
        } else {
            record(effect, nowCommitted);
        }
    }

    /**
     * Fails the statement that just ran when the setting it sets is not as it asked: the database ignored it in
     * the transaction, and what follows would run with the setting as it was (with foreign keys enforced, a
     * table rebuilt by hand would take its referring rows with it).
     */
    private void checkChanged(SessionSetting setting, String sql) {
        Optional<Connection> connection = sink.connection();
        if (connection.isEmpty()) {
            return;
        }
        String value;
        try (Statement statement = connection.get().createStatement();
                ResultSet result = statement.executeQuery(setting.query())) {
            value = result.next() ? String.valueOf(result.getString(1)) : "";
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of(setting.query()), e);
        }
        if (!value.equalsIgnoreCase(setting.wanted())) {
            throw new DatabaseError(BoundSql.of(sql), new SQLException(setting.name() + " did not take effect (it"
                    + " is still " + value + "): the database leaves it unchanged while a transaction is open. Run it"
                    + " outside the revision's transaction: mark the SQL section 'transaction=false' (-- retort:upgrade"
                    + " transaction=false), or in a Java revision call it inside op.autocommitBlock(() -> ...)"));
        }
    }

    /**
     * Whether what ran since the last commit is committed now, as the database tells ({@link
     * Dialect#uncommittedWorkQuery()}); where it cannot tell, as {@code guess} says.
     */
    private boolean committed(BooleanSupplier guess) {
        Optional<String> query = dialect.uncommittedWorkQuery();
        Optional<Connection> connection = sink.connection();
        if (query.isEmpty() || connection.isEmpty()) {
            return guess.getAsBoolean();
        }
        try (Statement statement = connection.get().createStatement();
                ResultSet result = statement.executeQuery(query.get())) {
            return result.next() ? !result.getBoolean(1) : guess.getAsBoolean();
        } catch (SQLException e) {
            // The database could not tell (a query it refuses): the words decide, as without the query.
            return guess.getAsBoolean();
        }
    }

    /**
     * What the statement that just ran did to the transaction it ran in, or to the lack of one; {@code commitsBefore}
     * says whether it committed what ran before it, and itself.
     */
    private void record(TransactionEffect effect, boolean commitsBefore) {
        switch (effect) {
            case BEGINS -> {
                // MySQL's BEGIN commits the transaction open before it, as its schema changes do.
                if (!dialect.capabilities().transactionalDdl()) {
                    committed.addAll(mayHaveCommitted);
                    mayHaveCommitted.clear();
                    committed.addAll(uncommitted.subList(0, uncommitted.size() - 1));
                    uncommitted.subList(0, uncommitted.size() - 1).clear();
                }
                ownTransaction = outsideTransaction;
            }
            case COMMITS -> commitWhatRan();
            case ROLLS_BACK -> {
                // Undone by the revision itself: neither applied nor rolled back by the failure.
                uncommitted.clear();
                ownTransaction = false;
            }
            default -> {
                if (commitsBefore || !inTransaction()) {
                    commitWhatRan();
                }
            }
        }
    }

    private boolean inTransaction() {
        return !outsideTransaction || ownTransaction;
    }

    private void commitWhatRan() {
        committed.addAll(mayHaveCommitted);
        mayHaveCommitted.clear();
        committed.addAll(uncommitted);
        uncommitted.clear();
        ownTransaction = false;
    }

    private void mayHaveCommittedWhatRan() {
        mayHaveCommitted.addAll(uncommitted);
        uncommitted.clear();
    }

    /**
     * Releases the table locks the revision's {@code LOCK TABLES} left ({@code UNLOCK TABLES}), so that the
     * version row can be written after it; that commits what ran since the last commit, as the database tells
     * where it can. A run that dies before the version row is committed leaves the revision's record, which the
     * schema change that locked the tables committed.
     */
    void releaseTableLocks() {
        Optional<String> unlock = dialect.unlockTables();
        if (!tablesLocked || unlock.isEmpty()) {
            return;
        }
        sink.execute(BoundSql.of(unlock.get()));
        tablesLocked = false;
        if (committed(() -> true)) {
            commitWhatRan();
        }
    }

    /**
     * Sets the session's character sets back to the connection's own after a revision that set them (as
     * {@code SET NAMES latin1} does), so that the revisions after it send and read text as the driver encodes
     * it, as they would in a run of their own.
     */
    void restoreCharacterSet() {
        Optional<String> restore = dialect.restoreCharacterSet();
        if (characterSetChanged && restore.isPresent()) {
            sink.execute(BoundSql.of(restore.get()));
            characterSetChanged = false;
        }
    }

    /**
     * After a failed revision was rolled back, releases the table locks it left, which then commits nothing, so
     * that the version table and the revision's record can be read for the message.
     */
    void releaseTableLocksAfterRollback() {
        Optional<String> unlock = dialect.unlockTables();
        if (!tablesLocked || unlock.isEmpty() || !sink.isOnline()) {
            return;
        }
        try {
            sink.execute(BoundSql.of(unlock.get()));
        } catch (DatabaseError e) {
            // The connection is gone, and its locks with it.
        }
        tablesLocked = false;
    }

    /**
     * After a failure outside the run's transaction, rolls back the transaction the revision's statements may
     * have left open (a section's own {@code BEGIN}): what ran in it is undone, and the session can read the
     * version table again (PostgreSQL refuses every statement in a transaction that failed until it ends).
     */
    void rollBackOwnTransaction() {
        if (!outsideTransaction || !sink.isOnline()) {
            return;
        }
        try {
            sink.execute(BoundSql.of("ROLLBACK"));
        } catch (DatabaseError e) {
            // No transaction was open (SQLite says so with an error): there was nothing to roll back.
        }
        ownTransaction = false;
    }

    /**
     * Commits the transaction so that what follows runs on its own, as {@code op.autocommitBlock} and a SQL
     * section marked {@code transaction=false} ask.
     */
    void suspendTransaction() {
        beforeCommit.run();
        sink.suspendTransaction();
        commitWhatRan();
        leftTransaction = true;
        outsideTransaction = true;
    }

    /** Opens a transaction again after {@link #suspendTransaction()}. */
    void resumeTransaction() {
        sink.resumeTransaction();
        outsideTransaction = false;
        // A transaction of the revision's own still open goes on as the run's.
        ownTransaction = false;
    }

    /** Whether part of the revision ran outside the run's transaction, so a rollback cannot undo all of it. */
    boolean leftTransaction() {
        return leftTransaction;
    }

    /**
     * The statements a rollback cannot undo: those run outside the transaction and those before the end of such a
     * part, and where schema changes commit by themselves, those up to the last one that did.
     */
    List<String> committed() {
        return List.copyOf(committed);
    }

    /**
     * The statements after those {@link #committed()} up to the last one that ran statements of its own
     * ({@code CALL}, {@code BEGIN NOT ATOMIC}) while a transaction was open: any of those it ran may have
     * committed them, and the database cannot tell.
     */
    List<String> mayHaveCommitted() {
        return List.copyOf(mayHaveCommitted);
    }

    /** The statements that ran since the last commit, which the rollback after a failure undoes. */
    List<String> uncommitted() {
        return List.copyOf(uncommitted);
    }

    /** The revision was given the connection, to run statements this log does not see. */
    void connectionHandedOut() {
        connectionHandedOut = true;
    }

    /** The statement that may have moved the session to another database, or what the connection ran. */
    Optional<String> databaseChange() {
        return databaseChange != null ? Optional.of(databaseChange)
                : connectionHandedOut ? Optional.of(StatementFailedException.JAVA_CODE) : Optional.empty();
    }

    boolean connectionWasHandedOut() {
        return connectionHandedOut;
    }

    List<String> applied() {
        return List.copyOf(applied);
    }

    String failedLocation() {
        return failedLocation;
    }
}
