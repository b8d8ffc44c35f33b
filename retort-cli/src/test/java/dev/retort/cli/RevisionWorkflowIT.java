package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new user's first steps: init, revisions, merges, and the graph commands on what they wrote. */
class RevisionWorkflowIT {
    private static final Pattern GENERATED = Pattern.compile("^Generating (\\S+) \\.\\.\\.  done$", Pattern.MULTILINE);

    @TempDir
    Path root;

    private RetortProcess retort;

    @BeforeEach
    void initialise() throws IOException {
        root = root.toRealPath();
        retort = new RetortProcess(root);
        RetortProcess.Run init = retort.run("init", "migrations");
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        assertThat(init.stdout().lines()).containsSubsequence(
                "Creating directory " + root.resolve("migrations") + " ...  done",
                "Creating directory " + root.resolve("migrations/versions") + " ...  done",
                "Please edit configuration/connection/logging settings in " + root.resolve("retort.toml")
                        + " before proceeding.");
        assertThat(root.resolve("retort.toml")).exists();
        assertThat(root.resolve("migrations/script.java.mustache")).exists();
        assertThat(root.resolve("migrations/script.sql.mustache")).exists();
    }

    @Test
    void revisionsChainOnTheHeadAndHistoryShowsThemNewestFirst() throws IOException {
        Path first = generated(retort.run("revision", "-m", "create account table"));
        Path second = generated(retort.run("revision", "-m", "add a column"));
        assertThat(first.getFileName().toString()).endsWith("_create_account_table.java");
        String firstId = idOf(first);
        String secondId = idOf(second);
        assertThat(firstId).matches("[0-9a-f]{12}");

        RetortProcess.Run history = retort.run("history");
        assertThat(history.stdout()).isEqualTo(
                firstId + " -> " + secondId + " (head), add a column\n"
                        + "<base> -> " + firstId + ", create account table\n");
        assertThat(retort.run("heads").stdout()).isEqualTo(secondId + " (head)\n");
    }

    /**
     * As argparse: a value attached with '=' is the value, even when it is spelt as an option (-x), and an
     * argument starting with '@' is itself, not a file of arguments.
     */
    @Test
    void aMessageMayStartWithADashOrAnAtSign() throws IOException {
        Path dashed = generated(retort.run("revision", "--message=-x", "--rev-id", "aaaa11112222"));
        assertThat(Files.readString(dashed)).contains("-x");
        assertThat(retort.run("history").stdout()).isEqualTo("<base> -> aaaa11112222 (head), -x\n");

        RetortProcess.Run separate = retort.run("revision", "-m", "-x");
        assertThat(separate.exitCode()).isEqualTo(2);

        Files.writeString(root.resolve("team"), "--autogenerate\n");
        generated(retort.run("revision", "-m", "@team", "--rev-id", "bbbb11112222"));
        assertThat(retort.run("heads", "-v").stdout()).contains("\n    @team\n");
    }

    @Test
    void newBaseWithLabelThenMergeOfHeads() throws IOException {
        String main = idOf(generated(retort.run("revision", "-m", "main line")));
        String other = idOf(generated(retort.run("revision", "-m", "other line", "--head", "base",
                "--branch-label", "other")));
        assertThat(retort.run("heads").stdout().lines()).containsExactlyInAnyOrder(
                main + " (head)", other + " (other) (head)");

        String merge = idOf(generated(retort.run("merge", "heads", "-m", "join lines")));
        RetortProcess.Run show = retort.run("show", merge);
        assertThat(show.stdout()).startsWith("Rev: " + merge + " (head) (mergepoint)\nMerges: ");
        assertThat(retort.run("heads").stdout()).isEqualTo(merge + " (other) (head)\n");
    }

