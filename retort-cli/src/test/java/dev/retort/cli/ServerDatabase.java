package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A uniquely named database on the PostgreSQL or MariaDB server of this machine, dropped on close. A
 * server that is down skips the test with a message, or fails it under {@code CI=true}.
 */
final class ServerDatabase implements AutoCloseable {
    private final String kind;
    private final String name;

    private ServerDatabase(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    static ServerDatabase create(String kind) throws SQLException {
        String name = "retort_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = admin(kind, ""); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ServerDatabase(kind, name);
    }

    /** The URL a user would write; MariaDB's driver wants TLS unless told otherwise. */
    String url() {
        return kind.equals("postgresql")
                ? "postgresql://postgres@127.0.0.1:5432/" + name
                : "mariadb://root@127.0.0.1:3306/" + name + "";
    }

    List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = admin(kind, name); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = admin(kind, name); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static Connection admin(String kind, String database) throws SQLException {
        boolean postgres = kind.equals("postgresql");
        Properties properties = new Properties();
        properties.setProperty("user", postgres ? "postgres" : "root");
        properties.setProperty("password", "");
        String url = postgres
                ? "jdbc:postgresql://127.0.0.1:5432/" + (database.isEmpty() ? "postgres" : database)
                : "jdbc:mariadb://127.0.0.1:3306/" + database + "";
        try {
            return DriverManager.getConnection(url, properties);
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
    public void close() throws SQLException {
        try (Connection admin = admin(kind, ""); Statement statement = admin.createStatement()) {
            statement.execute(kind.equals("postgresql")
                    ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                    : "DROP DATABASE IF EXISTS " + name);
        }
    }
}
