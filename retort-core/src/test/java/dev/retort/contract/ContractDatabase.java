package dev.retort.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.config.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.runtime.Connections;
import dev.retort.runtime.LiveRevisionRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The database one contract test runs on: a SQLite or H2 file in a temporary directory, or a uniquely
 * named database on this machine's PostgreSQL or MariaDB server (which also serves the MySQL dialect),
 * made when the test first uses it and dropped when JUnit closes it. A server that is down skips the
 * test, except under {@code CI=true}, where it fails.
 */
final class ContractDatabase implements AutoCloseable {
    private static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/?sslMode=disable";

    /** What MySQL 8 has and MariaDB lacks, as {@link #assumeServerHas} is asked about it. */
    private static final Set<String> MARIADB_LACKS = Set.of("indexes on expressions",
            "ALTER TABLE ... DROP CHECK", "time zone offsets in datetime literals");

    private final String kind;
    private Path directory;
    private String serverDatabase;
    private Connection connection;
    private Dialect dialect;
    private LiveRevisionRunner runner;

    private ContractDatabase(String kind) {
        this.kind = kind;
    }

    /** One database of each kind the contract runs on, not yet made. */
    static Stream<ContractDatabase> all() {
        return Stream.of("sqlite", "h2", "postgresql", "mariadb", "mysql").map(ContractDatabase::new);
    }

    /** A database of one kind, not yet made, for a test of what only that database has; close it after. */
    static ContractDatabase of(String kind) {
        return new ContractDatabase(kind);
    }

    /** sqlite, h2, postgresql, mariadb, or mysql (the MySQL dialect on the MariaDB server). */
    String kind() {
        return kind;
    }

    Dialect dialect() {
        open();
        return dialect;
    }

    DialectCapabilities capabilities() {
        return dialect().capabilities();
    }

    /**
     * Skips the test where the server lacks what the dialect has: the MySQL dialect runs here against a
     * MariaDB server, which has some of MySQL's features under another syntax or not at all.
     */
    void assumeServerHas(String feature) {
        Assumptions.assumeTrue(serverHas(feature),
                "the MySQL dialect runs against a MariaDB server here, which lacks " + feature);
    }

    boolean serverHas(String feature) {
        return !(kind.equals("mysql") && MARIADB_LACKS.contains(feature));
    }

    Connection connection() {
        open();
        return connection;
    }

    /** The schema as the database's catalog has it now. */
    SchemaSnapshot snapshot() {
        return new Catalog(kind, connection()).snapshot();
    }

    /** Runs {@code body} as the upgrade of a revision; the statements it executed. */
    List<String> apply(Consumer<Operations> body) {
        open();
        return runner.upgrade(revision(body, op -> { }));
    }

    /**
     * Upgrades with {@code upgrade}, lets {@code check} look at the schema, downgrades with {@code downgrade}
     * and requires the schema to be as it was before.
     */
    void roundTrip(Consumer<Operations> upgrade, Consumer<Operations> downgrade, Consumer<SchemaSnapshot> check) {
        SchemaSnapshot before = snapshot();
        Migration migration = revision(upgrade, downgrade);
        runner.upgrade(migration);
        SchemaSnapshot after = snapshot();
        check.accept(after);
        runner.downgrade(migration);
        assertThat(snapshot()).as("the schema after the downgrade").isEqualTo(before);
    }

    /** The rows of a query, each column read with {@link java.sql.ResultSet#getObject(int)}. */
    Rows query(String sql) {
        return Rows.read(connection(), sql);
    }

    /** The next value of a sequence: PostgreSQL has only its {@code nextval} function, the others the standard's form. */
    long nextValue(String sequence) {
        String sql = kind.equals("postgresql") ? "SELECT nextval('" + sequence + "') AS next"
                : "SELECT NEXT VALUE FOR " + sequence + " AS next";
        return Long.parseLong(query(sql).column("next").get(0));
    }

    /** A value as a literal of this database, as {@link Operations#inlineLiteral} writes it. */
    String literal(Object value) {
        return DdlCompilers.forDialect(dialect()).literal(value);
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

    private void open() {
        if (connection != null) {
            return;
        }
        try {
            String url = create();
            DatabaseUrl parsed = DatabaseUrl.parse(url, Path.of("").toAbsolutePath());
            dialect = Dialects.named(parsed.dialect());
            connection = Connections.open(parsed);
            runner = new LiveRevisionRunner(connection, dialect);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot make the " + kind + " database", e);
        }
    }

    /** Makes the database; the URL as a user writes it in retort.toml. */
    private String create() throws SQLException, IOException {
        switch (kind) {
            case "sqlite":
                directory = Files.createTempDirectory("contract");
                return "sqlite:///" + directory.resolve("contract.db");
            case "h2":
                directory = Files.createTempDirectory("contract");
                return "h2:file:" + directory.resolve("contract");
            default:
                serverDatabase = "retort_contract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                try (Connection admin = server(); Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + serverDatabase);
                }
                return kind.equals("postgresql") ? "postgresql://postgres@127.0.0.1:5432/" + serverDatabase
                        : kind + "://root@127.0.0.1:3306/" + serverDatabase + "?sslMode=disable";
        }
    }

    private Connection server() throws SQLException {
        boolean postgres = kind.equals("postgresql");
        Properties properties = new Properties();
        properties.setProperty("user", postgres ? "postgres" : "root");
        properties.setProperty("password", "");
        try {
            return DriverManager.getConnection(postgres ? POSTGRES_SERVER : MARIADB_SERVER, properties);
        } catch (SQLException e) {
            String message = "The " + kind + " server of this machine is not reachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true requires it");
            }
            Assumptions.abort(message + "; skipped outside CI");
            throw e;
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        if (connection != null) {
            connection.close();
        }
        if (serverDatabase != null) {
            try (Connection admin = server(); Statement statement = admin.createStatement()) {
                statement.execute(kind.equals("postgresql")
                        ? "DROP DATABASE IF EXISTS " + serverDatabase + " WITH (FORCE)"
                        : "DROP DATABASE IF EXISTS " + serverDatabase);
            }
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