    @Test
    void dependsOnPrefixIsWrittenAsFullIdAndLabelIsKept() throws IOException {
        String base = idOf(generated(retort.run("revision", "-m", "base", "--rev-id", "aaaa11112222")));
        generated(retort.run("revision", "-m", "labelled", "--head", "base", "--branch-label", "lbl",
                "--rev-id", "bbbb11112222"));
        Path dependent = generated(retort.run("revision", "-m", "dependent", "--head", base,
                "--depends-on", "bbbb", "--depends-on", "lbl"));
        String text = Files.readString(dependent);
        assertThat(text).contains("\"bbbb11112222\"").contains("\"lbl\"");
        assertThat(retort.run("history").stdout()).contains("aaaa11112222 (bbbb11112222, lbl) -> " + idOf(dependent));
    }

    @Test
    void sqlFormatWritesTheHeaderBlockAndMarkers() throws IOException {
        String first = idOf(generated(retort.run("revision", "-m", "first")));
        Path sql = generated(retort.run("revision", "-m", "an index", "--format", "sql", "--rev-id", "3c1e2fa09b11"));
        assertThat(sql.getFileName().toString()).isEqualTo("3c1e2fa09b11_an_index.sql");
        String text = Files.readString(sql);
        assertThat(text).startsWith("-- an index\n--\n-- Revision ID: 3c1e2fa09b11\n-- Revises: " + first + "\n")
                .contains("-- retort:upgrade").contains("-- retort:downgrade");
        assertThat(retort.run("heads").stdout()).isEqualTo("3c1e2fa09b11 (head)\n");
    }

    @Test
    void spliceStartsABranchFromAnEarlierRevision() throws IOException {
        String first = idOf(generated(retort.run("revision", "-m", "first")));
        idOf(generated(retort.run("revision", "-m", "second")));
        String branch = idOf(generated(retort.run("revision", "-m", "side", "--head", first, "--splice")));
        assertThat(retort.run("branches").stdout()).startsWith(first + " (branchpoint)\n")
                .contains(" -> " + branch + " (head)\n");
    }

