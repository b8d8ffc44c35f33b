package dev.retort.compile;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A one-parameter lambda of a plain revision, {@code x -> x.call(...)} or {@code x -> { x.call(...); ... }}.
 * Before overload resolution it is only checked for shape against a functional interface, as javac checks an
 * implicitly typed lambda; once the enclosing method is chosen, its body is read against the parameter type
 * that method's generic signature gives, and it evaluates to a {@link Proxy} of that interface.
 */
final class PlainLambda implements PlainCall {
    /** Reads the body once the parameter's type is known; the calls are the statements, in order. */
    private final Function<Class<?>, List<PlainCall>> reader;
    private final boolean block;
    private final Class<?> type;
    private final Method target;
    private final List<PlainCall> body;

    private PlainLambda(Function<Class<?>, List<PlainCall>> reader, boolean block, Class<?> type, Method target,
            List<PlainCall> body) {
        this.reader = reader;
        this.block = block;
        this.type = type;
        this.target = target;
        this.body = body;
    }

    /** A lambda not yet given a type; {@code block} when its body is a block, which yields no value. */
    static PlainLambda unresolved(boolean block, Function<Class<?>, List<PlainCall>> reader) {
        return new PlainLambda(reader, block, null, null, List.of());
    }

    @Override
    public Class<?> type() {
        if (type == null) {
            throw new PlainLexer.NotPlain();
        }
        return type;
    }

    /** Whether javac would consider this lambda for a parameter of type {@code parameter}. */
    boolean potentiallyCompatible(Class<?> parameter) {
        Method method = abstractMethod(parameter).orElse(null);
        return method != null && method.getParameterCount() == 1 && method.getTypeParameters().length == 0
                && (!block || method.getReturnType() == void.class);
    }

    /** The lambda typed as {@code parameter}, a generic parameter type of the chosen method, body read. */
    PlainLambda resolve(Type parameter) {
        Class<?> raw = rawClass(parameter);
        Method method = abstractMethod(raw).orElseThrow(PlainLexer.NotPlain::new);
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        bind(parameter, method.getDeclaringClass(), bindings);
        Class<?> argument = exactClass(substitute(method.getGenericParameterTypes()[0], bindings));
        Class<?> result = method.getReturnType() == void.class ? void.class
                : exactClass(substitute(method.getGenericReturnType(), bindings));
        List<PlainCall> statements = reader.apply(argument);
        if (result != void.class) {
            Class<?> value = statements.get(statements.size() - 1).type();
            if (block || !(result.isPrimitive() ? result == value
                    : PlainTypes.boxed(result).isAssignableFrom(PlainTypes.boxed(value)))) {
                throw new PlainLexer.NotPlain();
            }
        }
        return new PlainLambda(reader, block, raw, method, statements);
    }

    @Override
    public Object evaluate(PlainFrame frame) {
        if (target == null) {
            throw new IllegalStateException("lambda evaluated before it was resolved");
        }
        PlainFrame captured = frame.captured();
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().equals(target.getName()) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == target.getParameterTypes()[0]) {
                Object value = null;
                int callerLine = captured.line();
                for (PlainCall statement : body) {
                    value = statement.evaluate(captured.withVariable(arguments[0]));
                }
                captured.at(callerLine);
                return target.getReturnType() == void.class ? null : value;
            }
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals": return proxy == arguments[0];
                    case "hashCode": return System.identityHashCode(proxy);
                    default: return type.getName() + " lambda@" + Integer.toHexString(System.identityHashCode(proxy));
                }
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, arguments);
            }
            throw new UnsupportedOperationException(method.toString());
        };
        return Proxy.newProxyInstance(PlainLambda.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** The one abstract method of a functional interface, methods of {@code Object} aside. */
    private static Optional<Method> abstractMethod(Class<?> type) {
        if (!type.isInterface() || !Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        List<Method> abstracts = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method)) {
                abstracts.add(method);
            }
        }
        return abstracts.size() == 1 ? Optional.of(abstracts.get(0)) : Optional.empty();
    }

    private static boolean isObjectMethod(Method method) {
        try {
            Object.class.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Binds the type variables from {@code type} up to {@code declaring}, through the interfaces it extends. */
    private static boolean bind(Type type, Class<?> declaring, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw = rawClass(type);
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] actual = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], substitute(actual[i], bindings));
            }
        }
        if (raw == declaring) {
            return true;
        }
        for (Type parent : raw.getGenericInterfaces()) {
            if (declaring.isAssignableFrom(rawClass(parent)) && bind(parent, declaring, bindings)) {
                return true;
            }
        }
        return false;
    }

    private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> variable && bindings.containsKey(variable) ? bindings.get(variable)
                : type;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        throw new PlainLexer.NotPlain();
    }

    /** A type that is a class, not a type variable, wildcard or parameterized type: anything else is unclear. */
    private static Class<?> exactClass(Type type) {
        if (type instanceof Class<?> plain && !plain.isArray() && plain.getTypeParameters().length == 0) {
            return plain;
        }
        throw new PlainLexer.NotPlain();
    }
}
