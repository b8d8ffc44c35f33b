package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.MigrationCommands;
import dev.retort.compile.RevisionCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Java revision's operations run after its code has returned, so the line that asked for the one that failed
 * is taken as it is recorded: a failure names the file and that line, whether javac compiled the revision or it
 * ran without javac.
 */
class FailingOperationLineTest {
    private static final String ID = "ffff00000001";
    private static final String MARK = "// fails here";

    @TempDir
    Path dir;

    private SampleEnvironment env;

    /** The revision with {@code body} as its upgrade; with {@code javac}, its calls are in a loop only javac runs. */
    private String write(String body, String helpers, boolean javac) {
        String upgrade = javac ? "for (int i = 0; i < 1; i++) {\n" + body + "\n}" : body;
        String text = """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "%s", revises = {}, message = "fails", createDate = "2026-12-06 00:00:00.000000")
                class Fails_%1$s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                %s
                    }
                %s
                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(ID, upgrade, helpers);
        env.write("m/versions/" + ID + "_fails.java", text);
        return ID + "_fails.java:" + lineOf(text, MARK);
    }

    private static int lineOf(String text, String mark) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(mark)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line holds " + mark);
    }

    /** How many revisions javac compiled into the cache (a jar each): a revision run without javac leaves none. */
    private long compiledFiles() throws IOException {
        Path cache = dir.resolve("m").resolve(RevisionCompiler.CACHE_FOLDER);
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.toString().endsWith(".jar")).count();
        }
    }

    /** How {@code upgrade head} of the revision fails on {@code database}. */
    private StatementFailedException upgradeFails(TestDatabase database) {
        return catchThrowableOfType(StatementFailedException.class,
                () -> commands(database.url()).upgrade("head", Optional.empty()));
    }

    private MigrationCommands commands(String url) {
        env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + url + "\"\n");
        Path cache = dir.resolve("m").resolve(RevisionCompiler.CACHE_FOLDER);
        MigrationLoader loader = scripts -> new RevisionCompiler(cache).loadWithoutCompilingPlain(scripts);
        return new MigrationCommands(env.catalog(), loader, MigrationListener.SILENT);
    }

    @ParameterizedTest
    @CsvSource({"sqlite, false", "sqlite, true", "postgresql, false", "postgresql, true", "mariadb, false",
            "mariadb, true"})
    void aStatementThatFailsIsReportedAtTheLineThatAskedForIt(String kind, boolean javac) throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write("""
                op.createTable("made", column("id", INTEGER).primaryKey());
                op.execute("INSERT INTO made (id) VALUES (1)");
                op.execute("INSERT INTO no_such_table (id) VALUES (1)"); // fails here
                op.execute("INSERT INTO made (id) VALUES (2)");
                """, "", javac);
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure.location()).endsWith(expected);
            assertThat(failure.getMessage()).contains("failed at ").contains(expected + ": ");
            assertThat(compiledFiles()).as("javac compiled it").isEqualTo(javac ? 1 : 0);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anOperationTheDatabaseCannotDoIsRefusedAtItsLine(boolean javac) throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write("""
                op.createTable("made", column("id", INTEGER).primaryKey(), column("n", INTEGER));
                op.alterColumn("made", "n", n -> n.type(TEXT)); // fails here
                """, "", javac);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure.location()).endsWith(expected);
            assertThat(failure.getMessage()).contains("batch mode");
            assertThat(database.tables()).doesNotContain("made");
        }
    }

    @Test
    void anOperationRefusedInAScriptIsReportedAtItsLine() throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write("""
                op.createTable("made", column("id", INTEGER).primaryKey(), column("n", INTEGER));
                op.alterColumn("made", "n", n -> n.type(TEXT)); // fails here
                """, "", false);

        StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                () -> commands("sqlite:///offline.db").upgradeSql("head", Optional.empty(), new StringBuilder()));

        assertThat(failure.location()).endsWith(expected);
    }

    /** Javac's frames show where a statement of the code threw; without javac, the statement tells its line. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aStatementThatThrowsIsReportedAtItsLine(boolean javac) throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write("""
                op.createTable("made", column("id", INTEGER).primaryKey());
                op.addColumn("made", column("n", string(-1))); // fails here
                """, "", javac);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure.location()).endsWith(expected);
            assertThat(failure.getMessage()).contains("length");
        }
    }

    /**
     * The line is that of the call's opening parenthesis, where javac's line table puts a call: an argument that
     * fails on a later line of its call is reported there, a lambda's body at its own lines, and an operation
     * asked for with a lambda at the line of the call that took the lambda.
     */
    @ParameterizedTest
    @MethodSource("callsOverSeveralLines")
    void aCallOverSeveralLinesIsReportedWhereJavacPutsIt(String body, boolean javac) throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write(body, "", javac);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure).as("the revision fails").isNotNull();
            assertThat(failure.location()).endsWith(expected);
            assertThat(compiledFiles()).as("javac compiled it").isEqualTo(javac ? 1 : 0);
        }
    }

    static Stream<Arguments> callsOverSeveralLines() {
        List<String> bodies = List.of("""
                op.createTable("made",
                        column("id", INTEGER),
                        column(null, INTEGER)); // fails here
                """, """
                op
                        .dropTable("no_such_table"); // fails here
                """, """
                op.createTable("made", column("id", INTEGER).primaryKey());
                op.batchAlterTable("made", batch -> {
                    batch.addColumn(column("", INTEGER)); // fails here
                });
                """, """
                op.batchAlterTable("no_such_table", batch -> {
                    batch.addColumn(column("x", INTEGER)); // fails here
                });
                """, """
                op.batchAlterTable("no_such_table", batch -> { // fails here
                    batch.dropColumn("x");
                });
                """, """
                if (op.isOffline()) {
                    op.execute("SELECT 1");
                } else if ("abc".substring(5).isEmpty()) { // fails here
                    op.execute("SELECT 2");
                }
                """);
        return bodies.stream().flatMap(body -> Stream.of(Arguments.of(body, false), Arguments.of(body, true)));
    }

    /** A batch that alters its table in place runs its calls' own statements: the one that fails is named. */
    @ParameterizedTest
    @CsvSource({"sqlite, false", "sqlite, true", "postgresql, false", "postgresql, true", "mariadb, false",
            "mariadb, true", "h2, false"})
    void aStatementOfABatchThatAltersInPlaceIsReportedAtTheLineOfItsCall(String kind, boolean javac)
            throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write("""
                op.createTable("made", column("id", INTEGER).primaryKey());
                op.batchAlterTable("made", batch -> {
                    batch.addColumn(column("note", INTEGER));
                    batch.createIndex("ix_made_missing", "missing"); // fails here
                });
                """, "", javac);
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure.location()).endsWith(expected);
            assertThat(failure.getMessage()).contains("CREATE INDEX ix_made_missing");
        }
    }

    /**
     * Inside a batch, an operation the database cannot do is refused at its own line; a batch the database
     * cannot run at all is refused at the line of the batch.
     */
    @ParameterizedTest
    @CsvSource({"sqlite, false", "sqlite, true", "postgresql, false", "postgresql, true"})
    void aBatchOrAnOperationInItThatTheDatabaseCannotDoIsRefusedAtItsLine(String kind, boolean javac)
            throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write(kind.equals("sqlite") ? """
                op.createTable("made", column("id", INTEGER).primaryKey(), column("n", INTEGER));
                op.batchAlterTable("made", batch -> {
                    batch.recreateNever();
                    batch.addColumn(column("note", INTEGER));
                    batch.alterColumn("n", n -> n.type(TEXT)); // fails here
                });
                """ : """
                op.createTable("made", column("id", INTEGER).primaryKey(), column("n", INTEGER));
                op.batchAlterTable("made", batch -> { // fails here
                    batch.recreateAlways();
                    batch.addColumn(column("note", INTEGER));
                });
                """, "", javac);
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure.location()).endsWith(expected);
            assertThat(failure.getMessage()).contains(kind.equals("sqlite") ? "recreateNever()" : "recreateAlways()");
            assertThat(database.tables()).doesNotContain("made");
        }
    }

    /**
     * A helper's statements are reported at their own lines; once it returns, what its caller asks for is at the
     * caller's line again.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aHelpersLinesAreItsOwnAndItsCallersLineComesBackWhenItReturns(boolean javac) throws Exception {
        env = new SampleEnvironment(dir);
        String expected = write("""
                op.createTable("made", column("id", INTEGER).primaryKey());
                op.execute(insertInto(7)); // fails here
                """, """

                    private static String insertInto(int id) {
                        String table = "no_such_table";
                        return "INSERT INTO " + table + " (id) VALUES (" + id + ")";
                    }
                """, javac);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            StatementFailedException failure = upgradeFails(database);

            assertThat(failure.location()).endsWith(expected);
        }
    }
}
