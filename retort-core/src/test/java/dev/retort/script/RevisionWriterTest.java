package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.Revision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00.123456Z"), ZoneId.of("UTC"));

    @TempDir
    Path project;
    Path environment;
    Path versions;

    @BeforeEach
    void scaffold() {
        environment = project.resolve("migrations");
        versions = environment.resolve("versions");
        EnvironmentTemplates.scaffold("generic", environment, project.resolve("retort.toml"), project);
    }

    private RevisionWriter writer(String fileTemplate) {
        return new RevisionWriter(environment, fileTemplate, 40, Optional.empty(), CLOCK);
    }

    @Test
    void writesAJavaRevisionFromTheDefaultTemplate() throws IOException {
        Path file = writer("{rev}_{slug}").write(
                NewRevision.of("1975ea83b712", List.of(), "create account table", RevisionFormat.JAVA), versions);

        assertThat(file).isEqualTo(versions.resolve("1975ea83b712_create_account_table.java"));
        assertThat(Files.readString(file)).isEqualTo("""
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                /**
                 * create account table
                 *
                 * Revision ID: 1975ea83b712
                 * Revises:
                 * Create Date: 2026-11-22 10:00:00.123456
                 */
                @Revision(
                        id = "1975ea83b712",
                        revises = {},
                        message = "create account table",
                        createDate = "2026-11-22 10:00:00.123456")
                class CreateAccountTable_1975ea83b712 implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
    }

    @Test
    void writesLabelsDependenciesImportsAndBodiesOfAJavaRevision() throws IOException {
        NewRevision merge = new NewRevision("5a3c2d1e0f9b", List.of("3e2f8a9b1c0d", "4b6e1f2a3c5d"), List.of("feature"),
                List.of("networking"), "merge branches", RevisionFormat.JAVA,
                "op.execute(\"UPDATE t SET a = 1\");\n\nop.execute(\"UPDATE t SET b = 2\");\n", null,
                List.of("java.util.List", "java.math.BigDecimal", "java.util.List"));

        Path file = writer("{rev}_{slug}").write(merge, versions);

        assertThat(Files.readString(file)).isEqualTo("""
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;
                import java.math.BigDecimal;
                import java.util.List;

                /**
                 * merge branches
                 *
                 * Revision ID: 5a3c2d1e0f9b
                 * Revises: 3e2f8a9b1c0d, 4b6e1f2a3c5d
                 * Create Date: 2026-11-22 10:00:00.123456
                 */
                @Revision(
                        id = "5a3c2d1e0f9b",
                        revises = {"3e2f8a9b1c0d", "4b6e1f2a3c5d"},
                        branchLabels = {"feature"},
                        dependsOn = {"networking"},
                        message = "merge branches",
                        createDate = "2026-11-22 10:00:00.123456")
                class MergeBranches_5a3c2d1e0f9b implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                        op.execute("UPDATE t SET a = 1");

                        op.execute("UPDATE t SET b = 2");
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
    }

    @Test
    void writesASqlRevisionInTheSpecsLayout() throws IOException {
        NewRevision revision = new NewRevision("3c1e2fa09b11", List.of("ae1027a6acf0"), List.of("reporting"),
                List.of("55b2c0e41d10"), "add an index on orders", RevisionFormat.SQL,
                "CREATE INDEX ix_orders_customer ON orders (customer_id);\n", "DROP INDEX ix_orders_customer;", List.of());

        Path file = writer("{rev}_{slug}").write(revision, versions);

        assertThat(file).isEqualTo(versions.resolve("3c1e2fa09b11_add_an_index_on_orders.sql"));
        assertThat(Files.readString(file)).isEqualTo("""
                -- add an index on orders
                --
                -- Revision ID: 3c1e2fa09b11
                -- Revises: ae1027a6acf0
                -- Branch labels: reporting
                -- Depends on: 55b2c0e41d10
                -- Create Date: 2026-11-22 10:00:00.123456

                -- retort:upgrade
                CREATE INDEX ix_orders_customer ON orders (customer_id);

                -- retort:downgrade
                DROP INDEX ix_orders_customer;
                """);
    }

    @Test
    void writesAnEmptyBaseSqlRevisionWithoutAMessage() throws IOException {
        Path file = writer("{rev}_{slug}").write(NewRevision.of("46a65a19c20e", List.of(), null, RevisionFormat.SQL), versions);

        assertThat(file).isEqualTo(versions.resolve("46a65a19c20e_.sql"));
        assertThat(Files.readString(file)).isEqualTo("""
                -- empty message
                --
                -- Revision ID: 46a65a19c20e
                -- Revises:
                -- Create Date: 2026-11-22 10:00:00.123456

                -- retort:upgrade

                -- retort:downgrade
                """);
        SqlRevisionBody body = RevisionFileParser.parseSqlBody(file);
        assertThat(body.upgrade().isBlank()).isTrue();
        assertThat(body.downgrade().isBlank()).isTrue();
    }

    @Test
    void namesAJavaRevisionWithoutMessageAfterItsId() throws IOException {
        Path file = writer("{rev}_{slug}").write(NewRevision.of("46a65a19c20e", List.of("1975ea83b712"), null,
                RevisionFormat.JAVA), versions);

        assertThat(file).isEqualTo(versions.resolve("46a65a19c20e_.java"));
        assertThat(Files.readString(file)).contains(" * empty message\n", "message = \"empty message\",",
                "class Revision_46a65a19c20e implements Migration {");
    }

    @Test
    void createsSubfoldersFromTheFileTemplate() {
        RevisionWriter writer = writer("{year}/{month:02d}/{rev}_{slug}");
        NewRevision revision = NewRevision.of("ab12", List.of(), "a b", RevisionFormat.JAVA);

        Path planned = writer.plannedPath(revision, versions);
        Path written = writer.write(revision, versions);

        assertThat(written).isEqualTo(planned).isEqualTo(versions.resolve("2026/11/ab12_a_b.java"));
        assertThat(ScriptDirectory.load(List.of(versions)).revisions()).containsExactly(Revision.of("ab12"));
    }

    @Test
    void cutsTheSlugAndAddsTheCreateDatesOffsetWhenATimezoneIsSet() throws IOException {
        RevisionWriter writer = new RevisionWriter(environment, "{rev}_{slug}", 10,
                Optional.of(ZoneId.of("Asia/Kolkata")), CLOCK);

        Path file = writer.write(NewRevision.of("r1", List.of(), "this is a test", RevisionFormat.SQL), versions);

        assertThat(file.getFileName().toString()).isEqualTo("r1_this_is_a_.sql");
        assertThat(RevisionFileParser.parse(file).createDate()).isEqualTo("2026-11-22 15:30:00.123456+05:30");
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path existing = Files.writeString(versions.resolve("ab12_x.java"), "keep me");
        NewRevision revision = NewRevision.of("ab12", List.of(), "x", RevisionFormat.JAVA);

        assertThatThrownBy(() -> writer("{rev}_{slug}").write(revision, versions))
                .isInstanceOfSatisfying(RevisionFileExistsException.class, e -> assertThat(e.path()).isEqualTo(existing))
                .hasMessage("Revision file " + existing + " already exists; refusing to overwrite it (give another"
                        + " --rev-id or message, or move the file away)");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void refusesATemplateThatLosesMetadataWithoutWritingAFile() throws IOException {
        Path template = environment.resolve("script.java.mustache");
        Files.writeString(template, Files.readString(template).replace("branchLabels = {{branchLabelsArray}},", ""));
        NewRevision revision = new NewRevision("ab12", List.of(), List.of("feature"), List.of(), "x",
                RevisionFormat.JAVA, null, null, List.of());

        assertThatThrownBy(() -> writer("{rev}_{slug}").write(revision, versions))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Template " + template + " writes branchLabels as [] instead of [feature]; does it include"
                        + " every element of the revision (see README.md)?");
        assertThat(versions).isEmptyDirectory();
    }

    @Test
    void refusesATemplateWhoseOutputCannotBeRead() throws IOException {
        Path template = environment.resolve("script.sql.mustache");
        Files.writeString(template, "-- {{message}}\n");

        assertThatThrownBy(() -> writer("{rev}_{slug}").write(NewRevision.of("ab12", List.of(), "x", RevisionFormat.SQL),
                versions))
                .hasMessage("Template " + template + " writes a revision that cannot be read back: the header comment"
                        + " has no '-- Revision ID: ...' line (line 1 of its output)");
        assertThat(versions).isEmptyDirectory();
    }

    @Test
    void refusesAMissingTemplate() throws IOException {
        Path template = environment.resolve("script.sql.mustache");
        Files.delete(template);

        assertThatThrownBy(() -> writer("{rev}_{slug}").write(NewRevision.of("ab12", List.of(), "x", RevisionFormat.SQL),
                versions))
                .hasMessage("Template " + template + " is missing; an environment needs script.java.mustache and"
                        + " script.sql.mustache (retort init writes both)");
    }

    @Test
    void refusesFileTemplatesThatLeaveTheVersionLocationOrHideTheFile() {
        NewRevision revision = NewRevision.of("ab12", List.of(), null, RevisionFormat.JAVA);

        assertThatThrownBy(() -> writer("../{rev}").write(revision, versions))
                .hasMessage("file_template '../{rev}' gives ../ab12.java, which is outside the version location "
                        + versions);
        assertThatThrownBy(() -> writer("{slug}").write(revision, versions))
                .hasMessage("file_template '{slug}' gives the hidden file name .java, which would never be loaded;"
                        + " include {rev} in the file name (the part of file_template after its last '/')");
        assertThatThrownBy(() -> writer("{rev}/{slug}/").write(revision, versions))
                .hasMessage("file_template '{rev}/{slug}/' gives the hidden file name .java, which would never be"
                        + " loaded; file_template ends with '/', so the file name after it is empty: end it with the"
                        + " file's name, as in {year}/{rev}_{slug}");
        assertThatThrownBy(() -> writer("{year}/.{rev}").write(revision, versions))
                .hasMessage("file_template '{year}/.{rev}' gives the hidden file name .ab12.java, which would never"
                        + " be loaded; start the file name (the part of file_template after its last '/') with"
                        + " something other than '.'");
    }

    @Test
    void refusesASqlMessageLineThatWouldReadAsAMarkerButWritesItInJava() throws IOException {
        assertThatThrownBy(() -> NewRevision.of("ab12", List.of(), "retort:upgrade is fixed in this release",
                RevisionFormat.SQL))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Line 1 of the revision message, 'retort:upgrade is fixed in this release', starts with"
                        + " 'retort:'; a SQL revision's message line cannot start with 'retort:', as it would read as"
                        + " a marker (-- retort:upgrade): reword that line");
        assertThatThrownBy(() -> NewRevision.of("ab12", List.of(), "notes\n  Retort:Downgrade later",
                RevisionFormat.SQL))
                .hasMessageStartingWith("Line 2 of the revision message, '  Retort:Downgrade later', starts with");
        Path sql = writer("{rev}_{slug}").write(NewRevision.of("ab12", List.of(), "see retort:upgrade",
                RevisionFormat.SQL), versions);
        Path java = writer("{rev}_{slug}").write(NewRevision.of("cd34", List.of(), "retort:upgrade is fixed",
                RevisionFormat.JAVA), versions);

        assertThat(RevisionFileParser.parse(sql).message()).isEqualTo("see retort:upgrade");
        assertThat(RevisionFileParser.parse(java).message()).isEqualTo("retort:upgrade is fixed");
    }

    /** javac's limit for a string constant: 65,535 bytes of modified UTF-8, two for NUL, six for an emoji. */
    @Test
    void refusesAJavaMessageLongerThanAClassFileHoldsButWritesTheLongestThatCompiles() throws IOException {
        String longest = "\0" + "\uD83D\uDE00".repeat(10_922) + "a";
        Path file = writer("{rev}").write(NewRevision.of("ab12", List.of(), longest, RevisionFormat.JAVA), versions);

        List<String> arguments = List.of("-proc:none", "-encoding", "UTF-8", "-classpath",
                System.getProperty("java.class.path"), "-d", project.resolve("classes").toString(), file.toString());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
        assertThatThrownBy(() -> NewRevision.of("cd34", List.of(), longest + "a", RevisionFormat.JAVA))
                .isInstanceOf(ScriptException.class)
                .hasMessage("The revision message is too long for a Java revision: 65,536 bytes as a class file stores"
                        + " it (modified UTF-8), and the @Revision annotation holds at most 65,535; shorten the"
                        + " message, or write a SQL revision, whose message has no limit");
        assertThat(NewRevision.of("cd34", List.of(), longest + "a", RevisionFormat.SQL).message()).endsWith("aa");
    }

    @Test
    void refusesInvalidNewRevisions() {
        assertThatThrownBy(() -> NewRevision.of("a@b", List.of(), null, RevisionFormat.JAVA))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessage("Character(s) '@' not allowed in revision identifier 'a@b'");
        assertThatThrownBy(() -> NewRevision.of("a", List.of("b", "b"), null, RevisionFormat.JAVA))
                .hasMessage("'b' is given twice in revises");
        assertThatThrownBy(() -> new NewRevision("a", List.of(), List.of("x,y"), List.of(), null, RevisionFormat.SQL,
                null, null, List.of()))
                .hasMessage("Branch label 'x,y' must be non-empty, without commas or whitespace");
        assertThatThrownBy(() -> new NewRevision("a", List.of(), List.of(), List.of("x", "x"), null, RevisionFormat.SQL,
                null, null, List.of()))
                .hasMessage("'x' is given twice in dependsOn");
    }
}
