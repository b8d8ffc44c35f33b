package dev.retort.environment;

import dev.retort.RetortException;
import java.util.Optional;
import java.util.function.Supplier;

/** Calls into the hook's code, turning what it throws into a message naming the method and the line. */
final class HookCalls {

    private HookCalls() {}

    static <T> T call(Object hook, String method, Supplier<T> call) {
        try {
            return call.get();
        } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
            // The hook's own failure, however it is thrown: a checked exception it does not declare (thrown
            // "sneakily"), an assertion, a recursion without end, a class it needs that cannot be loaded. The
            // virtual machine's own errors, such as OutOfMemoryError, go on.
            throw thrown(hook.getClass(), method, e);
        }
    }

    /**
     * {@link #call} of a method that returns an {@code Optional}; null is refused, saying that
     * {@code Optional.empty()} is the way to ask for what {@code empty} says.
     */
    static <T> Optional<T> optional(Object hook, String method, Supplier<Optional<T>> call, String empty) {
        Optional<T> returned = call(hook, method, call);
        if (returned == null) {
            throw new EnvironmentHookException("Environment hook " + hook.getClass().getSimpleName() + ", in " + method
                    + ": returned null; return Optional.empty() " + empty);
        }
        return returned;
    }

    static EnvironmentHookException thrown(Class<?> type, String where, Throwable e) {
        String what = e instanceof RetortException ? e.getMessage()
                : "threw " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new EnvironmentHookException("Environment hook " + type.getSimpleName() + ", in " + where + ": " + what
                + frame(type, e).map(line -> " (at " + line + ")").orElse(""), e);
    }

    /** The hook's own line the exception came from: {@code Environment.java:12}. */
    private static Optional<String> frame(Class<?> type, Throwable e) {
        for (StackTraceElement element : e.getStackTrace()) {
            String declaring = element.getClassName();
            boolean own = declaring.equals(type.getName()) || declaring.startsWith(type.getName() + "$");
            if (own && element.getFileName() != null && element.getLineNumber() > 0) {
                return Optional.of(element.getFileName() + ":" + element.getLineNumber());
            }
        }
        return Optional.empty();
    }
}
