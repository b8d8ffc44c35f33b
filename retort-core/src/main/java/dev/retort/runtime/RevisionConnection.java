package dev.retort.runtime;

import dev.retort.sql.SqlDialect;
import dev.retort.sql.TransactionEffect;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The run's connection as a revision gets it from {@code op.connection()}. Before each use of it, and before
 * each of its statements runs, the operations the revision asked for since are run, so that its code sees
 * them in the order it is written. Everything passes through but
 * what would end or escape the run's transaction, which retort commits or rolls back itself: the methods
 * that do, and statements that begin, commit or roll back one ({@code ROLLBACK}, which on MySQL would also
 * throw away the record of the revision in progress), unless the connection is in autocommit mode, as
 * inside {@code op.autocommitBlock}.
 */
final class RevisionConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort");
    /** The statement methods whose first argument is SQL to run. */
    private static final Set<String> GIVES_SQL = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private final Connection connection;
    private final SqlDialect dialect;
    private final Runnable runRecorded;

    private RevisionConnection(Connection connection, SqlDialect dialect, Runnable runRecorded) {
        this.connection = connection;
        this.dialect = dialect;
        this.runRecorded = runRecorded;
    }

    /**
     * {@code connection} as a revision may use it; {@code dialect} splits the SQL it is given, and
     * {@code runRecorded} runs the operations recorded since the last use.
     */
    static Connection of(Connection connection, SqlDialect dialect, Runnable runRecorded) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new RevisionConnection(connection, dialect, runRecorded));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (refused(method)) {
            throw new SQLException("Connection." + method.getName() + "() is not allowed on op.connection(): retort"
                    + " commits or rolls back the revision's transaction and closes the connection itself");
        }
        switch (method.getName()) {
            case "equals":
                return proxy == arguments[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                // Not the driver's own text, which may show the URL the connection was opened with.
                return "op.connection()";
            default:
                break;
        }
        runRecorded.run();
        switch (method.getName()) {
            case "createStatement":
                return guarded((Statement) call(connection, method, arguments), Statement.class, proxy);
            case "prepareStatement", "prepareCall":
                refuseTransactionControl(String.valueOf(arguments[0]));
                return guarded((Statement) call(connection, method, arguments), method.getReturnType(), proxy);
            default:
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
        }
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A statement whose SQL is checked as it is given, and which gives back this connection, not the run's. */
    private Object guarded(Statement statement, Class<?> type, Object connectionProxy) {
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    if (GIVES_SQL.contains(method.getName()) && arguments != null && arguments.length > 0
                            && arguments[0] instanceof String sql) {
                        refuseTransactionControl(sql);
                    }
                    if (method.getName().startsWith("execute")) {
                        runRecorded.run();
                    }
                    return switch (method.getName()) {
                        case "getConnection" -> connectionProxy;
                        case "equals" -> proxy == arguments[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> call(statement, method, arguments);
                    };
                });
    }

    private void refuseTransactionControl(String sql) throws SQLException {
        if (TransactionEffect.anyControlsTransaction(sql, dialect) && !connection.getAutoCommit()) {
            throw new SQLException("'" + sql.strip() + "' is not allowed on op.connection(): retort commits or rolls"
                    + " back the revision's transaction itself; run statements that must not be in a transaction"
                    + " inside op.autocommitBlock(() -> ...)");
        }
    }

    /** {@code rollback(Savepoint)} only undoes part of the transaction, so it is allowed. */
    private static boolean refused(Method method) {
        return REFUSED.contains(method.getName()) && !(method.getName().equals("rollback")
                && method.getParameterCount() == 1);
    }
}
