package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRevisionParsingTest {

    private static final String SPEC_EXAMPLE = """
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
            """;

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path file = dir.resolve("rev.sql");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private BrokenRevisionFileException broken(String content) throws IOException {
        Path file = file(content);
        try {
            RevisionFileParser.parse(file);
        } catch (BrokenRevisionFileException e) {
            assertThat(e.path()).isEqualTo(file);
            return e;
        }
        throw new AssertionError("expected the file to be refused:\n" + content);
    }

    @Test
    void readsTheHeaderOfTheSpecExample() throws IOException {
        RevisionScript script = RevisionFileParser.parse(file(SPEC_EXAMPLE));

        assertThat(script.revision()).isEqualTo(new Revision("3c1e2fa09b11", List.of("ae1027a6acf0"),
                List.of("reporting"), List.of("55b2c0e41d10")));
        assertThat(script.message()).isEqualTo("add an index on orders");
        assertThat(script.createDate()).isEqualTo("2026-11-22 10:00:00.123456");
        assertThat(script.format()).isEqualTo(RevisionFormat.SQL);
        assertThat(script.docstring()).isEqualTo("""
                add an index on orders

                Revision ID: 3c1e2fa09b11
                Revises: ae1027a6acf0
                Create Date: 2026-11-22 10:00:00.123456""");
    }

    @Test
    void buildsTheDocstringFromTheMetadataAsForAJavaRevision() throws IOException {
        RevisionScript sql = RevisionFileParser.parse(file(
                "-- lead\n--\n-- Revision ID: b1\n-- Revises:\n-- Branch labels: lab\n-- Depends on: a1\n"
                        + "-- Create Date: 2026-11-22 10:00:00\n\n-- retort:upgrade\n-- retort:downgrade\n"));
        Path javaFile = dir.resolve("b1_lead.java");
        Files.writeString(javaFile, "@Revision(id = \"b1\", revises = {}, branchLabels = {\"lab\"},"
                + " dependsOn = {\"a1\"}, message = \"lead\", createDate = \"2026-11-22 10:00:00\") class B {}");
        RevisionScript java = RevisionFileParser.parse(javaFile);

        assertThat(sql.docstring()).isEqualTo("lead\n\nRevision ID: b1\nRevises: \nCreate Date: 2026-11-22 10:00:00")
                .isEqualTo(java.docstring());
    }

    @Test
    void readsTheBodyBetweenTheMarkers() throws IOException {
        SqlRevisionBody body = RevisionFileParser.parseSqlBody(file(SPEC_EXAMPLE));

        assertThat(body.upgrade().sql()).isEqualTo("CREATE INDEX ix_orders_customer ON orders (customer_id);\n");
        assertThat(body.upgrade().firstLine()).isEqualTo(10);
        assertThat(body.upgrade().transactional()).isTrue();
        assertThat(body.downgrade().sql()).isEqualTo("DROP INDEX ix_orders_customer;\n");
        assertThat(body.downgrade().firstLine()).isEqualTo(13);
    }

    @Test
    void readsMarkerOptions() throws IOException {
        SqlRevisionBody body = RevisionFileParser.parseSqlBody(file("""
                -- Revision ID: a1
                -- Revises:
                -- retort:upgrade transaction=false
                CREATE INDEX CONCURRENTLY ix ON t (c);
                -- retort:downgrade   transaction=true
                DROP INDEX ix;"""));

        assertThat(body.upgrade().options()).isEqualTo(Map.of("transaction", "false"));
        assertThat(body.upgrade().transactional()).isFalse();
        assertThat(body.downgrade().transactional()).isTrue();
        assertThat(body.downgrade().sql()).isEqualTo("DROP INDEX ix;");
    }

    @Test
    void readsIndentedMarkers() throws IOException {
        SqlRevisionBody body = RevisionFileParser.parseSqlBody(file(
                "-- Revision ID: a1\n-- Revises:\n\n  -- retort:upgrade\nCREATE TABLE t (c INT);\n\t-- retort:downgrade\n"
                        + "DROP TABLE t;"));

        assertThat(body.upgrade().sql()).isEqualTo("CREATE TABLE t (c INT);");
        assertThat(body.downgrade().sql()).isEqualTo("DROP TABLE t;");
    }

    @Test
    void readsMergesMultiLineMessagesAndWindowsLineEnds() throws IOException {
        RevisionScript script = RevisionFileParser.parse(file(
                "-- merge branches\r\n--   and more\r\n--\r\n--\r\n-- Revision ID: m1\r\n-- Revises: a1,b1 , c1\r\n"
                        + "-- create date: 2026-11-22 10:00:00\r\n\r\n-- retort:upgrade\r\n-- retort:downgrade\r\n"));

        assertThat(script.revision()).isEqualTo(Revision.of("m1", "a1", "b1", "c1"));
        assertThat(script.message()).isEqualTo("merge branches\n  and more");
        assertThat(script.createDate()).isEqualTo("2026-11-22 10:00:00");
    }

    @Test
    void aRevisionIdLineAfterABlankLineIsSaidToBeOutsideTheHeader() throws IOException {
        BrokenRevisionFileException broken = broken("-- a message\n\n-- Revision ID: r1\n-- Revises:\n\n"
                + "-- retort:upgrade\n-- retort:downgrade\n");

        assertThat(broken.line()).isEqualTo(1);
        assertThat(broken.reason()).isEqualTo("the header comment has no '-- Revision ID: ...' line; the header ends"
                + " at line 2, which is not a comment, so line 3 is not part of it: delete the lines between");
    }

    /** retort writes an empty comment line between the message and the fields: what comes before is message. */
    @Test
    void aMessageLineThatReadsLikeAFieldStaysMessage() throws IOException {
        RevisionScript script = RevisionFileParser.parse(file("--\n-- Revision ID: quoted\n--\n-- Revision ID: r1\n"
                + "-- Revises:\n\n-- retort:upgrade\n-- retort:downgrade\n"));

        assertThat(script.id()).isEqualTo("r1");
        assertThat(script.message()).isEqualTo("\nRevision ID: quoted");
    }

    /** A line break inside a string is data: it is sent as the file has it, CRLF or LF. */
    @Test
    void keepsTheFilesLineBreaksInsideTheStatements() throws IOException {
        SqlRevisionBody body = SqlRevisionReader.read(Path.of("r.sql"), "-- Revision ID: r1\r\n-- Revises:\r\n\r\n"
                + "-- retort:upgrade\r\nINSERT INTO t VALUES ('line1\r\nline2');\r\n-- retort:downgrade\n"
                + "INSERT INTO t VALUES ('a\nb');\n").body();

        assertThat(body.upgrade().sql()).isEqualTo("INSERT INTO t VALUES ('line1\r\nline2');");
        assertThat(body.downgrade().sql()).isEqualTo("INSERT INTO t VALUES ('a\nb');\n");
    }

    @Test
    void anEmptyRevisesMakesABase() throws IOException {
        RevisionScript script = RevisionFileParser.parse(file("-- Revision ID: b1\n-- Revises:\n\n"
                + "-- retort:upgrade\n\n-- retort:downgrade\n"));

        assertThat(script.revision()).isEqualTo(Revision.of("b1"));
        assertThat(script.message()).isEmpty();
    }

    @Test
    void refusesAFileWithoutHeader() throws IOException {
        BrokenRevisionFileException e = broken("\nCREATE TABLE t (id INT);\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("no header comment: a SQL revision starts with comment lines holding its"
                + " message and '-- Revision ID: ...'");
    }

    @Test
    void refusesAHeaderWithoutRevisionId() throws IOException {
        BrokenRevisionFileException e = broken("-- a message\n-- Revises: a1\n\n-- retort:upgrade\n-- retort:downgrade\n");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).isEqualTo("the header comment has no '-- Revision ID: ...' line");
    }

    @Test
    void refusesUnknownAndRepeatedHeaderLines() throws IOException {
        BrokenRevisionFileException unknown = broken("-- m\n-- Revision ID: a1\n-- Revisess: b1\n");
        BrokenRevisionFileException twice = broken("-- Revision ID: a1\n-- Revises: b1\n-- Revises: c1\n");

        assertThat(unknown.line()).isEqualTo(3);
        assertThat(unknown.reason()).isEqualTo("unrecognised header line '-- Revisess: b1'; after '-- Revision ID:'"
                + " the header holds only Revises, Branch labels, Depends on, Create Date lines (separate other"
                + " comments from the header with a blank line)");
        assertThat(twice.line()).isEqualTo(3);
        assertThat(twice.reason()).isEqualTo("the header gives 'Revises:' twice (first on line 2)");
    }

    @Test
    void refusesBadIdsAndLists() throws IOException {
        assertThat(broken("-- Revision ID: a-1\n").reason())
                .isEqualTo("Character(s) '-' not allowed in revision identifier 'a-1'");
        assertThat(broken("-- Revision ID:\n").reason()).isEqualTo("'-- Revision ID:' is empty");
        BrokenRevisionFileException emptyEntry = broken("-- Revision ID: a1\n-- Revises: b1,\n");
        assertThat(emptyEntry.line()).isEqualTo(2);
        assertThat(emptyEntry.reason()).isEqualTo("'Revises:' has an empty entry (entries are separated by commas)");
        assertThat(broken("-- Revision ID: a1\n-- Revises:\n-- Depends on: x, x\n").reason())
                .isEqualTo("'Depends on:' lists 'x' twice");
    }

    @Test
    void refusesAHeaderWithoutRevisesOrWithTwoIds() throws IOException {
        BrokenRevisionFileException noParents = broken("-- Revision ID: a1\n-- Create Date: 2026-12-06\n");
        assertThat(noParents.line()).isEqualTo(1);
        assertThat(noParents.reason()).isEqualTo("the header has no '-- Revises:' line; name the parent revisions"
                + " there, or leave it empty ('-- Revises:') for a base revision");
        BrokenRevisionFileException twoIds = broken("-- Revision ID: a1\n-- Revises:\n-- Revision ID: b2\n");
        assertThat(twoIds.line()).isEqualTo(3);
        assertThat(twoIds.reason()).isEqualTo("the header gives 'Revision ID:' twice (first on line 1)");
    }

    @Test
    void refusesMissingMisplacedAndUnknownMarkers() throws IOException {
        String header = "-- Revision ID: a1\n-- Revises:\n";
        assertThat(broken(header + "SELECT 1;\n").reason())
                .isEqualTo("no '-- retort:upgrade' marker line; the upgrade statements follow it");
        assertThat(broken(header + "-- retort:upgrade\nSELECT 1;\n").reason())
                .isEqualTo("no '-- retort:downgrade' marker line; add one after the upgrade statements, even if"
                        + " nothing follows it");
        BrokenRevisionFileException before = broken(header + "\nSELECT 1;\n-- retort:upgrade\n-- retort:downgrade\n");
        assertThat(before.line()).isEqualTo(4);
        assertThat(before.reason()).isEqualTo("SQL before the '-- retort:upgrade' marker would never run; move it"
                + " below the marker");
        BrokenRevisionFileException order = broken(header + "-- retort:downgrade\n-- retort:upgrade\n");
        assertThat(order.line()).isEqualTo(3);
        assertThat(order.reason()).isEqualTo("'-- retort:downgrade' comes before '-- retort:upgrade'");
        BrokenRevisionFileException onlyDowngrade = broken(header + "CREATE TABLE t (id INT);\n-- retort:downgrade\n"
                + "DROP TABLE t;\n");
        assertThat(onlyDowngrade.line()).isEqualTo(4);
        assertThat(onlyDowngrade.reason()).isEqualTo("no '-- retort:upgrade' marker line before the downgrade's; the"
                + " upgrade statements follow it");
        BrokenRevisionFileException twice = broken(header + "-- retort:upgrade\n-- retort:downgrade\n-- retort:upgrade\n");
        assertThat(twice.line()).isEqualTo(5);
        assertThat(twice.reason()).isEqualTo("second '-- retort:upgrade' marker (the first is on line 3)");
        assertThat(broken(header + "-- retort:upgrad\n").reason())
                .isEqualTo("unknown marker 'retort:upgrad'; the markers are '-- retort:upgrade' and"
                        + " '-- retort:downgrade'");
        BrokenRevisionFileException upperCase = broken(header + "-- RETORT:UPGRADE\nSELECT 1;\n-- retort:downgrade\n");
        assertThat(upperCase.line()).isEqualTo(3);
        assertThat(upperCase.reason())
                .isEqualTo("markers are written in lower case: '-- retort:upgrade' and '-- retort:downgrade'");
        assertThat(broken(header + "-- retort:Upgrade\n-- retort:downgrade\n").reason())
                .startsWith("markers are written in lower case");
        assertThat(broken(header + "  -- retort:UPGRADE\n-- retort:downgrade\n").reason())
                .startsWith("markers are written in lower case");
    }

    @Test
    void refusesUnknownMarkerOptions() throws IOException {
        BrokenRevisionFileException e = broken("-- Revision ID: a1\n-- Revises:\n-- retort:upgrade transaction=no\n"
                + "-- retort:downgrade\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("unknown marker option 'transaction=no'; markers accept transaction=true or"
                + " transaction=false");
    }
}
