package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.environment.EnvironmentLoader;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.revision.MigrationStep;
import dev.retort.revision.EmptySymbolException;
import dev.retort.revision.RangeNotAncestorException;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.UnknownRevisionException;
import dev.retort.revision.VersionStep;
import dev.retort.runtime.DatabaseSession;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationLoader;
import dev.retort.runtime.MigrationException;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.RunProgress;
import dev.retort.runtime.RunSettings;
import dev.retort.runtime.ScriptSink;
import dev.retort.runtime.SqlSink;
import dev.retort.runtime.UnfinishedRevision;
import dev.retort.runtime.VersionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The commands that read or change a database: {@code upgrade}, {@code downgrade}, {@code stamp},
 * {@code ensure-version} (online, or rendered as a script with {@code --sql}) and {@code current}.
 * Migrating commands take the migration lock for their whole run and create the version table if it is
 * missing; {@code current} and the other readers never create it.
 */
public final class MigrationCommands {
    private final ScriptCatalog catalog;
    private final LoadedEnvironment environment;
    private final MigrationLoader loader;
    private final MigrationListener listener;

    /** The commands on the environment's configuration alone, without its hook. */
    public MigrationCommands(ScriptCatalog catalog, MigrationLoader loader, MigrationListener listener) {
        this(catalog, LoadedEnvironment.withoutHook(catalog.config()), loader, listener);
    }

    /** The commands with the environment's hook: its connection and its callbacks around each revision. */
    public MigrationCommands(ScriptCatalog catalog, LoadedEnvironment environment, MigrationLoader loader,
            MigrationListener listener) {
        this.catalog = catalog;
        this.environment = environment;
        this.loader = loader;
        this.listener = listener;
    }

    /** {@code upgrade TARGET}: runs every revision up to the target (usually {@code head} or {@code heads}). */
    public RunResult upgrade(String target, Optional<String> tag) {
        checkOnline(target);
        return online(rows -> catalog.graph().upgradeSteps(target, rows), tag);
    }

    /** {@code downgrade TARGET}: reverts down to the target ({@code -1}, a revision, {@code base}). */
    public RunResult downgrade(String target, Optional<String> tag) {
        checkOnline(target);
        Set<String> warned = new HashSet<>();
        return online(rows -> {
            ambiguousStepDown(target, rows).filter(warned::add).ifPresent(listener::warning);
            return catalog.graph().downgradeSteps(target, rows);
        }, tag);
    }

