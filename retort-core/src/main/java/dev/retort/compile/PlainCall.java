package dev.retort.compile;

import dev.retort.api.Schema;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * One expression of a plain revision with the type javac would give it: a literal, a {@code Schema}
 * constant, a {@link PlainLambda}, or a call resolved, when the revision is read, to the one public method
 * javac would choose. A call that resolves to no method or to several ends the reading with
 * {@link PlainLexer.NotPlain}.
 */
interface PlainCall {

    Class<?> type();

    /**
     * The value, given the value of the one variable in scope: the revision's operations parameter, or within
     * a lambda's body the lambda's parameter (a body names no other variable).
     */
    Object evaluate(Object variable);

    static PlainCall variable(Class<?> type) {
        return new Value(null, type, true);
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
        Method method = Resolution.resolve(Schema.class, name, arguments, true);
        return new Invocation(null, method, typedLambdas(method, arguments));
    }

    static PlainCall method(PlainCall target, Class<?> type, String name, List<PlainCall> arguments) {
        Method method = Resolution.resolve(type, name, arguments, false);
        return new Invocation(target, method, typedLambdas(method, arguments));
    }

    /** The arguments with each lambda given the type of its parameter in the chosen method, body read. */
    private static List<PlainCall> typedLambdas(Method method, List<PlainCall> arguments) {
        List<PlainCall> typed = new ArrayList<>(arguments);
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i) instanceof PlainLambda lambda) {
                if (method.isVarArgs() && i >= method.getParameterCount() - 1) {
                    throw new PlainLexer.NotPlain();
                }
                typed.set(i, lambda.resolve(method.getGenericParameterTypes()[i]));
            }
        }
        return List.copyOf(typed);
    }

    /** A literal, a constant, or the variable in scope itself. */
    record Value(Object value, Class<?> type, boolean isVariable) implements PlainCall {
        @Override
        public Object evaluate(Object variable) {
            return isVariable ? variable : value;
        }
    }

    /** A resolved call; trailing arguments of a variable-arity method are packed into its array. */
    record Invocation(PlainCall target, Method method, List<PlainCall> arguments) implements PlainCall {
        @Override
        public Class<?> type() {
            return method.getReturnType();
        }

        @Override
        public Object evaluate(Object variable) {
            Object receiver = target == null ? null : target.evaluate(variable);
            Class<?>[] parameters = method.getParameterTypes();
            Object[] values = new Object[parameters.length];
            boolean packed = method.isVarArgs()
                    && !(arguments.size() == parameters.length && parameters[parameters.length - 1]
                            .isAssignableFrom(arguments.get(arguments.size() - 1).type()));
            int fixed = packed ? parameters.length - 1 : parameters.length;
            for (int i = 0; i < fixed; i++) {
                values[i] = arguments.get(i).evaluate(variable);
            }
            if (packed) {
                Object rest = Array.newInstance(parameters[fixed].getComponentType(), arguments.size() - fixed);
                for (int i = fixed; i < arguments.size(); i++) {
                    Array.set(rest, i - fixed, arguments.get(i).evaluate(variable));
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
            for (int phase = 1; phase <= 3; phase++) {
                List<Method> applicable = new ArrayList<>();
                for (Method candidate : candidates) {
                    if (applicable(candidate, arguments, phase)) {
                        applicable.add(candidate);
                    }
                }
                if (!applicable.isEmpty()) {
                    return mostSpecific(applicable, phase);
                }
            }
            throw new PlainLexer.NotPlain();
        }

        private static boolean applicable(Method method, List<PlainCall> arguments, int phase) {
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
                if (arguments.get(i) instanceof PlainLambda) {
                    throw new PlainLexer.NotPlain();
                }
                if (!accepts(component, arguments.get(i), true)) {
                    return false;
                }
            }
            return true;
        }

        /** An implicitly typed lambda is not pertinent to applicability: only its shape counts (JLS 15.12.2.1). */
        private static boolean accepts(Class<?> parameter, PlainCall call, boolean boxing) {
            if (call instanceof PlainLambda lambda) {
                return lambda.potentiallyCompatible(parameter);
            }
            Class<?> argument = call.type();
            if (argument == void.class) {
                return false;
            }
            if (parameter.isPrimitive() || argument.isPrimitive()) {
                if (parameter == argument || widens(argument, parameter)) {
                    return true;
                }
                return boxing && argument.isPrimitive() && parameter.isAssignableFrom(boxed(argument));
            }
            return parameter.isAssignableFrom(argument);
        }

        /** Widening primitive conversion from an {@code int}, the only numbers a plain revision writes. */
        private static boolean widens(Class<?> from, Class<?> to) {
            return from == int.class && (to == long.class || to == float.class || to == double.class)
                    || from == long.class && (to == float.class || to == double.class)
                    || from == float.class && to == double.class;
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

        /**
         * Subtyping of classes and primitives ({@code int <: long}); of generic types only when equal, where the
         * classes alone would not tell.
         */
        private static boolean moreSpecific(Method a, Method b) {
            Class<?>[] pa = a.getParameterTypes();
            Class<?>[] pb = b.getParameterTypes();
            Type[] ga = a.getGenericParameterTypes();
            Type[] gb = b.getGenericParameterTypes();
            for (int i = 0; i < pa.length; i++) {
                boolean generic = !(ga[i] instanceof Class<?>) || !(gb[i] instanceof Class<?>);
                boolean subtype = pb[i].isAssignableFrom(pa[i]) || widens(pa[i], pb[i]);
                if (!subtype || generic && !ga[i].equals(gb[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
