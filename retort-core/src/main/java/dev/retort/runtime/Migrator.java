package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.api.Migration;
import dev.retort.compile.CompileException;
import dev.retort.compile.CompilingMigrations;
import dev.retort.compile.SourceLines;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.hook.RevisionEvent;
import dev.retort.revision.MigrationStep;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Transition;
import dev.retort.revision.VersionChange;
import dev.retort.revision.VersionHeads;
import dev.retort.revision.VersionStep;
import dev.retort.runtime.StatementFailedException.Aftermath;
import dev.retort.script.RevisionFileParser;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.SqlRevisionBody;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs steps against a {@link SqlSink}: each revision's statements, then the version table statements
 * that record it, in one transaction per run or per revision. A failure rolls back what the database can
 * roll back and reports what it could not.
 *
 * <p>Online, on a database whose schema changes commit by themselves (MySQL, MariaDB), each revision is
 * committed with the version-table change that records it, whatever {@code transaction_per_migration}
 * says: in one transaction for the run, the next revision's first schema change would commit the record
 * of the one before anyway, and a run that dies in between would leave a revision applied but not
 * recorded. Scripts keep Alembic's form.
 */
public final class Migrator {
    private final ScriptDirectory scripts;
    private final RevisionGraph graph;
    private final Dialect dialect;
    private final SqlSink sink;
    private final VersionTable versionTable;
    private final RunProgress progress;
    private final RunSettings settings;
    private final Supplier<Optional<List<String>>> rowsAfterFailure;
    private final JavaRevisionRunner javaRunner;
    private final SessionDatabase sessionDatabase;
    /** Whether the step that just ran left the run's transaction (op.autocommitBlock, transaction=false). */
    private boolean stepLeftTransaction;
    /** The last step of a run in one transaction that was committed early, having left the transaction. */
    private Optional<String> committedThrough = Optional.empty();
    /** Steps of a run in one transaction done since its last commit: a failure rolls them back too. */
    private int doneSinceCommit;
    /** The run's Java revisions, some perhaps still being compiled. */
    private CompilingMigrations compiling = CompilingMigrations.compiled(Map.of());

    public Migrator(ScriptDirectory scripts, RevisionGraph graph, String dialectName, Dialect dialect, SqlSink sink,
            VersionTable versionTable, RunProgress progress, RunSettings settings,
            Supplier<Optional<List<String>>> rowsAfterFailure) {
        this.scripts = scripts;
        this.graph = graph;
        this.dialect = dialect;
        this.sink = sink;
        this.versionTable = versionTable;
        this.progress = progress;
        this.settings = settings;
        this.rowsAfterFailure = rowsAfterFailure;
        DdlCompiler compiler = DdlCompilers.forDialect(dialect);
        this.javaRunner = new JavaRevisionRunner(compiler, new LiveTables(sink, dialect), sink.connection(),
                dialectName, settings);
        this.sessionDatabase = SessionDatabase.of(dialect.name(), sink, versionTable);
    }

