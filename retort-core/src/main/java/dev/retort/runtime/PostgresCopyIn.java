package dev.retort.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a PostgreSQL {@code COPY ... FROM STDIN} with its rows through pgjdbc's {@code CopyManager}, as a plain
 * JDBC statement cannot carry them. The core depends on no JDBC driver (a project on SQLite needs no pgjdbc,
 * and the architecture tests hold the core to that), so the driver's API is reached by reflection, through
 * the class loader that loaded the connection; only its two public, long-stable methods are used.
 */
final class PostgresCopyIn {
    private static final String PG_CONNECTION = "org.postgresql.PGConnection";

    private PostgresCopyIn() {}

    /** Runs the COPY on the connection, in its current transaction; the number of rows copied. */
    static long copyIn(Connection connection, String sql, String data) throws SQLException {
        Class<?> pgConnection = pgConnectionClass(connection);
        try {
            Method getCopyApi = pgConnection.getMethod("getCopyAPI");
            Method copyIn = getCopyApi.getReturnType().getMethod("copyIn", String.class, Reader.class);
            Object copyApi = getCopyApi.invoke(connection.unwrap(pgConnection));
            return (Long) copyIn.invoke(copyApi, sql, new StringReader(data));
        } catch (InvocationTargetException e) {
            throw asSqlException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("COPY ... FROM STDIN needs the PostgreSQL JDBC driver's CopyManager API, which"
                    + " this driver does not offer (" + e + "); use a pgjdbc version from 9.4 on", e);
        }
    }

    private static Class<?> pgConnectionClass(Connection connection) throws SQLException {
        for (ClassLoader loader : new ClassLoader[] {connection.getClass().getClassLoader(),
                Thread.currentThread().getContextClassLoader(), PostgresCopyIn.class.getClassLoader()}) {
            try {
                return Class.forName(PG_CONNECTION, false, loader);
            } catch (ClassNotFoundException | SecurityException e) {
                // Try the next loader.
            }
        }
        throw new SQLException("COPY ... FROM STDIN runs only over the PostgreSQL JDBC driver (pgjdbc), which is"
                + " not on the class path; add org.postgresql:postgresql");
    }

    private static SQLException asSqlException(Throwable cause) {
        if (cause instanceof SQLException sql) {
            return sql;
        }
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        String what = cause instanceof IOException ? "reading the rows failed: " : "";
        return new SQLException("COPY ... FROM STDIN failed: " + what + cause, cause);
    }
}
