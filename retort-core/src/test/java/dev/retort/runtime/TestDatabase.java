package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A freshly made database of one kind for one test: SQLite and H2 files in a temp dir, or a uniquely
 * named database on the PostgreSQL or MariaDB server of this machine, dropped by {@link #close()}.
 * When a server is down the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
abstract class TestDatabase implements AutoCloseable {
    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    /** The URL as a user writes it in retort.toml. */
    abstract String url();

    abstract String kind();

    Connection connect() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(url(), Path.of("").toAbsolutePath());
        return Connections.open(url);
    }

    /** Tables of the database's default schema, lower-cased. */
    TreeSet<String> tables() throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection connection = connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet result = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    TreeSet<String> indexes(String table) throws SQLException {
        TreeSet<String> indexes = new TreeSet<>();
        try (Connection connection = connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet result = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false,
                    false)) {
                while (result.next()) {
                    if (result.getString("INDEX_NAME") != null) {
                        indexes.add(result.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return indexes;
    }

    TreeSet<String> versionRows(String table) throws SQLException {
        return new TreeSet<>(query("SELECT version_num FROM " + table));
    }

    List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    @Override
    public void close() throws SQLException {}

    static TestDatabase create(String kind, Path dir) throws SQLException {
        return switch (kind) {
            case "sqlite" -> file("sqlite", "sqlite:///" + dir.toAbsolutePath().resolve("test.db"));
            case "h2" -> file("h2", "h2:file:" + dir.toAbsolutePath().resolve("test"));
            case "postgresql" -> server("postgresql", POSTGRES_SERVER, "postgres", "");
            case "mariadb" -> server("mariadb", MARIADB_SERVER, "root", "");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static TestDatabase file(String kind, String url) {
        return new TestDatabase() {
            @Override
            String url() {
                return url;
            }

            @Override
            String kind() {
                return kind;
            }
        };
    }

    static Connection serverConnection(String kind) throws SQLException {
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

    private static TestDatabase server(String kind, String adminUrl, String user, String password)
            throws SQLException {
        String name = "retort_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = serverConnection(kind); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = kind.equals("postgresql")
                ? "postgresql://postgres@127.0.0.1:5432/" + name
                : "mariadb://root@127.0.0.1:3306/" + name + "";
        return new TestDatabase() {
            @Override
            String url() {
                return url;
            }

            @Override
            String kind() {
                return kind;
            }

            @Override
            public void close() throws SQLException {
                try (Connection admin = serverConnection(kind); Statement statement = admin.createStatement()) {
                    statement.execute(kind.equals("postgresql")
                            ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                            : "DROP DATABASE IF EXISTS " + name);
                }
            }
        };
    }
}