    /**
     * Runs {@code steps} from the version table {@code rows}; {@code before} runs first inside the run's
     * transaction (creating the version table). Returns the rows after the last step.
     */
    public List<String> run(List<? extends VersionStep> steps, List<String> rows, Runnable before) {
        boolean online = sink.isOnline();
        // Where a rollback undoes the schema changes and the run's thread mostly waits for a server, the run
        // starts while javac still compiles, and waits for every revision to compile before it commits anything.
        // SQLite runs in this process: there javac and the run would share the two cores (measured slower).
        compiling = online && dialect.capabilities().transactionalDdl() && !dialect.name().equals("sqlite")
                ? settings.loader().loadCompilingInBackground(javaScripts(steps))
                : CompilingMigrations.compiled(settings.loader().load(javaScripts(steps)));
        Map<String, Migration> migrations = compiling.migrations();
        Map<MigrationStep, SqlRevisionRunner.Prepared> sqlSections = sqlSections(steps);
        VersionHeads heads = graph.versionHeads(rows);
        boolean perRun = !settings.transactionPerMigration() && (!online || dialect.capabilities().transactionalDdl());
        // A script writes each revision in its own BEGIN; ... COMMIT; (the version table's CREATE in the first, as
        // Alembic does); online, one transaction goes on from revision to revision, committed after each.
        boolean scriptPerRevision = !perRun && !online;
        // Hook callbacks compile operations between revisions, so revisions are not compiled ahead of them.
        StatementsAhead ahead = online && settings.hook() == RunSettings.NO_HOOK
                ? StatementsAhead.start(steps, migrations, step -> scriptOf(step.id()).path().toString(), javaRunner)
                : StatementsAhead.NONE;
        try {
            if (!scriptPerRevision) {
                sink.begin();
                before.run();
            }
            if (steps.stream().anyMatch(MigrationStep.class::isInstance)) {
                progress.prepare(sink);
            }
            for (VersionStep step : steps) {
                if (online) {
                    RunInterruption.enter(step.shortLog());
                } else {
                    RunInterruption.writingToScript(step.shortLog());
                }
                try {
                    settings.listener().running(step, progressLine(step));
                    if (scriptPerRevision) {
                        sink.begin();
                        if (step == steps.get(0)) {
                            before.run();
                        }
                    }
                    sink.comment("Running " + step.shortLog());
                    if (step instanceof MigrationStep migration) {
                        progress.starting(sink, migration);
                    }
                    heads = runStep(step, heads, migrations, sqlSections, ahead);
                    if (perRun && online) {
                        doneSinceCommit++;
                    }
                    if (scriptPerRevision) {
                        sink.commit();
                    } else if (!perRun || (online && stepLeftTransaction)) {
                        // A revision that ran statements outside the transaction has committed what came before
                        // them; its version row is committed with the rest of it, so that a later failure leaves
                        // the version table matching the schema.
                        awaitCompiled();
                        commit(sink::commitAndContinue, step.shortLog());
                        flushAfterCommit();
                        doneSinceCommit = 0;
                        if (perRun) {
                            committedThrough = Optional.of(step.shortLog());
                        }
                    } else if (online && RunInterruption.stopRequested()) {
                        // Asked to stop: what the run applied so far is committed with its version rows, as it
                        // would be with a transaction per revision, so that finishing the revision was not in vain.
                        awaitCompiled();
                        commit(sink::commitAndContinue, step.shortLog());
                        flushAfterCommit();
                        doneSinceCommit = 0;
                        committedThrough = Optional.of(step.shortLog());
                    }
                    if (online && RunInterruption.stopRequested()) {
                        // The process ends once this committed revision is left: its record goes, as at a run's end,
                        // committed where schema changes roll back (the run's transaction goes on, for its end).
                        dropProgressQuietly();
                        commitQuietly(sink::commitAndContinue);
                    }
                } finally {
                    if (online) {
                        RunInterruption.leave();
                    } else {
                        RunInterruption.writingToScript(null);
                    }
                }
            }
        } finally {
            ahead.stop();
            compiling.stop();
        }
        if (!scriptPerRevision) {
            awaitCompiled();
            progress.finished(sink);
            commit(sink::commit, perRun ? "the run" : "the run's last revision");
            flushAfterCommit();
        }
        return heads.rows();
    }

