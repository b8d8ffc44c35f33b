package dev.retort.runtime;

import dev.retort.sql.SqlDialect;
import dev.retort.sql.TransactionEffect;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The run's connection as a revision gets it from {@code op.connection()}. Before each use of it, and before
 * each of its statements runs, the operations the revision asked for since are run, so that its code sees
 * them in the order it is written. Everything passes through but
 * what would end or escape the run's transaction, which retort commits or rolls back itself: the methods
 * that do, and statements that begin, commit or roll back one ({@code ROLLBACK}, which on MySQL would also
 * throw away the record of the revision in progress), unless the connection is in autocommit mode, as
 * inside {@code op.autocommitBlock}. No path leads to the run's connection itself: statements, result sets and
 * the database's metadata give back this connection ({@code getConnection()}, {@code getStatement()}); only
 * {@code unwrap}, which a revision asks for by name, gives the driver's own objects.
 */
final class RevisionConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort");
    /** The statement methods whose first argument is SQL to run. */
    private static final Set<String> GIVES_SQL = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private final Connection connection;
    private final SqlDialect dialect;
    private final Runnable runRecorded;
    private final Handle handle;

    /** How the code got the connection, as its refusals name it. */
    enum Handle {
        REVISION("op.connection()", "the revision's transaction", "op.autocommitBlock(() -> ...)"),
        HOOK("event.connection() of the environment hook", "the step's transaction",
                "event.op().autocommitBlock(() -> ...)");

        private final String name;
        private final String transaction;
        private final String autocommitBlock;

        Handle(String name, String transaction, String autocommitBlock) {
            this.name = name;
            this.transaction = transaction;
            this.autocommitBlock = autocommitBlock;
        }
    }

    private RevisionConnection(Connection connection, SqlDialect dialect, Runnable runRecorded, Handle handle) {
        this.connection = connection;
        this.dialect = dialect;
        this.runRecorded = runRecorded;
        this.handle = handle;
    }

    /**
     * {@code connection} as a revision (or a callback of the environment hook, as {@code handle} says) may use
     * it; {@code dialect} splits the SQL it is given, and {@code runRecorded} runs the operations recorded since
     * the last use.
     */
    static Connection of(Connection connection, SqlDialect dialect, Runnable runRecorded, Handle handle) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new RevisionConnection(connection, dialect, runRecorded, handle));
    }

    /**
     * A connection that is {@code connection}'s answer, asked for at its first use: a callback's
     * {@code event.connection()}, which runs the operations recorded before as {@code op.connection()} does,
     * and only when the callback uses it.
     */
    static Connection deferred(Supplier<Connection> connection) {
        Connection[] target = new Connection[1];
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "equals":
                            return proxy == arguments[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return Handle.HOOK.name;
                        default:
                            break;
                    }
                    if (target[0] == null) {
                        target[0] = connection.get();
                    }
                    return call(target[0], method, arguments);
                });
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (refused(method)) {
            throw new SQLException("Connection." + method.getName() + "() is not allowed on " + handle.name
                    + ": retort commits or rolls back " + handle.transaction + " and closes the connection itself");
        }
        switch (method.getName()) {
            case "equals":
                return proxy == arguments[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                // Not the driver's own text, which may show the URL the connection was opened with.
                return handle.name;
            default:
                break;
        }
        runRecorded.run();
        if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
            refuseTransactionControl(String.valueOf(arguments[0]));
        }
        return passedOn(call(connection, method, arguments), method.getReturnType(), proxy, null);
    }

    /**
     * What a call returned, as the revision gets it: the connection as this proxy, and statements, result sets
     * and metadata as proxies that lead back to it; anything else as it is. {@code statementProxy} is the
     * statement a result set came from, if known.
     */
    private Object passedOn(Object result, Class<?> type, Object connectionProxy, Object statementProxy) {
        if (result == null) {
            return null;
        }
        if (type == Connection.class) {
            return connectionProxy;
        }
        if (Statement.class.isAssignableFrom(type)) {
            return guarded((Statement) result, type, connectionProxy);
        }
        if (type == ResultSet.class) {
            return leadingBack(result, ResultSet.class, connectionProxy, statementProxy, false);
        }
        if (type == DatabaseMetaData.class) {
            return leadingBack(result, DatabaseMetaData.class, connectionProxy, null, true);
        }
        return result;
    }

    /**
     * A result set or the database's metadata, whose connection and statement are the revision's proxies; the
     * metadata first runs the operations recorded since, as the connection does.
     */
    private Object leadingBack(Object target, Class<?> type, Object connectionProxy, Object statementProxy,
            boolean runsRecorded) {
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "equals":
                            return proxy == arguments[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "getStatement":
                            if (statementProxy != null) {
                                return statementProxy;
                            }
                            break;
                        default:
                            break;
                    }
                    if (runsRecorded) {
                        runRecorded.run();
                    }
                    return passedOn(call(target, method, arguments), method.getReturnType(), connectionProxy, null);
                });
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
                        case "equals" -> proxy == arguments[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> passedOn(call(statement, method, arguments), method.getReturnType(),
                                connectionProxy, proxy);
                    };
                });
    }

    private void refuseTransactionControl(String sql) throws SQLException {
        if (TransactionEffect.anyControlsTransaction(sql, dialect) && !connection.getAutoCommit()) {
            throw new SQLException("'" + sql.strip() + "' is not allowed on " + handle.name + ": retort commits or"
                    + " rolls back " + handle.transaction + " itself; run statements that must not be in a"
                    + " transaction inside " + handle.autocommitBlock);
        }
    }

    /** {@code rollback(Savepoint)} only undoes part of the transaction, so it is allowed. */
    private static boolean refused(Method method) {
        return REFUSED.contains(method.getName()) && !(method.getName().equals("rollback")
                && method.getParameterCount() == 1);
    }
}
