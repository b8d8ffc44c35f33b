package dev.retort.reflect;

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
 * A freshly made database of one kind for one test: a SQLite or H2 file in a temp dir, or a uniquely
 * named database on the PostgreSQL or MariaDB server of this machine, dropped by {@link #close()}. When a
 * server is down the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
public final class LiveDatabase implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private final Dialect dialect;
    private final String serverName;
    private final Connection connection;

    private LiveDatabase(Dialect dialect, String url, String serverName) throws SQLException {
        this.dialect = dialect;
        this.serverName = serverName;
        this.connection = open(url, dialect);
    }

    /**
     * The database of {@code kind}: {@code sqlite} or {@code h2} in {@code directory}, or a fresh database on
     * this machine's {@code postgresql} or {@code mariadb} server, or {@code mysql}: the MySQL dialect
     * talking to MariaDB.
     */
    public static LiveDatabase of(String kind, Path directory) throws SQLException {
        return switch (kind) {
            case "sqlite" -> sqlite(directory);
            case "h2" -> h2(directory);
            case "postgresql" -> postgres();
            case "mariadb" -> mariadb();
            case "mysql" -> mysqlOnMariadb();
            default -> throw new IllegalArgumentException("no test database of kind " + kind);
        };
    }

    public static LiveDatabase sqlite(Path directory) throws SQLException {
        return new LiveDatabase(Dialects.named("sqlite"), "jdbc:sqlite:" + directory.resolve("reflect.db"), null);
    }

    public static LiveDatabase h2(Path directory) throws SQLException {
        return new LiveDatabase(Dialects.named("h2"), "jdbc:h2:file:" + directory.resolve("reflect"), null);
    }

    public static LiveDatabase postgres() throws SQLException {
        return server("postgresql", POSTGRES + "postgres", POSTGRES);
    }

    public static LiveDatabase mariadb() throws SQLException {
        return server("mariadb", MARIADB + "?sslMode=disable", MARIADB);
    }

    /** The MySQL dialect talking to this machine's MariaDB server, as users of either may configure it. */
    public static LiveDatabase mysqlOnMariadb() throws SQLException {
        return server("mysql", MARIADB + "?sslMode=disable", MARIADB);
    }

    private static LiveDatabase server(String kind, String adminUrl, String prefix) throws SQLException {
        String name = "retort_reflect_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin(kind, adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String suffix = kind.equals("postgresql") ? "" : "?sslMode=disable";
        return new LiveDatabase(Dialects.named(kind), prefix + name + suffix, name);
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
        properties.setProperty("user", kind.equals("postgresql") ? "postgres" : "root");
        properties.setProperty("password", "");
        return properties;
    }

    private static Connection open(String url, Dialect dialect) throws SQLException {
        return DriverManager.getConnection(url, credentials(dialect.name()));
    }

    /** The database's name on its server; only for PostgreSQL and MariaDB. */
    public String serverName() {
        return serverName;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs each statement in order. */
    public void execute(List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public void execute(String... statements) throws SQLException {
        execute(List.of(statements));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        if (serverName != null) {
            String adminUrl = dialect.name().equals("postgresql") ? POSTGRES + "postgres" : MARIADB + "?sslMode=disable";
            try (Connection admin = admin(dialect.name(), adminUrl); Statement statement = admin.createStatement()) {
                statement.execute(dialect.name().equals("postgresql") ? "DROP DATABASE IF EXISTS " + serverName
                        + " WITH (FORCE)" : "DROP DATABASE IF EXISTS " + serverName);
            }
        }
    }
}