    @Test
    void fileTemplateTokensAndSlugTruncation() throws IOException {
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "file_template = \"{year}/{rev}_{slug}\"\ntruncate_slug_length = 10\n");
        Path file = generated(retort.run("revision", "-m", "this is a test of slugs", "--rev-id", "cafe00000001"));
        assertThat(root.resolve("migrations/versions").relativize(file).toString())
                .matches("\\d{4}/cafe00000001_this_is_a_\\.java");
        assertThat(retort.run("heads").stdout()).isEqualTo("cafe00000001 (head)\n");
    }

    @Test
    void postWriteHookRunsOnTheNewFile() throws IOException {
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n\n"
                + "[[retort.post_write_hooks]]\nname = \"stamp\"\ntype = \"exec\"\nexecutable = \"sed\"\n"
                + "options = \"-i -e s/^class/final\\\\ class/ REVISION_SCRIPT_FILENAME\"\n");
        RetortProcess.Run run = retort.run("revision", "-m", "hooked");
        Path file = generated(run);
        assertThat(run.stdout()).contains("Running post write hook \"stamp\" ...\n  done\n");
        assertThat(Files.readString(file)).contains("final class");
    }

    /** As Alembic: the status line, what the hook printed (its stderr on stderr), then "  done" on its own line. */
    @Test
    void postWriteHookOutputIsShownBetweenItsStatusLines() throws IOException {
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n\n"
                + "[[retort.post_write_hooks]]\nname = \"fmt\"\ntype = \"exec\"\nexecutable = \"sh\"\n"
                + "options = \"-c 'echo formatted; echo warning: line too long >&2' REVISION_SCRIPT_FILENAME\"\n");
        RetortProcess.Run run = retort.run("revision", "-m", "hooked");

        Path file = generated(run);
        assertThat(run.stdout()).isEqualTo("Generating " + file + " ...  done\n"
                + "Running post write hook \"fmt\" ...\nformatted\n  done\n");
        assertThat(run.stderr()).isEqualTo("warning: line too long\n");
    }

    @Test
    void generatedJavaRevisionsCompileAgainstTheRevisionApi() throws IOException {
        generated(retort.run("revision", "-m", "it's \"quoted\" \\ and ünïcode"));
        generated(retort.run("revision", "-m", "class"));
        generated(retort.run("revision"));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root.resolve("migrations/versions"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> arguments = new java.util.ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
                "-cp", RetortProcess.jar().toString()));
        sources.forEach(source -> arguments.add(source.toString()));
        java.io.StringWriter errors = new java.io.StringWriter();
        int status = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }), arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString()).isZero();
        assertThat(retort.run("history").stdout()).contains(", it's \"quoted\" \\ and ünïcode\n");
    }

    @Test
    void listTemplatesUsesAlembicsLayout() {
        assertThat(retort.run("list-templates").stdout()).isEqualTo("Available templates:\n\n"
                + "generic - Generic single-database configuration (Java revisions).\n"
                + "sql - Single-database configuration with SQL revisions by default.\n\n"
                + "Templates are used via the 'init' command, e.g.:\n\n"
                + "  retort init --template generic ./scripts\n");
    }

    @Test
    void alembicsCommandNamesAreAliasesThatHelpDoesNotList() {
        RetortProcess.Run aliased = retort.run("list_templates");
        assertThat(aliased.exitCode()).as(aliased.stderr()).isZero();
        assertThat(aliased.stdout()).isEqualTo(retort.run("list-templates").stdout());
        assertThat(retort.run("ensure_version", "--help").stdout()).startsWith("Usage: retort ensure-version ");
        String help = retort.run("--help").stdout();
        assertThat(help).contains("\n  list-templates  List the environment templates available to init.\n")
                .contains("\n  ensure-version  Create the version table if it does not exist.\n")
                .doesNotContain("list_templates").doesNotContain("ensure_version");
    }

    @Test
    void quietPrintsNothingButStillFails() {
        RetortProcess.Run quiet = retort.run("-q", "revision", "-m", "silent");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.stdout()).isEmpty();
        RetortProcess.Run failing = retort.run("-q", "show", "nosuchrev");
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.stderr()).startsWith("FAILED: ");
    }

    @Test
    void editOpensTheRevisionFileInTheEditor() throws IOException {
        Path file = generated(retort.run("revision", "-m", "to edit"));
        RetortProcess.Run run = new RetortProcess(root, java.util.Map.of("EDITOR", "echo")).run("edit", idOf(file));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(file + "\n");
    }

    /** As Alembic: a symbol naming several revisions opens each file in turn. */
    @Test
    void editOpensEachHeadInTurn() throws IOException {
        Path one = generated(retort.run("revision", "-m", "one"));
        Path two = generated(retort.run("revision", "-m", "two", "--head", "base", "--branch-label", "other"));
        RetortProcess.Run run = new RetortProcess(root, java.util.Map.of("EDITOR", "echo")).run("edit", "heads");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().lines()).containsExactlyInAnyOrder(one.toString(), two.toString());
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        String config = root.resolve("retort.toml").toString();
        String id = idOf(generated(retort.run("revision", "-m", "first")));
        assertThat(new RetortProcess(elsewhere).run("-c", config, "heads").stdout()).isEqualTo(id + " (head)\n");
        assertThat(new RetortProcess(elsewhere).run("heads", "-c", config).stdout()).isEqualTo(id + " (head)\n");
        assertThat(new RetortProcess(elsewhere, java.util.Map.of("RETORT_CONFIG", config)).run("heads").stdout())
                .isEqualTo(id + " (head)\n");
    }

    @Test
    void versionNamesTheTool() {
        assertThat(retort.run("--version").stdout()).startsWith("retort ");
    }

    private Path generated(RetortProcess.Run run) {
        assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isZero();
        Matcher matcher = GENERATED.matcher(run.stdout());
        assertThat(matcher.find()).as(run.stdout()).isTrue();
        return Path.of(matcher.group(1));
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }
}
