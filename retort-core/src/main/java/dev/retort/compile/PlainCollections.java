package dev.retort.compile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code List.of(...)}, {@code Map.of(...)} and {@code Optional.empty()} in a plain revision. javac infers
 * their type arguments from the parameter they are passed to ({@code List<Map<String, Object>>} for a bulk
 * insert's rows), so they are checked against it: each element must convert to the parameter's element type.
 * Each run makes them anew, as the compiled class does.
 */
final class PlainCollections {
    /** {@code Map.of} takes up to ten pairs; more do not compile. */
    private static final int MAX_MAP_PAIRS = 10;

    private PlainCollections() {
    }

    static PlainCall.TargetTyped listOf(List<PlainCall> elements) {
        // One array argument is spread by List.of(E...) as javac calls it: left to javac.
        if (elements.size() == 1 && elements.get(0).type().isArray()) {
            throw new PlainLexer.NotPlain();
        }
        return new ListOf(List.copyOf(elements));
    }

    static PlainCall.TargetTyped mapOf(List<PlainCall> keysAndValues) {
        if (keysAndValues.size() % 2 != 0 || keysAndValues.size() > 2 * MAX_MAP_PAIRS) {
            throw new PlainLexer.NotPlain();
        }
        return new MapOf(List.copyOf(keysAndValues));
    }

    static PlainCall.TargetTyped emptyOptional() {
        return new EmptyOptional();
    }

    /**
     * Whether {@code element} converts to {@code target} in an assignment context: an exactly equal generic type,
     * a class, boxing of a primitive, or null; not plain when only the classes agree.
     */
    static boolean converts(PlainCall element, Type target) {
        if (element instanceof PlainCall.TargetTyped typed) {
            return typed.fits(target);
        }
        if (element instanceof PlainLambda) {
            throw new PlainLexer.NotPlain();
        }
        Class<?> raw = PlainCall.Resolution.rawClass(target);
        Class<?> type = element.type();
        if (type == PlainTypes.NULL) {
            return !raw.isPrimitive();
        }
        if (type == void.class || raw.isPrimitive()) {
            return raw == type;
        }
        if (!raw.isAssignableFrom(PlainTypes.boxed(type))) {
            return false;
        }
        if (target instanceof Class<?> || PlainTypes.same(target, element.genericType())) {
            return true;
        }
        throw new PlainLexer.NotPlain();
    }

    /**
     * The type arguments of {@code target} when it is {@code raw<...>} known exactly; null when it is a class
     * that {@code raw} converts to ({@code Object}), none when it is another class; not plain otherwise.
     */
    private static Type[] arguments(Type target, Class<?> raw) {
        if (target instanceof Class<?> type) {
            return type.isAssignableFrom(raw) ? null : new Type[0];
        }
        if (target instanceof ParameterizedType parameterized && parameterized.getRawType() == raw
                && PlainTypes.exact(target)) {
            return parameterized.getActualTypeArguments();
        }
        throw new PlainLexer.NotPlain();
    }

    /** Calls the method; what it throws is thrown as it is, as a compiled call would throw it. */
    static Object invoke(Method method, Object receiver, Object... arguments) {
        try {
            return method.invoke(receiver, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new PlainLexer.NotPlain();
        }
    }

    private static Object[] values(List<PlainCall> calls, PlainFrame frame) {
        Object[] values = new Object[calls.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = calls.get(i).evaluate(frame);
        }
        return values;
    }

    /** {@code List.of(e1, ...)}: a {@code List<E>} for a parameter of that type, each element converting to {@code E}. */
    private record ListOf(List<PlainCall> elements) implements PlainCall.TargetTyped {
        private static final Method OF = method(List.class, "of", Object[].class);

        @Override
        public Class<?> type() {
            return List.class;
        }

        /** {@code List<E>} when every element has the one exact type {@code E}, boxed. */
        @Override
        public Type genericType() {
            if (elements.isEmpty()) {
                throw new PlainLexer.NotPlain();
            }
            Type element = null;
            for (PlainCall call : elements) {
                if (call instanceof PlainCall.TargetTyped || call instanceof PlainLambda
                        || call.type() == PlainTypes.NULL || call.type() == void.class) {
                    throw new PlainLexer.NotPlain();
                }
                Type type = call.type().isPrimitive() ? PlainTypes.boxed(call.type()) : call.genericType();
                if (!PlainTypes.exact(type) || element != null && !PlainTypes.same(element, type)) {
                    throw new PlainLexer.NotPlain();
                }
                element = type;
            }
            return PlainTypes.parameterized(List.class, element);
        }

        @Override
        public boolean fits(Type target) {
            Type[] arguments = arguments(target, List.class);
            if (arguments == null) {
                elements.forEach(element -> {
                    if (element instanceof PlainLambda || element instanceof PlainCall.TargetTyped) {
                        throw new PlainLexer.NotPlain();
                    }
                });
                return true;
            }
            return arguments.length == 1 && elements.stream().allMatch(element -> converts(element, arguments[0]));
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            return invoke(OF, null, (Object) values(elements, frame));
        }
    }

    /** {@code Map.of(k1, v1, ...)} for a parameter of type {@code Map<K, V>}. */
    private record MapOf(List<PlainCall> keysAndValues) implements PlainCall.TargetTyped {
        @Override
        public Class<?> type() {
            return Map.class;
        }

        @Override
        public Type genericType() {
            throw new PlainLexer.NotPlain();
        }

        @Override
        public boolean fits(Type target) {
            Type[] arguments = arguments(target, Map.class);
            if (arguments == null) {
                throw new PlainLexer.NotPlain();
            }
            if (arguments.length != 2) {
                return false;
            }
            for (int i = 0; i < keysAndValues.size(); i++) {
                if (!converts(keysAndValues.get(i), arguments[i % 2])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            Class<?>[] parameters = new Class<?>[keysAndValues.size()];
            Arrays.fill(parameters, Object.class);
            return invoke(method(Map.class, "of", parameters), null, values(keysAndValues, frame));
        }
    }

    /** {@code Optional.empty()} for a parameter of type {@code Optional<T>}. */
    private record EmptyOptional() implements PlainCall.TargetTyped {
        @Override
        public Class<?> type() {
            return Optional.class;
        }

        @Override
        public Type genericType() {
            throw new PlainLexer.NotPlain();
        }

        @Override
        public boolean fits(Type target) {
            Type[] arguments = arguments(target, Optional.class);
            return arguments == null || arguments.length == 1;
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            return Optional.empty();
        }
    }
}
