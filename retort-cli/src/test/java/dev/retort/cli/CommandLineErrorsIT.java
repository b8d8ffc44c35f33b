package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user mistake prints {@code FAILED: ...} on stderr, exits 1, shows no stack trace and changes no file.
 */
class CommandLineErrorsIT {

    @TempDir
    Path root;

    private RetortProcess retort;

    @BeforeEach
    void copySample() throws IOException {
        FileTrees.copy(Path.of("src/test/resources/fixtures/sample/env"), root);
        retort = new RetortProcess(root);
    }

    /** A revision file too large for the heap the JVM was given fails the command with a line, not a stack trace. */
    @Test
    void runningOutOfMemorySaysHowToGiveTheJvmMore() throws IOException {
        Path empty = Files.createDirectories(root.resolve("big"));
        Files.writeString(empty.resolve("retort.toml"), "[retort]\nscript_location = \"m\"\n");
        String insert = "INSERT INTO t VALUES ('" + "x".repeat(200) + "');\n";
        Files.writeString(Files.createDirectories(empty.resolve("m/versions")).resolve("a1.sql"),
                "-- big\n--\n-- Revision ID: a1\n-- Revises: \n\n-- retort:upgrade\n" + insert.repeat(60_000)
                        + "\n-- retort:downgrade\nSELECT 1;\n");

        RetortProcess.Run run = new RetortProcess(empty, Map.of("JAVA_TOOL_OPTIONS", "-Xmx16m")).run("heads");

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("FAILED: retort ran out of memory (Java heap space); give the JVM more than"
                + " its ").contains(" MB, as JAVA_TOOL_OPTIONS=-Xmx2g does").doesNotContain("\tat ");
    }

    @Test
    void unknownRevisionIsReportedWithClosestIds() {
        RetortProcess.Run run = retort.run("show", "27c6a30d7c25");
        assertFailed(run, "Can't locate revision identified by '27c6a30d7c25'");
        assertThat(run.stderr()).contains("27c6a30d7c24");
    }

