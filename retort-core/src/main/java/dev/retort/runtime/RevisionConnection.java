package dev.retort.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The run's connection as a revision gets it from {@code op.connection()}: everything passes through but
 * what would end or escape the run's transaction, which retort commits or rolls back itself.
 */
final class RevisionConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close", "abort");

    private final Connection connection;

    private RevisionConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection of(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new RevisionConnection(connection));
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
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
        }
    }

    /** {@code rollback(Savepoint)} only undoes part of the transaction, so it is allowed. */
    private static boolean refused(Method method) {
        return REFUSED.contains(method.getName()) && !(method.getName().equals("rollback")
                && method.getParameterCount() == 1);
    }
}