    /**
     * Waits until every Java revision of the run is compiled; when one does not compile, the run is rolled back
     * and fails as it would have failed before its start.
     */
    private void awaitCompiled() {
        try {
            compiling.awaitCompiled();
        } catch (CompileException e) {
            throw rolledBack(e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** A revision of the run that did not compile, or whose classes are not a revision, once the run is undone. */
    private MigrationException rolledBack(CompileException e) {
        rollbackQuietly();
        return new MigrationException(e.getMessage() + "\nNothing of this run was applied: it was rolled back.", e);
    }

    /** A commit that fails (a deferred constraint, a lost connection) names what it was committing. */
    private void commit(Runnable commit, String what) {
        try {
            commit.run();
        } catch (DatabaseError e) {
            rollbackQuietly();
            throw new MigrationException("Committing " + what + " failed: " + e.getMessage().strip() + "\n"
                    + (e.connectionLost() ? "The connection was lost, so whether the commit took effect is unknown;"
                            + " run 'retort current' to see what the version table holds."
                            : "The transaction was rolled back: nothing of it was applied."), e);
        }
    }

    /**
     * Online, makes what was just committed durable where a commit alone is not (H2). A user without the
     * right to flush still migrates, as durably as the database makes it.
     */
    private void flushAfterCommit() {
        if (!sink.isOnline()) {
            return;
        }
        dialect.flushAfterCommit().ifPresent(flush -> {
            try {
                sink.execute(BoundSql.of(flush));
            } catch (DatabaseError e) {
                // Not allowed for this user: the commit stands; only its durability is the database's default.
            }
        });
    }

    private VersionHeads runStep(VersionStep step, VersionHeads heads, Map<String, Migration> migrations,
            Map<MigrationStep, SqlRevisionRunner.Prepared> sqlSections, StatementsAhead ahead) {
        StatementLog log = new StatementLog(sink, dialect, () -> {
            awaitCompiled();
            progress.leavingTransaction(sink);
        });
        stepLeftTransaction = false;
        boolean[] transactional = {true};
        try {
            runCallback(step, settings.hook()::beforeRevision, log);
            if (step instanceof MigrationStep migration) {
                runBody(migration, log, migrations, sqlSections, transactional, ahead);
            }
            Optional<String> databaseChange = log.databaseChange();
            if (databaseChange.isPresent()) {
                try {
                    sessionDatabase.requireUnchanged();
                } catch (VersionTableException e) {
                    throw failure(step, log, e.getMessage(), databaseChange.get(), transactional[0], e);
                }
            }
            // A LOCK TABLES the revision left in force would keep the version row from being written.
            log.releaseTableLocks();
            log.restoreCharacterSet();
            Transition transition = heads.apply(step);
            for (VersionChange change : transition.changes()) {
                try {
                    versionTable.apply(sink, change);
                } catch (VersionTableException e) {
                    // What the revision ran may have committed by itself (MySQL, MariaDB, H2): reported as any failure.
                    throw failure(step, log, e.getMessage(), versionTable.statement(change).literal(),
                            transactional[0], e);
                }
            }
            runCallback(step, settings.hook()::afterRevision, log);
            stepLeftTransaction = log.leftTransaction();
            return transition.heads();
        } catch (DatabaseError e) {
            throw failure(step, log, e.getMessage(), e.statement().literal(), transactional[0], e);
        } catch (MigrationException e) {
            rollbackQuietly();
            throw e;
        } catch (CompileException e) {
            // Compiled while the run went on, a revision that did not compile fails the whole run.
            throw rolledBack(e);
        } catch (RevisionCodeException e) {
            String message = e.getCause() instanceof RetortException refused ? refused.getMessage()
                    : withCauses(e.getCause());
            throw failure(step, log, message, StatementFailedException.JAVA_CODE, transactional[0], e);
        } catch (RetortException e) {
            throw failure(step, log, e.getMessage(), StatementFailedException.JAVA_CODE, transactional[0], e);
        } catch (RuntimeException e) {
            throw failure(step, log, withCauses(e), StatementFailedException.JAVA_CODE, transactional[0], e);
        }
    }

    /**
     * What the revision's code threw, with the exceptions it wraps ({@code throw new RuntimeException("...", e)}
     * around a {@code SQLException}, say), each unless the message before it already quotes it.
     */
    static String withCauses(Throwable thrown) {
        StringBuilder text = new StringBuilder(thrown.toString());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(thrown);
        for (Throwable cause = thrown.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            String described = cause.toString();
            if (!text.toString().contains(described)) {
                text.append("\n  caused by ").append(described);
            }
        }
        return text.toString();
    }

    private void runBody(MigrationStep step, StatementLog log, Map<String, Migration> migrations,
            Map<MigrationStep, SqlRevisionRunner.Prepared> sqlSections, boolean[] transactional,
            StatementsAhead ahead) {
        RevisionScript script = scriptOf(step.id());
        if (script.format() == RevisionFormat.JAVA) {
            Optional<List<LocatedStatement>> prepared = ahead.take(step);
            if (prepared.isPresent()) {
                javaRunner.runPrepared(prepared.get(), log, script.path().toString());
            } else {
                javaRunner.run(migrations.get(step.id()), step.isUpgrade(), log, script.path().toString());
            }
            return;
        }
        SqlRevisionRunner.run(script, sqlSections.get(step), log, transactional);
    }

    /**
     * Every SQL revision of the run split, so that one that cannot be stops the run before it starts. The
     * sections (as read with the revisions, or read now for a large file) are split in parallel; when several
     * cannot be, all of them are reported, in the run's order.
     */
    private Map<MigrationStep, SqlRevisionRunner.Prepared> sqlSections(List<? extends VersionStep> steps) {
        List<MigrationStep> sqlSteps = new ArrayList<>();
        for (VersionStep step : steps) {
            if (step instanceof MigrationStep migration && scriptOf(migration.id()).format() == RevisionFormat.SQL) {
                sqlSteps.add(migration);
            }
        }
        List<Preparation> preparations = sqlSteps.parallelStream()
                .map(step -> Preparation.of(scriptOf(step.id()), sqlBodyOf(step.id()), step.isUpgrade(), dialect))
                .collect(Collectors.toList());
        List<RuntimeException> failures = preparations.stream().map(Preparation::failure).filter(Objects::nonNull)
                .toList();
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw new MigrationException(failures.size() + " SQL revisions cannot be run:" + failures.stream()
                    .map(failure -> "\n  " + failure.getMessage().strip().replace("\n", "\n    "))
                    .collect(Collectors.joining()) + "\nNothing was run.", failures.get(0));
        }
        Map<MigrationStep, SqlRevisionRunner.Prepared> sections = new IdentityHashMap<>();
        for (int i = 0; i < sqlSteps.size(); i++) {
            sections.put(sqlSteps.get(i), preparations.get(i).prepared());
        }
        return sections;
    }

    /** One SQL section read and split, or why it could not be. */
    private record Preparation(SqlRevisionRunner.Prepared section, RuntimeException failure) {
        static Preparation of(RevisionScript script, Supplier<SqlRevisionBody> body, boolean upgrade,
                Dialect dialect) {
            try {
                return new Preparation(SqlRevisionRunner.prepare(script, body.get(), upgrade, dialect), null);
            } catch (RuntimeException e) {
                return new Preparation(null, e);
            }
        }

        SqlRevisionRunner.Prepared prepared() {
            if (failure != null) {
                throw failure;
            }
            return section;
        }
    }

    /** A callback of the environment hook, its operations run in the step's transaction. */
    private void runCallback(VersionStep step, Consumer<RevisionEvent> callback, StatementLog log) {
        if (settings.hook() == RunSettings.NO_HOOK) {
            return;
        }
        Optional<String> revision = step instanceof MigrationStep migration ? Optional.of(migration.id())
                : Optional.empty();
        String message = revision.map(id -> scriptOf(id).doc()).orElse("");
        // The hook's connection is guarded as a revision's: a commit there would outlive a later failure.
        javaRunner.runHook(op -> callback.accept(new RevisionEvent(revision, step.fromRevisions(),
                step.toRevisions(), step.isUpgrade(), message, op,
                sink.connection().map(raw -> RevisionConnection.deferred(op::connection)))), log, settings.hookFile());
    }

    private StatementFailedException failure(VersionStep step, StatementLog log, String message, String statement,
            boolean transactional, RuntimeException cause) {
        log.rollBackOwnTransaction();
        rollbackQuietly();
        log.releaseTableLocksAfterRollback();
        String id = step instanceof MigrationStep migration ? migration.id() : step.shortLog();
        String location = log.failedLocation() == null || log.failedLocation().isEmpty()
                ? codeLocation(step, cause)
                : log.failedLocation();
        // Where the revision's first statement itself failed, or only statements that set up the session ran
        // before it, the database applied none of it (unless the connection went while it ran).
        boolean lastingRan = log.applied().stream().anyMatch(sql -> !dialect.changesSessionOnly(sql));
        boolean nothingRan = !lastingRan && !log.connectionWasHandedOut()
                && !(cause instanceof DatabaseError error && error.connectionLost());
        // A stamp runs version-table statements only (unless hooks ran more), which roll back on every database.
        boolean onlyVersionRows = !(step instanceof MigrationStep) && log.applied().isEmpty()
                && !log.connectionWasHandedOut();
        Aftermath aftermath = !sink.isOnline() ? Aftermath.SCRIPT_STOPPED
                : onlyVersionRows ? Aftermath.ROLLED_BACK
                : !dialect.capabilities().transactionalDdl()
                        ? nothingRan ? Aftermath.NOTHING_RAN : Aftermath.PARTLY_APPLIED
                : transactional && !log.leftTransaction() ? Aftermath.ROLLED_BACK
                : Aftermath.OUTSIDE_TRANSACTION;
        boolean partlyApplied = aftermath == Aftermath.PARTLY_APPLIED || aftermath == Aftermath.OUTSIDE_TRANSACTION;
        // A schema change that fails commits the transaction before it runs, record included: where it was the
        // revision's first statement and nothing went through op.connection(), nothing of the revision stays.
        boolean somethingRan = lastingRan || log.connectionWasHandedOut();
        boolean recorded = partlyApplied && somethingRan && step instanceof MigrationStep migration
                && committedFor(migration);
        // A stamp writes no record: one there is an earlier run's, which only a stamp that succeeds clears.
        if (progress != RunProgress.NONE && !recorded && sink.isOnline() && step instanceof MigrationStep) {
            clearProgressQuietly();
        }
        // Something committed that the statements' first words do not tell (through op.connection(), or a
        // statement that commits by itself unknown to retort): what ran may all be applied.
        boolean unknownCommit = recorded && log.committed().isEmpty() && log.mayHaveCommitted().isEmpty();
        List<String> applied = unknownCommit ? log.applied() : partlyApplied ? log.committed() : log.applied();
        List<String> mayHaveCommitted = partlyApplied && !unknownCommit ? log.mayHaveCommitted() : List.of();
        List<String> rolledBack = partlyApplied && !unknownCommit ? log.uncommitted() : List.of();
        // After a rollback the rows are worth telling where revisions before this one were committed.
        boolean readsRows = aftermath != Aftermath.SCRIPT_STOPPED && (aftermath != Aftermath.ROLLED_BACK
                || committedThrough.isPresent() || settings.transactionPerMigration());
        Optional<List<String>> rowsNow = readsRows ? rowsAfterFailure.get() : Optional.empty();
        boolean nothingStays = partlyApplied && applied.isEmpty() && mayHaveCommitted.isEmpty()
                && !log.connectionWasHandedOut();
        String remedy = aftermath == Aftermath.ROLLED_BACK ? rolledBackWithIt()
                : nothingStays ? "Nothing of it stays applied: fix it and run the "
                        + (step.isUpgrade() ? "upgrade" : "downgrade") + " again."
                : remedy(step, recorded, rowsNow);
        if (cause instanceof DatabaseError error && error.outsideTransactionOnly()) {
            remedy = (remedy.isEmpty() ? "" : remedy + "\n") + "The statement cannot run in a transaction: in a SQL"
                    + " revision, mark the section '-- retort:" + (step.isUpgrade() ? "upgrade" : "downgrade")
                    + " transaction=false' (its statements then run one by one, each committed; a revision of its own"
                    + " keeps the others in a transaction); in a Java revision, make the call inside"
                    + " op.autocommitBlock(() -> ...).";
        }
        if (cause instanceof DatabaseError error && error.columnStillNamed()) {
            remedy = (remedy.isEmpty() ? "" : remedy + "\n") + "SQLite drops a column in place only where nothing"
                    + " else names it: drop it in op.batchAlterTable(table, batch -> batch.dropColumn(column)), which"
                    + " rebuilds the table without it and without the unnamed keys and checks over it (drop named"
                    + " ones and indexes over it in the same batch; change a view or trigger that names it first).";
        }
        return new StatementFailedException(id, location, message, statement, applied, mayHaveCommitted, rolledBack,
                log.connectionWasHandedOut(), rowsNow, aftermath, remedy, cause);
    }

    /** What a rolled-back run says beyond the failed step: what was committed before, what went with it. */
    private String rolledBackWithIt() {
        List<String> said = new ArrayList<>();
        committedThrough.ifPresent(through -> said.add("The step " + through + " and those before it in this run"
                + " were committed already, as it ran statements outside the transaction; they stay applied."));
        if (doneSinceCommit > 0) {
            said.add("The " + doneSinceCommit + " step(s) this run did before it, in the same transaction, were rolled"
                    + " back with it (transaction_per_migration = true commits each revision as it is done).");
        }
        return String.join("\n", said);
    }

    /**
     * Where Java code failed: the revision file's or the environment hook's line that the failure passed
     * through last, or the line the failure names; the revision file alone when neither is known.
     */
    private String codeLocation(VersionStep step, Throwable failure) {
        if (failure instanceof RevisionCodeException code && code.location().isPresent()) {
            return code.location().get();
        }
        Optional<Path> revision = step instanceof MigrationStep migration
                ? Optional.of(scriptOf(migration.id()).path())
                : Optional.empty();
        OptionalInt revisionLine = revision.map(path -> SourceLines.lineIn(failure, path.getFileName().toString()))
                .orElse(OptionalInt.empty());
        if (revisionLine.isPresent()) {
            return revision.get() + ":" + revisionLine.getAsInt();
        }
        OptionalInt hookLine = SourceLines.lineIn(failure, LocatedStatement.fileNameOf(settings.hookFile()));
        if (hookLine.isPresent()) {
            return settings.hookFile() + ":" + hookLine.getAsInt();
        }
        return revision.map(Path::toString).orElse(StatementFailedException.STAMP);
    }

    /**
     * Where part of a step stays applied: how to go on, by hand, in the step's direction. Where the step is
     * {@code recorded} as unfinished, upgrade and downgrade refuse to run until a stamp, even after it is undone.
     */
    private String remedy(VersionStep step, boolean recorded, Optional<List<String>> rowsNow) {
        String reached = rowsNow.map(rows -> UnfinishedRevision.stampAfter(graph, step, rows))
                .orElse(UnfinishedRevision.stampOf(step.toRevisions()));
        // Undone by hand, the database is where the version rows say: stamping the step's own parents instead
        // would drop the rows of other branches, whose revisions the next run would then apply again.
        String left = UnfinishedRevision.stampOf(rowsNow.orElse(step.fromRevisions()));
        if (recorded) {
            return (step.isUpgrade() ? "Revert what was applied by hand" : "Restore what was reverted by hand")
                    + " and 'stamp " + left + "', then run the " + (step.isUpgrade() ? "upgrade" : "downgrade")
                    + " again; or complete the rest of it by hand and 'stamp " + reached + "'. Until a stamp,"
                    + " upgrade and downgrade refuse to run: " + progress.table() + " records the unfinished"
                    + " revision.";
        }
        return step.isUpgrade()
                ? "Revert what was applied by hand and run the upgrade again, or complete the rest of it by hand and"
                        + " 'stamp " + reached + "'."
                : "Restore what was reverted by hand and run the downgrade again, or complete the rest of it by hand"
                        + " and 'stamp " + reached + "'.";
    }

    /** Whether the record of a failed revision stays, committed with part of it; false where nothing records. */
    private boolean committedFor(MigrationStep step) {
        if (progress == RunProgress.NONE || sink.connection().isEmpty()) {
            return false;
        }
        try {
            return progress.committedFor(sink.connection().get(), step);
        } catch (RuntimeException e) {
            return true; // Unreadable: keep the record, which the next run reports, rather than lose it.
        }
    }

    /** A failed revision of which nothing stays applied leaves no record: the user may simply run again. */
    private void clearProgressQuietly() {
        dropProgressQuietly();
        commitQuietly(sink::commit);
    }

    private static void commitQuietly(Runnable commit) {
        try {
            commit.run();
        } catch (RuntimeException e) {
            // The drop committed by itself where there is a record at all.
        }
    }

    /** Drops the record; one left behind names a finished revision, which the next run passes over. */
    private void dropProgressQuietly() {
        try {
            progress.finished(sink);
        } catch (RuntimeException e) {
            // The failure or the stop is what the user needs to see now.
        }
    }

    private void rollbackQuietly() {
        try {
            sink.rollback();
        } catch (RuntimeException e) {
            // The original failure is what the user needs to see.
        }
    }

    private List<RevisionScript> javaScripts(List<? extends VersionStep> steps) {
        return steps.stream()
                .filter(MigrationStep.class::isInstance)
                .map(step -> scriptOf(((MigrationStep) step).id()))
                .filter(script -> script.format() == RevisionFormat.JAVA)
                .toList();
    }

    private RevisionScript scriptOf(String id) {
        return scripts.script(id).orElseThrow(() -> new MigrationException("No file for revision " + id));
    }

    /** The sections of SQL revision {@code id}: as read with the revisions, or read now for a large file. */
    private Supplier<SqlRevisionBody> sqlBodyOf(String id) {
        return () -> scripts.sqlBody(id).orElseGet(() -> RevisionFileParser.parseSqlBody(scriptOf(id).path()));
    }

    /** Alembic's progress line: {@code Running upgrade a -> b, message}; stamps have no message. */
    public String progressLine(VersionStep step) {
        if (step instanceof MigrationStep migration) {
            return "Running " + step.shortLog() + ", " + scriptOf(migration.id()).doc();
        }
        return "Running " + step.shortLog();
    }
}
