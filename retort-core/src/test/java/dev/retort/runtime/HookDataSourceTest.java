package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A hook's data source whose {@code getConnection()} breaks its contract: reported, not a stack trace. */
class HookDataSourceTest {

    @Test
    void aConnectionOfNullIsReported() {
        ConnectionSource source = ConnectionSource.of(dataSource(() -> null));

        assertThatThrownBy(source::open)
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessage("Can't connect to the DataSource of the environment hook: its getConnection() returned"
                        + " null; a DataSource returns a connection or throws SQLException");
    }

    @Test
    void anUncheckedExceptionOfGetConnectionIsReportedWithItsMessage() {
        ConnectionSource source = ConnectionSource.of(dataSource(() -> {
            throw new IllegalStateException("Failed to initialize pool: jdbc:postgresql://app:s3cret@db/shop");
        }));

        assertThatThrownBy(source::url)
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageStartingWith("Can't connect to the DataSource of the environment hook: its getConnection()"
                        + " threw java.lang.IllegalStateException: Failed to initialize pool:")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aDatabaseWithoutDialectIsNamedWithoutItsPassword() {
        java.sql.Connection oracle = connectionTo("jdbc:oracle:thin:scott/tiger@db.example:1521:orcl");
        ConnectionSource source = ConnectionSource.of(dataSource(() -> oracle));

        assertThatThrownBy(source::open)
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("it connects to jdbc:oracle:thin:scott/***@db.example:1521:orcl, a database"
                        + " retort has no dialect for")
                .hasMessageNotContaining("tiger");
    }

    /** A connection whose metadata reports {@code url}; closing it does nothing. */
    private static java.sql.Connection connectionTo(String url) {
        java.sql.DatabaseMetaData metaData = (java.sql.DatabaseMetaData) Proxy.newProxyInstance(
                java.sql.DatabaseMetaData.class.getClassLoader(), new Class<?>[] {java.sql.DatabaseMetaData.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getURL")) {
                        return url;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (java.sql.Connection) Proxy.newProxyInstance(java.sql.Connection.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getMetaData" -> metaData;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A data source whose getConnection() answers as {@code connection} does. */
    private static DataSource dataSource(java.util.function.Supplier<java.sql.Connection> connection) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
