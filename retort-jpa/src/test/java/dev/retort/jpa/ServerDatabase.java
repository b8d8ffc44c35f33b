package dev.retort.jpa;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.Operation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A freshly made database for one test: an H2 or SQLite file in a temp dir, or a uniquely named database on the
 * PostgreSQL or MariaDB server of this machine, dropped by {@link #close()}. When a server is down the
 * test is skipped with a message, except under {@code CI=true}, where it fails.
 */
final class ServerDatabase implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private final String kind;
    private final String serverName;
    private final Connection connection;

    private ServerDatabase(String kind, String url, String serverName) throws SQLException {
        this.kind = kind;
        this.serverName = serverName;
        this.connection = DriverManager.getConnection(url, credentials(kind));
    }

    static ServerDatabase h2(Path directory) throws SQLException {
        return new ServerDatabase("h2", "jdbc:h2:file:" + directory.resolve("jpa"), null);
    }

    static ServerDatabase sqlite(Path directory) throws SQLException {
        return new ServerDatabase("sqlite", "jdbc:sqlite:" + directory.resolve("jpa.db"), null);
    }

    static ServerDatabase postgres() throws SQLException {
        return server("postgresql", POSTGRES + "postgres", POSTGRES, "");
    }

    static ServerDatabase mariadb() throws SQLException {
        return server("mariadb", MARIADB + "?sslMode=disable", MARIADB, "?sslMode=disable");
    }

    private static ServerDatabase server(String kind, String adminUrl, String prefix, String suffix)
            throws SQLException {
        String name = "retort_jpa_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin(kind, adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ServerDatabase(kind, prefix + name + suffix, name);
    }

    private static Connection admin(String kind, String adminUrl) throws SQLException {
        try {
            return DriverManager.getConnection(adminUrl, credentials(kind));
        } catch (SQLException e) {
            String message = "The " + kind + " server of this machine is not reachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true requires it");
            }
            Assumptions.abort(message + "; skipped outside CI");
            throw e;
        }
    }

    private static Properties credentials(String kind) {
        Properties properties = new Properties();
        properties.setProperty("user", kind.equals("postgresql") ? "postgres" : kind.equals("h2") ? "sa" : "root");
        properties.setProperty("password", "");
        return properties;
    }

    Connection connection() {
        return connection;
    }

    /** The server's version as Hibernate is told it: {@code 15.20}, {@code 10.11}. */
    String version() throws SQLException {
        return connection.getMetaData().getDatabaseMajorVersion() + "."
                + connection.getMetaData().getDatabaseMinorVersion();
    }

    /** Runs the operations as the dialect's DDL compiler writes them. */
    void apply(Dialect dialect, List<Operation> operations) throws SQLException {
        DdlCompiler compiler = DdlCompilers.forDialect(dialect);
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations) {
            statements.addAll(compiler.compile(operation));
        }
        execute(statements);
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
            String adminUrl = kind.equals("postgresql") ? POSTGRES + "postgres" : MARIADB + "?sslMode=disable";
            try (Connection admin = admin(kind, adminUrl); Statement statement = admin.createStatement()) {
                statement.execute(kind.equals("postgresql") ? "DROP DATABASE IF EXISTS " + serverName + " WITH (FORCE)"
                        : "DROP DATABASE IF EXISTS " + serverName);
            }
        }
    }
}
