package dev.retort.model;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for one test: a SQLite or H2 file in a temp dir, or a uniquely named database on the
 * PostgreSQL server of this machine, dropped by {@link #close()}. When the server is down the test is
 * skipped, except under {@code CI=true}, where it fails.
 */
final class ModelDatabase implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private final Dialect dialect;
    private final Connection connection;
    private final String serverName;

    private ModelDatabase(String kind, String url, String serverName) throws SQLException {
        this.dialect = Dialects.named(kind);
        this.connection = DriverManager.getConnection(url, credentials());
        this.serverName = serverName;
    }

    static ModelDatabase open(String kind, Path directory) throws SQLException {
        return switch (kind) {
            case "sqlite" -> new ModelDatabase(kind, "jdbc:sqlite:" + directory.resolve("models.db"), null);
            case "h2" -> new ModelDatabase(kind, "jdbc:h2:file:" + directory.resolve("models"), null);
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static ModelDatabase postgres() throws SQLException {
        String name = "retort_models_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ModelDatabase("postgresql", POSTGRES + name, name);
    }

    private static Connection admin() throws SQLException {
        try {
            return DriverManager.getConnection(POSTGRES + "postgres", credentials());
        } catch (SQLException e) {
            String message = "The PostgreSQL server of this machine is not reachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true requires it");
            }
            Assumptions.abort(message + "; skipped outside CI");
            throw e;
        }
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        return properties;
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    void execute(List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        if (serverName != null) {
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + serverName + " WITH (FORCE)");
            }
        }
    }
}
