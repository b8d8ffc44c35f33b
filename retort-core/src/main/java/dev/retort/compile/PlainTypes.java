package dev.retort.compile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * The static types of plain expressions as javac sees them: classes, and parameterized types such as
 * {@code List<String>} compared argument by argument. A type with a type variable or a wildcard in it is
 * never the same as another, so that a call whose types are not known exactly is left to javac.
 */
final class PlainTypes {
    /** The type of {@code null}, which converts to every reference type. */
    static final Class<?> NULL = NullType.class;

    private PlainTypes() {
    }

    /** {@code raw<arguments>}, e.g. {@code List<String>}. */
    static Type parameterized(Class<?> raw, Type... arguments) {
        return new Parameterized(raw, arguments);
    }

    /** Whether two types are the same, exactly known type. */
    static boolean same(Type a, Type b) {
        if (a instanceof Class<?> || b instanceof Class<?>) {
            return a.equals(b);
        }
        if (a instanceof ParameterizedType pa && b instanceof ParameterizedType pb) {
            Type[] aa = pa.getActualTypeArguments();
            Type[] ab = pb.getActualTypeArguments();
            if (!pa.getRawType().equals(pb.getRawType()) || aa.length != ab.length) {
                return false;
            }
            for (int i = 0; i < aa.length; i++) {
                if (!same(aa[i], ab[i])) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether javac knows the type exactly, with no type variable or wildcard in it. */
    static boolean exact(Type type) {
        if (type instanceof Class<?>) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).allMatch(PlainTypes::exact);
        }
        return false; // a type variable, a wildcard or a generic array
    }

    /** The class of a primitive's values when boxed; other classes as they are. */
    static Class<?> boxed(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        return type == boolean.class ? Boolean.class : type;
    }

    /** Marks the type of {@code null}; never instantiated. */
    private static final class NullType {
        private NullType() {
        }
    }

    private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
        Parameterized {
            arguments = arguments.clone();
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType type && same(this, type)
                    && Objects.equals(getOwnerType(), type.getOwnerType());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return raw.getName() + Arrays.toString(arguments).replace('[', '<').replace(']', '>');
        }
    }
}
