package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example (Java revisions made of operations, SQL revisions, a branch, a merge and a data
 * migration) upgrades to head and downgrades to base on every database retort runs on.
 */
class ExampleRoundTripIT {
    private static final Path EXAMPLE = Path.of("..", "examples", "shop");
    private static final String HEAD = "8b7d2f4c9a08";

    @TempDir
    Path root;

    @Test
    void roundTripOnSqlite() throws IOException {
        roundTrip(Map.of());
    }

    @Test
    void roundTripOnH2() throws IOException {
        roundTrip(Map.of("DATABASE_URL", "h2:file:" + root.resolve("shop-h2").toAbsolutePath()));
    }

    @Test
    void roundTripOnPostgresql() throws Exception {
        try (ServerDatabase database = ServerDatabase.create("postgresql")) {
            roundTrip(Map.of("DATABASE_URL", database.url()));
            assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                    .containsExactly("1");
        }
    }

    @Test
    void roundTripOnMariaDb() throws Exception {
        try (ServerDatabase database = ServerDatabase.create("mariadb")) {
            roundTrip(Map.of("DATABASE_URL", database.url()));
            assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"))
                    .containsExactly("1");
        }
    }

    @Test
    void roundTripThroughTheMySqlDialectOnMariaDb() throws Exception {
        try (ServerDatabase database = ServerDatabase.create("mariadb")) {
            roundTrip(Map.of("DATABASE_URL", database.url().replace("mariadb://", "mysql://")));
            assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"))
                    .containsExactly("1");
        }
    }

    /** What the README's first command leaves in the example: its database, lock file and compiled classes. */
    private static boolean leftByARun(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".db") || name.endsWith("-retort-lock")
                || path.startsWith(Path.of("migrations", ".retort-cache"));
    }

    private void roundTrip(Map<String, String> environment) throws IOException {
        FileTrees.copy(EXAMPLE, root.resolve("shop"), path -> !leftByARun(path));
        RetortProcess retort = new RetortProcess(root.resolve("shop"), environment);

        RetortProcess.Run upgrade = retort.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.stderr()).isZero();
        assertThat(upgrade.stderr()).contains("Running upgrade 6f5b0d2a7e06 -> 7a6c1e3b8f07, backfill order totals")
                .contains("Running upgrade 7a6c1e3b8f07 -> " + HEAD + ", widen customer name");
        assertThat(retort.run("current").stdout()).isEqualTo(HEAD + " (head)\n");
        assertThat(retort.run("history", "-i").stdout()).startsWith("7a6c1e3b8f07 -> " + HEAD
                + " (crm, inventory) (head) (current), widen customer name\n");

        RetortProcess.Run downgrade = retort.run("downgrade", "base");
        assertThat(downgrade.exitCode()).as(downgrade.stderr()).isZero();
        assertThat(retort.run("current").stdout()).isEmpty();
    }
}
