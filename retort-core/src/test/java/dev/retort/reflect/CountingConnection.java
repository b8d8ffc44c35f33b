package dev.retort.reflect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A connection that counts the statements executed through it, passing everything else on. */
final class CountingConnection {
    private final AtomicInteger executed = new AtomicInteger();
    private final Connection connection;

    CountingConnection(Connection target) {
        this.connection = proxy(Connection.class, target, (method, result) -> {
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement, this::countExecution);
            }
            if (result instanceof Statement statement) {
                return proxy(Statement.class, statement, this::countExecution);
            }
            return result;
        });
    }

    Connection connection() {
        return connection;
    }

    /** Statements executed so far. */
    int executed() {
        return executed.get();
    }

    private Object countExecution(Method method, Object result) {
        if (method.getName().startsWith("execute")) {
            executed.incrementAndGet();
        }
        return result;
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (self, method, arguments) -> {
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
