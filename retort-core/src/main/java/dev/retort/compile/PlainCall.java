package dev.retort.compile;

import dev.retort.api.Operations;
import dev.retort.api.Schema;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * One expression of a plain revision with the type javac would give it: a literal, a {@code Schema}
 * constant, or a call resolved, when the revision is read, to the one public method javac would choose.
 * A call that resolves to no method or to several ends the reading with {@link PlainLexer.NotPlain}.
 */
interface PlainCall {

    Class<?> type();

    /** The value, with {@code op} for the revision's operations parameter. */
    Object evaluate(Operations op);

    static PlainCall operations() {
        return new Value(null, Operations.class, true);
    }

    static PlainCall constant(Object value, Class<?> type) {
        return new Value(value, type, false);
    }

    static PlainCall schemaConstant(String name) {
        try {
            Field field = Schema.class.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new PlainLexer.NotPlain();
            }
            return new Value(field.get(null), field.getType(), false);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new PlainLexer.NotPlain();
        }
    }

    static PlainCall schemaFactory(String name, List<PlainCall> arguments) {
        return new Invocation(null, Resolution.resolve(Schema.class, name, arguments, true), arguments);
    }

    static PlainCall method(PlainCall target, Class<?> type, String name, List<PlainCall> arguments) {
        return new Invocation(target, Resolution.resolve(type, name, arguments, false), arguments);
    }

    /** A literal, a constant, or the operations parameter itself. */
    record Value(Object value, Class<?> type, boolean isOperations) implements PlainCall {
        @Override
        public Object evaluate(Operations op) {
            return isOperations ? op : value;
        }
    }

    /** A resolved call; trailing arguments of a variable-arity method are packed into its array. */
    record Invocation(PlainCall target, Method method, List<PlainCall> arguments) implements PlainCall {
        @Override
        public Class<?> type() {
            return method.getReturnType();
        }

        @Override
        public Object evaluate(Operations op) {
            Object receiver = target == null ? null : target.evaluate(op);
            Class<?>[] parameters = method.getParameterTypes();
            Object[] values = new Object[parameters.length];
            boolean packed = method.isVarArgs()
                    && !(arguments.size() == parameters.length && parameters[parameters.length - 1]
                            .isAssignableFrom(arguments.get(arguments.size() - 1).type()));
            int fixed = packed ? parameters.length - 1 : parameters.length;
            for (int i = 0; i < fixed; i++) {
                values[i] = arguments.get(i).evaluate(op);
            }
            if (packed) {
                Object rest = Array.newInstance(parameters[fixed].getComponentType(), arguments.size() - fixed);
                for (int i = fixed; i < arguments.size(); i++) {
                    Array.set(rest, i - fixed, arguments.get(i).evaluate(op));
                }
                values[fixed] = rest;
            }
            try {
                return method.invoke(receiver, values);
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
    }

    /** Java's three phases of overload resolution, for the argument types a plain revision can have. */
    final class Resolution {
        private Resolution() {
        }

        static Method resolve(Class<?> type, String name, List<PlainCall> arguments, boolean isStatic) {
            List<Method> candidates = new ArrayList<>();
            for (Method method : type.getMethods()) {
                if (method.getName().equals(name) && !method.isBridge() && !method.isSynthetic()
                        && Modifier.isStatic(method.getModifiers()) == isStatic
                        && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                    candidates.add(method);
                }
            }
            List<Class<?>> types = arguments.stream().map(PlainCall::type).toList();
            for (int phase = 1; phase <= 3; phase++) {
                List<Method> applicable = new ArrayList<>();
                for (Method candidate : candidates) {
                    if (applicable(candidate, types, phase)) {
                        applicable.add(candidate);
                    }
                }
                if (!applicable.isEmpty()) {
                    return mostSpecific(applicable, phase);
                }
            }
            throw new PlainLexer.NotPlain();
        }

        private static boolean applicable(Method method, List<Class<?>> arguments, int phase) {
            Class<?>[] parameters = method.getParameterTypes();
            if (phase < 3) {
                if (parameters.length != arguments.size()) {
                    return false;
                }
                for (int i = 0; i < parameters.length; i++) {
                    if (!accepts(parameters[i], arguments.get(i), phase == 2)) {
                        return false;
                    }
                }
                return true;
            }
            if (!method.isVarArgs() || arguments.size() < parameters.length - 1) {
                return false;
            }
            for (int i = 0; i < parameters.length - 1; i++) {
                if (!accepts(parameters[i], arguments.get(i), true)) {
                    return false;
                }
            }
            Class<?> component = parameters[parameters.length - 1].getComponentType();
            for (int i = parameters.length - 1; i < arguments.size(); i++) {
                if (!accepts(component, arguments.get(i), true)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean accepts(Class<?> parameter, Class<?> argument, boolean boxing) {
            if (argument == void.class) {
                return false;
            }
            if (parameter.isPrimitive() || argument.isPrimitive()) {
                if (parameter == argument) {
                    return true;
                }
                return boxing && argument.isPrimitive() && parameter.isAssignableFrom(boxed(argument));
            }
            return parameter.isAssignableFrom(argument);
        }

        private static Class<?> boxed(Class<?> primitive) {
            return primitive == int.class ? Integer.class : primitive == boolean.class ? Boolean.class : Void.class;
        }

        /** The one method more specific than every other, as javac chooses; none is not plain. */
        private static Method mostSpecific(List<Method> applicable, int phase) {
            if (applicable.size() == 1) {
                return applicable.get(0);
            }
            if (phase == 3) {
                throw new PlainLexer.NotPlain();
            }
            for (Method candidate : applicable) {
                boolean best = true;
                for (Method other : applicable) {
                    if (other != candidate && !moreSpecific(candidate, other)) {
                        best = false;
                        break;
                    }
                }
                if (best) {
                    return candidate;
                }
            }
            throw new PlainLexer.NotPlain();
        }

        private static boolean moreSpecific(Method a, Method b) {
            Class<?>[] pa = a.getParameterTypes();
            Class<?>[] pb = b.getParameterTypes();
            for (int i = 0; i < pa.length; i++) {
                if (!pb[i].isAssignableFrom(pa[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
