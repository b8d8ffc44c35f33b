package dev.retort.runtime;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL enum types shared by several tables and columns, through whole runs of Java revisions:
 * each type is created once and dropped after its last user, whether it was made in the same run, by
 * an earlier run, by a SQL revision or by {@code op.execute}.
 */
class PostgresEnumTypesTest {
    private static final Column ID = column("id", INTEGER).primaryKey();
    private static final Column ST = column("st", enumType("status", "a", "b"));
    private static final Column ST2 = column("st2", enumType("status", "a", "b"));
    private static final Table E1 = table("e1", ID, ST);
    private static final Table E2 = table("e2", ID, ST);

    @TempDir
    Path dir;

    /** The revision the tester wrote: two tables and an added column, all of one enum type. */
    private static final Migration TWO_TABLES_AND_A_COLUMN = revision(op -> {
        op.createTable("e1", ID, ST);
        op.createTable("e2", ID, ST);
        op.addColumn("e2", ST2);
    }, op -> {
        op.dropColumn("e2", ST2);
        op.dropTable(E2);
        op.dropTable(E1);
    });

    @Test
    void tablesAndAColumnSharingAnEnumUpgradeDowngradeToBaseAndUpgradeAgain() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = project(database.url(), Map.of("aaaa00000001", TWO_TABLES_AND_A_COLUMN));

            commands.upgrade("heads", Optional.empty());
            assertThat(enumTypes(database)).containsExactly("status");
            assertThat(database.query("SELECT table_name || '.' || column_name FROM information_schema.columns"
                    + " WHERE udt_name = 'status' ORDER BY 1")).containsExactly("e1.st", "e2.st", "e2.st2");

            commands.downgrade("base", Optional.empty());
            assertThat(enumTypes(database)).isEmpty();
            assertThat(database.tables()).containsExactly("retort_version");

            commands.upgrade("heads", Optional.empty());
            assertThat(enumTypes(database)).containsExactly("status");
        }
    }

    @Test
    void aTypeMadeByOpExecuteAnEarlierRunOrASqlRevisionIsUsedAsItIsAndDroppedAfterItsLastUser()
            throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            Map<String, Migration> revisions = new LinkedHashMap<>();
            revisions.put("aaaa00000001", revision(op -> {
                op.execute("CREATE TYPE status AS ENUM ('a', 'b')");
                op.createTable("e1", ID, ST);
            }, op -> op.dropTable(E1)));
            revisions.put("aaaa00000002", null);
            revisions.put("aaaa00000003", revision(op -> {
                op.createTable("e2", ID, ST, column("m", enumType("mood", "x")));
                op.addColumn("e1", ST2);
            }, op -> {
                op.dropColumn("e1", ST2);
                op.dropTable(table("e2", ID, ST, column("m", enumType("mood", "x"))));
            }));
            MigrationCommands commands = project(database.url(), revisions);

            commands.upgrade("aaaa00000001", Optional.empty());
            assertThat(enumTypes(database)).containsExactly("status");
            commands.upgrade("heads", Optional.empty());
            assertThat(enumTypes(database)).containsExactly("mood", "status");
            assertThat(database.query("SELECT table_name || '.' || column_name FROM information_schema.columns"
                    + " WHERE udt_name IN ('status', 'mood') ORDER BY 1")).containsExactly("e1.st", "e1.st2",
                    "e2.m", "e2.st");

            commands.downgrade("aaaa00000001", Optional.empty());
            assertThat(enumTypes(database)).containsExactly("status");
            commands.downgrade("base", Optional.empty());
            assertThat(enumTypes(database)).isEmpty();
            commands.upgrade("heads", Optional.empty());
            assertThat(enumTypes(database)).containsExactly("mood", "status");
        }
    }

    @Test
    void anOfflineScriptCreatesASharedTypeOnceAndDropsItAfterItsLastUser() {
        MigrationCommands commands = project("postgresql://u@localhost/db",
                Map.of("aaaa00000001", TWO_TABLES_AND_A_COLUMN));

        StringBuilder upgrade = new StringBuilder();
        commands.upgradeSql("heads", Optional.empty(), upgrade);
        assertThat(statementsOnE(upgrade)).containsExactly(
                "CREATE TYPE status AS ENUM ('a', 'b');",
                "CREATE TABLE e1 (",
                "CREATE TABLE e2 (",
                "ALTER TABLE e2 ADD COLUMN st2 status;");

        StringBuilder downgrade = new StringBuilder();
        commands.downgradeSql("aaaa00000001:base", Optional.empty(), downgrade);
        assertThat(statementsOnE(downgrade)).containsExactly(
                "ALTER TABLE e2 DROP COLUMN st2;",
                "DROP TABLE e2;",
                "DROP TABLE e1;",
                "DROP TYPE status;");
    }

    /** The lines of a script that create, alter or drop the test's tables and types. */
    private static List<String> statementsOnE(CharSequence script) {
        return Arrays.stream(script.toString().split("\n"))
                .filter(line -> line.matches("(CREATE|ALTER|DROP) (TABLE e|TYPE ).*"))
                .toList();
    }

    private static List<String> enumTypes(TestDatabase database) throws Exception {
        return database.query("SELECT typname FROM pg_type WHERE typtype = 'e' ORDER BY typname");
    }

    /**
     * A project whose revisions form one chain in the order given: a Java revision for each migration,
     * and a SQL revision that makes the enum type {@code mood} for a null one.
     */
    private MigrationCommands project(String url, Map<String, Migration> chain) {
        SampleEnvironment env = new SampleEnvironment(dir);
        env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\nurl = \"" + url + "\"\n");
        String previous = "";
        Map<String, Migration> java = new LinkedHashMap<>();
        for (Map.Entry<String, Migration> revision : chain.entrySet()) {
            String id = revision.getKey();
            if (revision.getValue() == null) {
                env.revision("migrations/versions", id, "mood", previous, "", "",
                        "CREATE TYPE mood AS ENUM ('x');\n", "DROP TYPE IF EXISTS mood;\n");
            } else {
                java.put(id, revision.getValue());
                env.write("migrations/versions/" + id + "_enums.java", """
                        import dev.retort.api.Migration;
                        import dev.retort.api.Operations;
                        import dev.retort.api.Revision;

                        @Revision(id = "%s", revises = {%s}, message = "enums",
                                createDate = "2026-12-06 00:00:00.000000")
                        class Enums_%1$s implements Migration {
                            public void upgrade(Operations op) {
                            }

                            public void downgrade(Operations op) {
                            }
                        }
                        """.formatted(id, previous.isEmpty() ? "" : "\"" + previous + "\""));
            }
            previous = id;
        }
        MigrationLoader loader = scripts -> {
            Map<String, Migration> loaded = new LinkedHashMap<>();
            scripts.stream().filter(script -> java.containsKey(script.id()))
                    .forEach(script -> loaded.put(script.id(), java.get(script.id())));
            return loaded;
        };
        return new MigrationCommands(env.catalog(), loader, MigrationListener.SILENT);
    }

    private static Migration revision(Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        };
    }
}
