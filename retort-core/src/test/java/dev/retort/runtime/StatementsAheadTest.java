package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.MigrationCommands;
import dev.retort.compile.RevisionCompiler;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions of operation calls are recorded and compiled ahead of their turn on a second thread; what must
 * happen in its turn still does, and a revision that fails, fails in its turn.
 */
class StatementsAheadTest {
    @TempDir
    Path dir;

    private SampleEnvironment env;

    private void plain(String id, String revises, String upgrade, String downgrade) {
        env.write("m/versions/" + id + "_step.java", """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "%s", revises = {%s}, message = "step", createDate = "2026-12-06 00:00:00.000000")
                class Step_%1$s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(id, revises.isEmpty() ? "" : "\"" + revises + "\"", upgrade, downgrade));
    }

    private MigrationCommands commands(TestDatabase database) {
        env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + database.url() + "\"\n");
        Path cache = dir.resolve("m").resolve(RevisionCompiler.CACHE_FOLDER);
        MigrationLoader loader = scripts -> new RevisionCompiler(cache).loadWithoutCompilingPlain(scripts);
        return new MigrationCommands(env.catalog(), loader, MigrationListener.SILENT);
    }

    @Test
    void aBatchThatReadsItsTableFromTheDatabaseIsCompiledOnceTheRevisionsBeforeItRan() throws Exception {
        env = new SampleEnvironment(dir);
        plain("aaaa00000001", "", "op.createTable(\"t\", column(\"id\", INTEGER).primaryKey(), column(\"a\", INTEGER));",
                "op.dropTable(\"t\");");
        plain("aaaa00000002", "aaaa00000001", "op.execute(\"INSERT INTO t (id, a) VALUES (1, 10)\");",
                "op.execute(\"DELETE FROM t\");");
        plain("aaaa00000003", "aaaa00000002",
                "op.batchAlterTable(\"t\", batch -> batch.alterColumn(\"a\", a -> a.nullable(false)));",
                "op.batchAlterTable(\"t\", batch -> batch.alterColumn(\"a\", a -> a.nullable(true)));");
        plain("aaaa00000004", "aaaa00000003", "op.addColumn(\"t\", column(\"c\", INTEGER));",
                "op.dropColumn(\"t\", \"c\");");
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = commands(database);

            commands.upgrade("head", Optional.empty());

            assertThat(database.query("SELECT sql FROM sqlite_master WHERE name = 't'")).singleElement()
                    .asString().contains("a INTEGER NOT NULL").contains("c INTEGER");
            assertThat(database.query("SELECT a FROM t")).containsExactly("10");
            assertThat(database.versionRows("retort_version")).containsExactly("aaaa00000004");
        }
    }

    @Test
    void aRevisionThatFailsWhileRecordedAheadFailsInItsTurnAndNothingOfTheRunStays() throws Exception {
        env = new SampleEnvironment(dir);
        plain("bbbb00000001", "", "op.createTable(\"u\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"u\");");
        plain("bbbb00000002", "bbbb00000001", "op.addColumn(\"u\", column(\"\", INTEGER));",
                "op.dropColumn(\"u\", \"x\");");
        plain("bbbb00000003", "bbbb00000002", "op.addColumn(\"u\", column(\"z\", INTEGER));",
                "op.dropColumn(\"u\", \"z\");");
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = commands(database);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("head", Optional.empty()));

            assertThat(failure.revision()).isEqualTo("bbbb00000002");
            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.ROLLED_BACK);
            assertThat(database.tables()).isEmpty();
        }
    }
}