    /**
     * argparse, which Alembic's command line uses, lets a later value of an option replace an earlier one, and
     * takes a long option shortened to a prefix that names only it.
     */
    @Test
    void anOptionGivenTwiceTakesItsLastValueAndALongOneMayBeShortened() {
        RetortProcess.Run twice = retort.run("history", "-r", "27c6a30d7c24:27c6a30d7c24",
                "-r", "1975ea83b712:1975ea83b712");
        assertThat(twice.exitCode()).as(twice.stderr()).isZero();
        assertThat(twice.stdout()).isEqualTo("<base> -> 1975ea83b712, create account table\n");

        RetortProcess.Run shortened = retort.run("--conf", "retort.toml", "history", "--rev", "1975ea83b712:");
        assertThat(shortened.exitCode()).as(shortened.stderr()).isZero();
        assertThat(shortened.stdout()).isEqualTo(retort.run("history", "-r", "1975ea83b712:").stdout());
        RetortProcess.Run ambiguous = retort.run("history", "--r", "1975ea83b712:");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.stderr()).startsWith("Error: '--r' is not unique: it matches '--rev-range', '--raiseerr'");
        // As in Alembic, only the top command has --version, so a command's --ver is its --verbose.
        assertThat(retort.run("history", "--ver", "-r", "1975ea83b712:").stdout()).contains("\nRev: 1975ea83b712");
        assertThat(retort.run("heads", "-V").exitCode()).isEqualTo(2);
    }

    /** A user from Flyway or Liquibase is pointed to retort's command; a misspelt command to its near names. */
    @Test
    void anUnknownCommandSuggestsRetortsOwn() {
        RetortProcess.Run migrate = retort.run("migrate");
        assertThat(migrate.exitCode()).isEqualTo(2);
        assertThat(migrate.stderr()).isEqualTo("Unmatched argument at index 0: 'migrate'\nDid you mean: retort"
                + " upgrade? ('migrate' is Flyway's or Liquibase's command; 'retort --help' lists retort's)\n");
        // Flyway's and Liquibase's validate check applied migrations against the files, as current does.
        assertThat(retort.run("validate").stderr()).contains("Did you mean: retort current? ('validate' is Flyway's"
                + " or Liquibase's command; retort checks every revision file whenever a command reads them");
        assertThat(retort.run("list-templ").stderr()).contains("Did you mean: retort list-templates")
                .doesNotContain("list_templates");
    }

    @Test
    void aMistypedOptionWhereAFolderGoesIsAUsageError() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("init", "--package");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("'--package' is an unknown option, not a folder");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void anUnknownRevisionFormatIsAUsageError() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("revision", "-m", "x", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("Invalid value for option '--format': 'xml' is not a revision"
                + " format; write java or sql\nUsage: retort revision ");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void ambiguousPrefixListsTheCandidates() throws IOException {
        writeJavaRevision(root.resolve("migrations/versions"), "27c6b0000001", "5a3c2d1e0f9b", "extra");
        RetortProcess.Run run = retort.run("show", "27c6");
        assertFailed(run, "27c6");
        assertThat(run.stderr()).contains("27c6a30d7c24").contains("27c6b0000001");
    }

    @Test
    void multipleHeadsWhereOneIsNeededGivesAlembicsAdvice() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("revision", "-m", "next");
        assertFailed(run, "Multiple heads are present; please specify the head revision on which the new revision"
                + " should be based, or perform a merge.");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void duplicateRevisionIdIsRefusedBeforeAnyFileIsWritten() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("revision", "-m", "again", "--head", "5a3c", "--rev-id", "1975ea83b712");
        assertFailed(run, "1975ea83b712");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void duplicateBranchLabelIsRefusedBeforeAnyFileIsWritten() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("revision", "-m", "again", "--head", "5a3c", "--branch-label", "networking");
        assertFailed(run, "Branch name 'networking'");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void forbiddenCharactersInRevisionIdAreRefused() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("revision", "-m", "x", "--head", "5a3c", "--rev-id", "x@y");
        assertFailed(run, "Character(s) '@' not allowed in revision identifier 'x@y'");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void revisionIdsTheVersionTableCannotHoldOrTheGrammarReservesAreRefused() throws IOException {
        Snapshot before = Snapshot.of(root);
        assertFailed(retort.run("revision", "-m", "x", "--head", "5a3c", "--rev-id", "base"),
                "Revision identifier 'base' is reserved: it is a symbol of the revision grammar (head, heads, base,"
                        + " current), so a revision with this id could not be addressed; choose another id");
        assertFailed(retort.run("revision", "-m", "x", "--head", "5a3c", "--rev-id", "a".repeat(33)),
                "Revision identifier '" + "a".repeat(33) + "' is 33 characters long; the version table records at"
                        + " most 32 (version_num VARCHAR(32)), so choose a shorter id");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void aFileDeclaringAnIdThatCannotBeUsedIsReportedByName() throws IOException {
        Path versions = root.resolve("migrations/versions");
        writeJavaRevision(versions, "current", "5a3c2d1e0f9b", "reserved");
        writeJavaRevision(versions, "head", "5a3c2d1e0f9b", "symbol");
        RetortProcess.Run run = retort.run("heads");
        assertFailed(run, "2 revision files cannot be read:");
        assertThat(run.stderr()).contains("current_reserved.java:5: Revision identifier 'current' is reserved")
                .contains("head_symbol.java:5: Revision identifier 'head' is reserved");
    }

    @Test
    void revisionArgumentsThatNameNothingAreRefusedBeforeTheDatabaseIsOpened() {
        String empty = "Empty revision argument: name a revision id, a branch label, or a symbol such as head, heads"
                + " or base";
        String dangling = "Revision argument 'feature@' has nothing after the '@'";
        assertFailed(retort.run("upgrade", ""), empty);
        assertFailed(retort.run("downgrade", "feature@"), dangling);
        assertFailed(retort.run("stamp", "@"), "Revision argument '@' names nothing");
        assertFailed(retort.run("show", ""), empty);
        assertFailed(retort.run("edit", "feature@"), dangling);
        assertFailed(retort.run("history", "-r", "feature@:"), dangling);
        assertFailed(retort.run("history", "-i", "-r", ":@"), "Revision argument '@' names nothing");
        assertFailed(retort.run("merge", "", "7d8c"), empty);
        assertFailed(retort.run("revision", "-m", "x", "--head", ""), empty);
        assertFailed(retort.run("revision", "-m", "x", "--head", "5a3c", "--depends-on", "feature@"), dangling);
        assertFailed(retort.run("upgrade", "5a3c:", "--sql"),
                "Requested range 5a3c: has no end revision after the ':'; give one, e.g. '5a3c:head'");
        assertFailed(retort.run("downgrade", "5a3c:", "--sql"),
                "Requested range 5a3c: has no end revision after the ':'; give one, e.g. '5a3c:base'");
        assertThat(root.resolve("sample.db")).doesNotExist();
    }

    @Test
    void aRelativeStepTooLargeForAnIntIsReportedAsGiven() {
        assertFailed(retort.run("downgrade", "+99999999999999999999"),
                "Relative revision +99999999999999999999 didn't produce 99999999999999999999 migrations");
    }

    @Test
    void mergeOfRevisionsThatAreNotHeadsSaysWhatMergeTakes() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("merge", "3e2f", "4b6e", "-m", "not heads");
        assertFailed(run, "Revision 3e2f8a9b1c0d is not a head revision; merge joins head revisions only: name heads"
                + " (list them with 'retort heads'), or 'heads' for all of them");
        assertThat(run.stderr()).doesNotContain("--splice");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void aUsageErrorHidesThePasswordOfTheArgumentItRepeats() {
        RetortProcess.Run misspelt = retort.run("--URL=postgresql://u:XSECRET@db/app", "current");
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.stderr()).startsWith("Unknown option: '--URL=postgresql://u:***@db/app'\n")
                .doesNotContain("XSECRET");
        RetortProcess.Run positional = retort.run("current", "mariadb://u:XSECRET@db/app");
        assertThat(positional.exitCode()).isEqualTo(2);
        assertThat(positional.stderr()).contains("'mariadb://u:***@db/app'").doesNotContain("XSECRET");
    }

    @Test
    void anXArgumentWithoutKeyIsAUsageErrorWithStatusTwo() {
        RetortProcess.Run run = retort.run("-x", "=secret", "heads");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("Invalid value for option '-x' (KEY=VALUE): no key before '='; write -x"
                + " key=value\n").doesNotContain("secret");
    }

    @Test
    void aMisspelledKeyIsWarnedAboutEvenWithQuietAndTheCommandRuns() throws IOException {
        Path config = root.resolve("retort.toml");
        Files.writeString(config, Files.readString(config) + "transaction_per_migraton = true\n");

        RetortProcess.Run run = retort.run("-q", "heads");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).startsWith("WARNING: retort.toml, line ")
                .contains(": key 'transaction_per_migraton' is not one retort reads, so 'transaction_per_migration'"
                        + " keeps its default; did you mean 'transaction_per_migration'?");
    }

    /** A relative revision such as -1 is an argument; any other word starting with a dash is a mistyped option. */
    @Test
    void aMistypedOptionWhereARevisionGoesIsAUsageErrorWithStatusTwo() throws IOException {
        Snapshot before = Snapshot.of(root);
        for (List<String> args : List.of(List.of("upgrade", "--bogus"), List.of("stamp", "--purj", "base"),
                List.of("downgrade", "--sqll"), List.of("show", "--verbose"))) {
            RetortProcess.Run run = retort.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.stderr()).contains("is an unknown option, not a revision").contains("Usage: retort ")
                    .contains("Try 'retort " + args.get(0) + " --help' for more information.")
                    .as("the synopsis, not the whole help").doesNotContain("Show a stack trace")
                    .doesNotStartWith("FAILED").doesNotContain("\nFAILED");
        }
        RetortProcess.Run unknown = retort.run("xyzzy");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("\nCommands: init, list-templates, revision, merge,")
                .endsWith("Try 'retort --help' for more information.\n");
        RetortProcess.Run relative = retort.run("downgrade", "-1", "--sql");
        assertThat(relative.exitCode()).isEqualTo(1);
        assertThat(relative.stderr()).contains("downgrade with --sql requires <fromrev>:<torev>");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void aConfigPathThatIsNoRegularFileIsNamedAsGiven() {
        assertFailed(retort.run("-c", "/dev/null", "heads"),
                "Config file /dev/null (given by -c) is not a regular file");
    }

    @Test
    void headThatIsNotAHeadNeedsSplice() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("revision", "-m", "x", "--head", "27c6a");
        assertFailed(run, "Revision 27c6a30d7c24 is not a head revision; please specify --splice to create a new"
                + " branch from this revision");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void brokenFilesAreAllReportedTogetherWithPathAndReason() throws IOException {
        Path versions = root.resolve("migrations/versions");
        Files.writeString(versions.resolve("aaaa00000001_broken.java"), "class Broken {}\n");
        Files.writeString(versions.resolve("bbbb00000002_broken.sql"), "-- no header\nSELECT 1;\n");
        RetortProcess.Run run = retort.run("heads");
        assertFailed(run, "aaaa00000001_broken.java");
        assertThat(run.stderr()).contains("bbbb00000002_broken.sql");
    }

    @Test
    void cycleNamesTheRevisionsInvolved() throws IOException {
        Path versions = root.resolve("migrations/versions");
        writeJavaRevision(versions, "c1c1c1c1c1c1", "c2c2c2c2c2c2", "one");
        writeJavaRevision(versions, "c2c2c2c2c2c2", "c1c1c1c1c1c1", "two");
        RetortProcess.Run run = retort.run("history");
        assertFailed(run, "c1c1c1c1c1c1");
        assertThat(run.stderr()).contains("c2c2c2c2c2c2").containsIgnoringCase("cycle");
    }

    @Test
    void selfLoopNamesTheRevision() throws IOException {
        writeJavaRevision(root.resolve("migrations/versions"), "d1d1d1d1d1d1", "d1d1d1d1d1d1", "loop");
        RetortProcess.Run run = retort.run("heads");
        assertFailed(run, "Self-loop is detected in revisions (d1d1d1d1d1d1)");
    }

    @Test
    void missingParentNamesBothRevisions() throws IOException {
        writeJavaRevision(root.resolve("migrations/versions"), "e1e1e1e1e1e1", "ffffffffffff", "orphan");
        RetortProcess.Run run = retort.run("heads");
        assertFailed(run, "ffffffffffff");
        assertThat(run.stderr()).contains("e1e1e1e1e1e1");
    }

    @Test
    void backwardsHistoryRangeIsAnError() {
        assertFailed(retort.run("history", "-r", "5a3c:1975"), "5a3c");
    }

    @Test
    void historyRangeWithoutColonIsAnError() {
        assertFailed(retort.run("history", "-r", "5a3c"), "History range requires [start]:[end], [start]:, or :[end]");
    }

    @Test
    void relativeStepPastBaseIsAnError() {
        RetortProcess.Run run = retort.run("show", "networking@-5");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("FAILED: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingConfigurationSaysHowToCreateOne() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        RetortProcess.Run run = new RetortProcess(empty).run("heads");
        assertFailed(run, "retort.toml");
        assertThat(run.stderr()).contains("init");
    }

    @Test
    void malformedConfigurationNamesFileLineAndKey() throws IOException {
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\ntruncate_slug_length = \"ten\"\n");
        RetortProcess.Run run = retort.run("heads");
        assertFailed(run, "retort.toml");
        assertThat(run.stderr()).contains("line 3").contains("truncate_slug_length");
    }

    @Test
    void initRefusesANonEmptyDirectoryAndWritesNothing() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("init", "migrations");
        assertFailed(run, "already exists and is not empty");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void initRefusesAnUnknownTemplate() throws IOException {
        Path empty = Files.createDirectories(root.resolve("fresh"));
        RetortProcess.Run run = new RetortProcess(empty).run("init", "--template", "nosuch", "migrations");
        assertFailed(run, "No such template 'nosuch'");
        try (Stream<Path> files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void missingSubcommandIsAUsageErrorWithStatusTwo() {
        RetortProcess.Run run = retort.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("retort --help");
    }

    @Test
    void passwordInUrlNeverAppearsInAnError() throws IOException {
        Files.writeString(root.resolve("retort.toml"),
                "[retort]\nscript_location = \"migrations\"\nurl = \"postgresql://bob:s3cretpw@localhost/${NOPE}\"\n");
        RetortProcess.Run run = retort.run("current");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("key 'url' uses variable 'NOPE', which is not set");
        assertThat(run.stdout() + run.stderr()).doesNotContain("s3cretpw");
        RetortProcess.Run heads = retort.run("heads");
        assertThat(heads.exitCode()).as("a graph command needs no URL").isEqualTo(0);
        assertThat(heads.stdout() + heads.stderr()).doesNotContain("s3cretpw");
    }

    @Test
    void mergeOfASingleHeadIsRefused() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("merge", "networking@head", "-m", "nothing to merge");
        assertFailed(run, "Nothing to merge: networking@head resolves to the single revision 7d8c9b0a1e2f");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void mergeOfARevisionThatIsNotAHeadSaysSo() throws IOException {
        Snapshot before = Snapshot.of(root);
        RetortProcess.Run run = retort.run("merge", "6f7e8d9c0b1a", "-m", "not a head");
        assertFailed(run, "Revision 6f7e8d9c0b1a is not a head revision");
        assertThat(Snapshot.of(root)).isEqualTo(before);
    }

    @Test
    void raiseerrShowsTheStackTraceInstead() {
        RetortProcess.Run run = retort.run("--raiseerr", "show", "zzzzzz");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("UnknownRevisionException").contains("\tat ");
    }

    private static void assertFailed(RetortProcess.Run run, String messagePart) {
        assertThat(run.exitCode()).as("exit status; stderr: %s", run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("FAILED: ").contains(messagePart);
        assertThat(run.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.stdout()).isEmpty();
    }

    static void writeJavaRevision(Path folder, String id, String parent, String message) throws IOException {
        String revises = parent == null ? "{}" : "{\"" + parent + "\"}";
        Files.writeString(folder.resolve(id + "_" + message + ".java"), String.join("\n", List.of(
                "import dev.retort.api.Migration;",
                "import dev.retort.api.Operations;",
                "import dev.retort.api.Revision;",
                "",
                "@Revision(id = \"" + id + "\", revises = " + revises + ", message = \"" + message + "\")",
                "class R_" + id + " implements Migration {",
                "    public void upgrade(Operations op) {}",
                "    public void downgrade(Operations op) {}",
                "}",
                "")));
    }
}
