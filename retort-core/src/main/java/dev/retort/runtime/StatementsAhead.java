package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.compile.InterpretedMigration;
import dev.retort.revision.MigrationStep;
import dev.retort.revision.VersionStep;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Records and compiles, on a second thread, the statements of the Java revisions a run applies that only record
 * operations (revisions of operation calls, run without javac), in the run's order and ahead of their turn,
 * while the run's thread executes the revisions before them: on a database server the run's thread then mostly
 * waits for the server. Preparing stops at the first Java revision that must be run in its turn (code javac
 * compiled, which may use the connection; a batch that reads its table from the database; enum types read from
 * it): from there the run's thread does all, as it does without preparing. A revision prepared ahead fails in
 * its turn, with what its recording or compiling threw.
 */
final class StatementsAhead {
    static final StatementsAhead NONE = new StatementsAhead(Map.of());

    private final Map<MigrationStep, CompletableFuture<Optional<List<LocatedStatement>>>> prepared;
    private volatile boolean stopped;
    private Thread thread;

    private StatementsAhead(Map<MigrationStep, CompletableFuture<Optional<List<LocatedStatement>>>> prepared) {
        this.prepared = prepared;
    }

    /**
     * Starts preparing the Java steps among {@code steps}, whose migrations are {@code migrations} by revision
     * id and whose files {@code files} names; none when the first Java step cannot be prepared.
     */
    static StatementsAhead start(List<? extends VersionStep> steps, Map<String, Migration> migrations,
            Function<MigrationStep, String> files, JavaRevisionRunner runner) {
        Map<MigrationStep, CompletableFuture<Optional<List<LocatedStatement>>>> prepared = new IdentityHashMap<>();
        for (VersionStep step : steps) {
            if (step instanceof MigrationStep migration && migrations.containsKey(migration.id())) {
                prepared.put(migration, new CompletableFuture<>());
            }
        }
        boolean worthIt = steps.stream().anyMatch(step -> step instanceof MigrationStep migration
                && migrations.get(migration.id()) instanceof InterpretedMigration);
        if (!worthIt) {
            return NONE;
        }
        StatementsAhead ahead = new StatementsAhead(prepared);
        ahead.thread = new Thread(() -> ahead.prepare(steps, migrations, files, runner), "retort-statements-ahead");
        ahead.thread.setDaemon(true);
        ahead.thread.start();
        return ahead;
    }

    private void prepare(List<? extends VersionStep> steps, Map<String, Migration> migrations,
            Function<MigrationStep, String> files, JavaRevisionRunner runner) {
        boolean preparing = true;
        for (VersionStep step : steps) {
            CompletableFuture<Optional<List<LocatedStatement>>> result = prepared.get(step);
            if (result == null) {
                continue;
            }
            MigrationStep migrationStep = (MigrationStep) step;
            preparing = preparing && !stopped
                    && migrations.get(migrationStep.id()) instanceof InterpretedMigration;
            if (!preparing) {
                result.complete(Optional.empty());
                continue;
            }
            try {
                Optional<List<LocatedStatement>> statements = runner.prepare(
                        (InterpretedMigration) migrations.get(migrationStep.id()), migrationStep.isUpgrade(),
                        files.apply(migrationStep));
                preparing = statements.isPresent();
                result.complete(statements);
            } catch (RuntimeException | Error e) {
                // The step fails in its turn with this; nothing after it is compiled ahead of it.
                preparing = false;
                result.completeExceptionally(e);
            }
        }
    }

    /**
     * The statements of {@code step}, prepared ahead; empty when the run's thread runs it in its turn. What
     * recording or compiling it threw is thrown, as running it in its turn would throw it.
     */
    Optional<List<LocatedStatement>> take(MigrationStep step) {
        CompletableFuture<Optional<List<LocatedStatement>>> result = prepared.get(step);
        if (result == null) {
            return Optional.empty();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            // prepare throws what running the revision in its turn throws: runtime exceptions, or errors.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * Stops preparing, the run being over, and waits for the revision being compiled, if any, so that the
     * compiler is the caller's again.
     */
    void stop() {
        stopped = true;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