    /**
     * {@code downgrade -N} from several current revisions steps down from the first row, as Alembic 1.8 does, with
     * its warning (later Alembic releases refuse it): the first the database returns, as Alembic takes it, which
     * may differ from one database to another.
     */
    private static Optional<String> ambiguousStepDown(String target, List<String> rows) {
        if (!target.matches("-\\d+") || rows.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("downgrade " + target + " from several current revisions (" + String.join(", ", rows)
                + ") is ambiguous: it steps down from " + rows.get(0) + ", the first row of the version table; name"
                + " the branch ('<branchname>@" + target + "') or the revision ('" + rows.get(0) + target + "')");
    }

    /** {@code stamp REVS...}: moves the version table without running revisions. */
    public RunResult stamp(List<String> destinations, boolean purge) {
        destinations.forEach(MigrationCommands::checkOnline);
        return withLockedSession(session -> {
            // --purge ignores the rows, so that it also mends a version table whose rows cannot be read.
            List<String> rows = purge ? session.rowsIfReadable().orElse(List.of()) : session.rows();
            List<VersionStep> steps = new ArrayList<>(catalog.graph().stampSteps(destinations, rows, purge));
            Runnable before = () -> {
                session.ensureVersionTable();
                if (purge) {
                    session.sink().execute(dev.retort.runtime.BoundSql.of("DELETE FROM "
                            + session.versionTable().qualifiedName()));
                }
            };
            List<String> start = purge ? List.of() : rows;
            // A stamp says where the database is: it clears the record of a revision a run left unfinished.
            session.progress().exists(session.connection());
            List<String> after = migrator(session.url().dialect(), session.dialect(), session.sink(),
                    session.versionTable(), session.progress(), Optional.empty(), session::rowsIfReadable)
                    .run(steps, start, before);
            return new RunResult(steps, rows, after);
        });
    }

    /** {@code ensure-version}: creates the version table if it is missing. */
    public boolean ensureVersion() {
        return withLockedSession(session -> {
            session.sink().begin();
            boolean created = session.ensureVersionTable();
            session.sink().commit();
            return created;
        });
    }

    /** {@code upgrade START:END --sql} (START optional, base by default): the script of the upgrade. */
    public RunResult upgradeSql(String range, Optional<String> tag, Appendable out) {
        OfflineRange parsed = OfflineRange.parse(range, "base", "head");
        List<String> start = startingRows(parsed.start());
        List<MigrationStep> steps = catalog.graph().upgradeSteps(parsed.end(), start);
        if (steps.isEmpty()) {
            refuseBackwards(range, parsed, start);
        }
        return offline(steps, start, tag, out);
    }

    /** An upgrade script whose END is below its START would be empty: a mistake, not a script to write. */
    private void refuseBackwards(String range, OfflineRange parsed, List<String> start) {
        List<String> end = catalog.graph().resolve(parsed.end());
        if (start.isEmpty() || Set.copyOf(start).equals(Set.copyOf(end))) {
            return;
        }
        try {
            catalog.graph().walkBetween(end, start);
        } catch (RangeNotAncestorException notBelow) {
            return;
        }
        throw new CommandException("Requested range " + range + " runs backwards: " + parsed.end() + " is below "
                + parsed.start() + ", so the upgrade would run nothing; for the script of that downgrade use"
                + " 'downgrade " + range + " --sql'");
    }

    /** {@code downgrade START:END --sql}: the script of the downgrade; the range is required. */
    public RunResult downgradeSql(String range, Optional<String> tag, Appendable out) {
        if (!range.contains(":")) {
            throw new CommandException("downgrade with --sql requires <fromrev>:<torev>");
        }
        OfflineRange parsed = OfflineRange.parse(range, null, "base");
        List<String> start = startingRows(parsed.start());
        return offline(catalog.graph().downgradeSteps(parsed.end(), start), start, tag, out);
    }

    /** {@code stamp [START:]REV... --sql}: the version statements of the stamp. */
    public RunResult stampSql(List<String> destinations, boolean purge, Appendable out) {
        if (purge) {
            throw new CommandException("Can't use --purge with --sql mode");
        }
        List<String> start = List.of();
        String startSymbol = null;
        List<String> targets = new ArrayList<>();
        for (String destination : destinations) {
            if (destination.contains(":")) {
                OfflineRange parsed = OfflineRange.parse(destination, null, "head");
                // As Alembic: the script assumes one set of starting rows, so every START must be the same.
                if (startSymbol != null && !startSymbol.equals(parsed.start())) {
                    throw new CommandException(
                            "Stamp operation with --sql only supports a single starting revision at a time");
                }
                startSymbol = parsed.start();
                start = startingRows(parsed.start());
                targets.add(parsed.end());
            } else {
                EmptySymbolException.check(destination);
                targets.add(destination);
            }
        }
        List<VersionStep> steps = new ArrayList<>(catalog.graph().stampSteps(targets, start, false));
        return offline(steps, start, Optional.empty(), out);
    }

    /**
     * The version rows an offline script starts from: as Alembic, START names one revision (or base), so
     * {@code heads} of a graph with several is refused with the message for several heads.
     */
    private List<String> startingRows(String start) {
        return catalog.graph().resolveOneOrBase(start).stream().toList();
    }

    /** {@code ensure-version --sql}: the {@code CREATE TABLE} of the version table. */
    public void ensureVersionSql(Appendable out) {
        Dialect dialect = dialect(environment.offlineUrl());
        ScriptSink sink = new ScriptSink(out, dialect);
        sink.begin();
        sink.execute(dev.retort.runtime.BoundSql.of(versionTable(dialect).createSql()));
        sink.commit();
    }

    /** {@code current}: what the database is at. Never creates the version table. */
    public CurrentResult current() {
        RetortConfig config = catalog.config();
        try (DatabaseSession session = DatabaseSession.open(environment.database(), config.versionTable(),
                config.versionTableSchema(), config.settings(), listener::waitingForLock)) {
            List<String> rows = session.rows();
            List<String> ids = catalog.graph().currentRevisions(rows);
            // A record while a run holds the lock is that run's revision in progress, not one left behind.
            return new CurrentResult(environment.database().shownUrl(), rows, catalog.views(ids),
                    unfinished(session, rows).filter(record -> !session.lockHeldElsewhere())
                            .map(record -> record.warning(catalog.graph(), rows)));
        }
    }

    /**
     * {@code current --check-heads}: fails unless the database is at every head. Unlike Alembic, an
     * effective head that another applied head depends on counts as reached.
     */
    public CurrentResult checkHeads() {
        CurrentResult current = current();
        if (!catalog.graph().upgradeSteps("heads", current.rows()).isEmpty()) {
            throw new CommandException("Database is not on all head revisions");
        }
        return current;
    }

    /**
     * {@code history -i} and {@code history -r current:...}: the history with the database's revisions
     * marked {@code (current)}; {@code current} in the range stands for the version rows. A row no revision
     * has stops a range from or to {@code current}; otherwise it is told as a warning.
     */
    public List<RevisionView> historyWithCurrent(HistoryRange range) {
        List<String> rows = currentRows();
        RevisionGraph graph = catalog.graph();
        boolean fromCurrent = range.lower().equals(HistoryRange.CURRENT);
        boolean toCurrent = range.upper().equals(HistoryRange.CURRENT);
        if (fromCurrent || toCurrent) {
            graph.checkVersionRows(rows);
        } else {
            // As Alembic, -i lists the history whatever the rows hold, marking the revisions it knows.
            try {
                graph.checkVersionRows(rows);
            } catch (UnknownRevisionException e) {
                listener.warning(e.getMessage());
            }
        }
        // As Alembic: the other end keeps its symbol, relative ends included (current:+1, -1:current).
        // current:current on a database at base is the empty range base:base.
        List<Revision> walked = fromCurrent && toCurrent ? (rows.isEmpty() ? List.of() : graph.walkBetween(rows, rows))
                : fromCurrent ? graph.walkAbove(rows, range.upperOrHeads())
                : toCurrent ? graph.walkBelow(range.lowerOrBase(), rows)
                : graph.walk(range.lower(), range.upper());
        List<String> ids = walked.stream().map(Revision::id).toList();
        return catalog.views(ids).stream().map(view -> view.withCurrent(rows.contains(view.id()))).toList();
    }

    /**
     * {@code show current}: the revisions of the version rows, in full, as {@code show} shows any revision
     * (Alembic marks nothing {@code (current)} here, and shows no revision a row only depends on).
     */
    public List<RevisionView> showCurrent() {
        List<String> rows = currentRows();
        catalog.graph().checkVersionRows(rows);
        return catalog.views(rows);
    }

    /**
     * {@code edit current}: the file of the revision the version table holds; as Alembic, {@code No current
     * revisions} on an empty table.
     */
    public List<Path> currentFilesToEdit() {
        List<String> rows = currentRows();
        if (rows.isEmpty()) {
            throw new CommandException("No current revisions");
        }
        catalog.graph().checkVersionRows(rows);
        return GraphCommands.filesOf(catalog, rows);
    }

    /** The version rows, read without locking and without creating the table. */
    public List<String> currentRows() {
        RetortConfig config = catalog.config();
        try (DatabaseSession session = DatabaseSession.open(environment.database(), config.versionTable(),
                config.versionTableSchema(), config.settings(), listener::waitingForLock)) {
            return session.rows();
        }
    }

    /**
     * Runs the plan under the migration lock, unless the version rows, read before locking, already are
     * where the plan leads: then there is nothing to do whatever other runs are doing, and the run ends
     * without waiting for the lock, creating anything or loading a revision. Otherwise the rows are read
     * again once the lock is held.
     */
    private RunResult online(java.util.function.Function<List<String>, List<MigrationStep>> plan,
            Optional<String> tag) {
        RetortConfig config = catalog.config();
        try (DatabaseSession session = DatabaseSession.open(environment.database(), config.versionTable(),
                config.versionTableSchema(), config.settings(), listener::waitingForLock)) {
            Optional<List<String>> reached = session.rowsUnlessBusy().flatMap(rows -> alreadyReached(rows, plan));
            // A revision left unfinished may be one another run is in the middle of: the lock tells them apart.
            if (reached.isPresent() && unfinished(session, reached.get()).isEmpty()) {
                return new RunResult(List.of(), reached.get(), reached.get());
            }
            session.lock(listener::waitingForLock);
            List<String> rows = session.rows();
            refuseRepeatedRows(rows);
            Optional<UnfinishedRevision> unfinished = unfinished(session, rows);
            if (unfinished.isPresent()) {
                throw unfinished.get().refusal(catalog.graph(), rows);
            }
            List<VersionStep> steps = new ArrayList<>(plan.apply(rows));
            List<String> after = migrator(session.url().dialect(), session.dialect(), session.sink(),
                    session.versionTable(), session.progress(), tag, session::rowsIfReadable)
                    .run(steps, rows, session::ensureVersionTable);
            return new RunResult(steps, rows, after);
        }
    }

    /**
     * Refuses a version table that holds a revision twice (one without a primary key, written to by two runs at
     * once): each step's update of that row would match two rows and fail after the revision ran.
     */
    private static void refuseRepeatedRows(List<String> rows) {
        Set<String> distinct = new LinkedHashSet<>(rows);
        if (distinct.size() == rows.size()) {
            return;
        }
        List<String> repeated = distinct.stream().filter(row -> rows.indexOf(row) != rows.lastIndexOf(row)).toList();
        throw new MigrationException("The version table holds " + String.join(", ", repeated) + " more than once,"
                + " where one row stands for a revision; nothing was run. Set it right with 'stamp --purge "
                + String.join(" ", distinct) + "', and give the table a primary key on version_num (retort creates"
                + " one) so that it cannot happen again.");
    }

    private Optional<UnfinishedRevision> unfinished(DatabaseSession session, List<String> rows) {
        return session.unfinished(catalog.graph(), rows);
    }

    /** The rows, when the version table exists and the plan has no step from them. */
    private static Optional<List<String>> alreadyReached(List<String> rows,
            java.util.function.Function<List<String>, List<MigrationStep>> plan) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return plan.apply(rows).isEmpty() ? Optional.of(rows) : Optional.empty();
        } catch (RetortException e) {
            // Rows another run is changing may not plan; the locked run plans again and reports.
            return Optional.empty();
        }
    }

    private RunResult offline(List<? extends VersionStep> steps, List<String> start, Optional<String> tag,
            Appendable out) {
        Dialect dialect = dialect(environment.offlineUrl());
        VersionTable table = versionTable(dialect);
        SqlSink sink = new ScriptSink(out, dialect);
        Runnable before = () -> {
            // As Alembic, the table is created only by a script that has a step to record.
            if (start.isEmpty() && !steps.isEmpty()) {
                sink.execute(dev.retort.runtime.BoundSql.of(table.createSql()));
            }
        };
        List<String> after = migrator(environment.offlineUrl().dialect(), dialect, sink, table, RunProgress.NONE,
                tag, Optional::empty).run(steps, start, before);
        return new RunResult(new ArrayList<>(steps), start, after);
    }

    /** {@code dialectName} is the URL's, which revisions see, and {@code dialect} the SQL the database speaks. */
    private Migrator migrator(String dialectName, Dialect dialect, SqlSink sink, VersionTable table,
            RunProgress progress, Optional<String> tag, Supplier<Optional<List<String>>> rowsAfterFailure) {
        RetortConfig config = catalog.config();
        RunSettings settings = new RunSettings(config.transactionPerMigration(), tag, loader, listener,
                config.xArguments(), environment.hook(),
                config.scriptLocation().resolve(EnvironmentLoader.FILE_NAME).toString());
        return new Migrator(catalog.directory(), catalog.graph(), dialectName, dialect, sink, table, progress,
                settings, rowsAfterFailure);
    }

    private <T> T withLockedSession(java.util.function.Function<DatabaseSession, T> work) {
        RetortConfig config = catalog.config();
        try (DatabaseSession session = DatabaseSession.open(environment.database(), config.versionTable(),
                config.versionTableSchema(), config.settings(), listener::waitingForLock)) {
            session.lock(listener::waitingForLock);
            return work.apply(session);
        }
    }

    private VersionTable versionTable(Dialect dialect) {
        return new VersionTable(dialect, catalog.config().versionTable(), catalog.config().versionTableSchema());
    }

    private static Dialect dialect(DatabaseUrl url) {
        return Dialects.named(url.dialect());
    }

    /** A revision argument of an online run, checked before connecting: one revision, not empty, no range. */
    private static void checkOnline(String target) {
        EmptySymbolException.check(target);
        if (target.contains(":")) {
            throw new CommandException("Range revision not allowed: a range START:END is for a script (--sql);"
                    + " online, name the one revision to go to");
        }
    }

    /**
     * {@code START:END} of an offline run, both ends checked before anything is read: an empty START means
     * {@code defaultStart}, an empty END is refused ({@code exampleEnd} shows what to write).
     */
    private record OfflineRange(String start, String end) {
        static OfflineRange parse(String text, String defaultStart, String exampleEnd) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                EmptySymbolException.check(text);
                return new OfflineRange(defaultStart, text);
            }
            String start = text.substring(0, colon);
            String end = text.substring(colon + 1);
            if (end.isBlank()) {
                throw new CommandException("Requested range " + text + " has no end revision after the ':'; give"
                        + " one, e.g. '" + start + ":" + exampleEnd + "'");
            }
            if (!start.isEmpty()) {
                EmptySymbolException.check(start);
            }
            EmptySymbolException.check(end);
            return new OfflineRange(start.isEmpty() ? "base" : start, end);
        }
    }
}
