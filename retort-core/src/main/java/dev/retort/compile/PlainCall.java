package dev.retort.compile;

import dev.retort.api.Operations;
import dev.retort.api.Schema;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One expression of a plain revision with the type javac would give it: a literal, a {@code Schema}
 * constant, a local variable, a {@link PlainLambda}, or a call resolved, when the revision is read, to the
 * one public method javac would choose. A call that resolves to no method or to several ends the reading
 * with {@link PlainLexer.NotPlain}.
 */
interface PlainCall {

    Class<?> type();

    /** The type with its type arguments, where javac knows them ({@code List<String>}); else {@link #type()}. */
    default Type genericType() {
        return type();
    }

    /** The value, in the frame of the method or lambda body that evaluates it. */
    Object evaluate(PlainFrame frame);

    static PlainCall variable(Class<?> type) {
        return new Value(null, type, true);
    }

    static PlainCall constant(Object value, Type type) {
        return new Value(value, type, false);
    }

    static PlainCall nullValue() {
        return new Value(null, PlainTypes.NULL, false);
    }

    static PlainCall schemaConstant(String name) {
        try {
            Field field = Schema.class.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new PlainLexer.NotPlain();
            }
            return new Value(field.get(null), field.getGenericType(), false);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new PlainLexer.NotPlain();
        }
    }

    static PlainCall schemaFactory(String name, List<PlainCall> arguments, int line) {
        return staticMethod(Schema.class, name, arguments, line);
    }

    /** A call of a static method of {@code type}, e.g. {@code LocalDate.of(2026, 1, 31)}, written at {@code line}. */
    static PlainCall staticMethod(Class<?> type, String name, List<PlainCall> arguments, int line) {
        Resolution.Resolved resolved = Resolution.resolve(type, name, arguments, true);
        return Invocation.of(null, resolved, typedLambdas(resolved.method(), arguments), line);
    }

    static PlainCall method(PlainCall target, Class<?> type, String name, List<PlainCall> arguments, int line) {
        Resolution.Resolved resolved = Resolution.resolve(type, name, arguments, false);
        return Invocation.of(target, resolved, typedLambdas(resolved.method(), arguments), line);
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

    /**
     * An expression whose type javac infers from where it is used ({@code List.of(...)},
     * {@code Optional.empty()}), as an argument of a parameter of type {@code target} only.
     */
    interface TargetTyped extends PlainCall {
        /** Whether it converts to {@code target}, known exactly; false when it does not. */
        boolean fits(Type target);

        /** Its type where nothing else says it (a {@code var}); not plain unless it is known exactly. */
        @Override
        Type genericType();
    }

    /** A statement of a method's body, at {@code line} of the file, which it tells its frame as it starts. */
    record Statement(int line, PlainCall statement) implements PlainCall {
        @Override
        public Class<?> type() {
            return statement.type();
        }

        @Override
        public Type genericType() {
            return statement.genericType();
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            frame.at(line);
            return statement.evaluate(frame);
        }
    }

    /** A literal, a constant, or the variable in scope itself. */
    record Value(Object value, Type genericType, boolean isVariable) implements PlainCall {
        @Override
        public Class<?> type() {
            return Resolution.rawClass(genericType);
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            return isVariable ? frame.variable() : value;
        }
    }

    /**
     * A resolved call; when it was resolved by variable arity, the trailing arguments are packed into the
     * method's array.
     */
    record Invocation(PlainCall target, Method method, boolean packed, List<PlainCall> arguments, int line)
            implements PlainCall {

        /**
         * The call written at {@code line} (that of its opening parenthesis, where javac's line table puts the
         * call), when javac knows exactly what it returns (not a type variable of a generic method).
         */
        static Invocation of(PlainCall target, Resolution.Resolved resolved, List<PlainCall> arguments, int line) {
            if (!PlainTypes.exact(resolved.method().getGenericReturnType())) {
                throw new PlainLexer.NotPlain();
            }
            return new Invocation(target, resolved.method(), resolved.variableArity(), arguments, line);
        }

        @Override
        public Class<?> type() {
            return method.getReturnType();
        }

        @Override
        public Type genericType() {
            return method.getGenericReturnType();
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            Object receiver = target == null ? null : target.evaluate(frame);
            Class<?>[] parameters = method.getParameterTypes();
            Object[] values = new Object[parameters.length];
            int fixed = packed ? parameters.length - 1 : parameters.length;
            for (int i = 0; i < fixed; i++) {
                values[i] = arguments.get(i).evaluate(frame);
            }
            if (packed) {
                Object rest = Array.newInstance(parameters[fixed].getComponentType(), arguments.size() - fixed);
                for (int i = fixed; i < arguments.size(); i++) {
                    Array.set(rest, i - fixed, arguments.get(i).evaluate(frame));
                }
                values[fixed] = rest;
            }
            frame.at(line);
            return PlainCollections.invoke(method, receiver, values);
        }
    }

    /** Java's three phases of overload resolution, for the argument types a plain revision can have. */
    final class Resolution {
        /** Operations that reach the run itself: a revision calling them is not plain. */
        private static final Set<String> RUNS_IN_TURN = Set.of("connection", "autocommitBlock");

        /** The method chosen, and whether it was chosen by variable arity (phase 3), packing the trailing arguments. */
        record Resolved(Method method, boolean variableArity) {
        }

        private Resolution() {
        }

        static Resolved resolve(Class<?> type, String name, List<PlainCall> arguments, boolean isStatic) {
            if (Operations.class.isAssignableFrom(type) && RUNS_IN_TURN.contains(name)) {
                // They reach the run's connection or transaction, so the revision runs in its turn, compiled.
                throw new PlainLexer.NotPlain();
            }
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
                    return new Resolved(mostSpecific(applicable, phase), phase == 3);
                }
            }
            throw new PlainLexer.NotPlain();
        }

        private static boolean applicable(Method method, List<PlainCall> arguments, int phase) {
            Type[] parameters = method.getGenericParameterTypes();
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
            Type component = componentType(parameters[parameters.length - 1]);
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

        private static Type componentType(Type array) {
            if (array instanceof GenericArrayType generic) {
                return generic.getGenericComponentType();
            }
            return ((Class<?>) array).getComponentType();
        }

        /**
         * Whether the argument converts to the parameter in method invocation. An implicitly typed lambda is not
         * pertinent to applicability: only its shape counts (JLS 15.12.2.1). A parameterized parameter takes only
         * an argument of exactly its type; any other argument of its class is not plain, as is a parameter whose
         * type is a type variable.
         */
        private static boolean accepts(Type genericParameter, PlainCall call, boolean boxing) {
            Class<?> parameter = rawClass(genericParameter);
            if (call instanceof PlainLambda lambda) {
                return lambda.potentiallyCompatible(parameter);
            }
            if (call instanceof TargetTyped typed) {
                return typed.fits(genericParameter);
            }
            Class<?> argument = call.type();
            if (argument == void.class) {
                return false;
            }
            if (argument == PlainTypes.NULL) {
                return !parameter.isPrimitive();
            }
            if (parameter.isPrimitive() || argument.isPrimitive()) {
                if (parameter == argument || widens(argument, parameter)) {
                    return true;
                }
                return boxing && argument.isPrimitive() && parameter.isAssignableFrom(PlainTypes.boxed(argument));
            }
            if (!parameter.isAssignableFrom(argument)) {
                return false;
            }
            if (genericParameter instanceof Class<?> || PlainTypes.same(genericParameter, call.genericType())) {
                return true;
            }
            throw new PlainLexer.NotPlain();
        }

        /** Widening primitive conversion among the numbers a plain revision writes. */
        static boolean widens(Class<?> from, Class<?> to) {
            return from == int.class && (to == long.class || to == float.class || to == double.class)
                    || from == long.class && (to == float.class || to == double.class)
                    || from == float.class && to == double.class;
        }

        /** The class of a type known exactly enough: a class or a parameterized type, else not plain. */
        static Class<?> rawClass(Type type) {
            if (type instanceof Class<?> plain) {
                return plain;
            }
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
                return raw;
            }
            throw new PlainLexer.NotPlain();
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
                if (!subtype || generic && !PlainTypes.same(ga[i], gb[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
