package dev.retort.compile;

import java.lang.reflect.Type;

/**
 * The local variables of a plain revision's method ({@code String table = "account";}, {@code var n = 5L;}):
 * a declaration stores its initializer's value in the frame when it runs, in its place among the
 * statements, and each use reads it back. None is ever assigned again, so every one is effectively final
 * and lambdas may read it too.
 */
final class PlainLocal {
    private PlainLocal() {
    }

    /** A use of the local in slot {@code slot}, whose type is the one it was declared with. */
    record Use(int slot, Type genericType) implements PlainCall {
        @Override
        public Class<?> type() {
            return PlainCall.Resolution.rawClass(genericType);
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            return frame.local(slot);
        }
    }

    /**
     * {@code type name = initializer;}: evaluates the initializer and stores it, widened to {@code long} or
     * {@code double} when a narrower number initializes one, as javac converts it.
     */
    record Declaration(int slot, Class<?> declared, PlainCall initializer) implements PlainCall {
        @Override
        public Class<?> type() {
            return void.class;
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            frame.setLocal(slot, converted(declared, initializer.evaluate(frame)));
            return null;
        }
    }

    /**
     * Whether {@code value} converts to a variable, parameter or return value of type {@code type} by
     * assignment ({@code long n = 5;} widens); a lambda or a value typed by its target never does here.
     */
    static boolean converts(PlainCall value, Class<?> type) {
        if (value instanceof PlainLambda || value instanceof PlainCall.TargetTyped) {
            return false;
        }
        Class<?> from = value.type();
        return from == type || type == String.class && from == PlainTypes.NULL
                || from.isPrimitive() && PlainCall.Resolution.widens(from, type);
    }

    /** The value as a variable of type {@code type} holds it: an {@code int} widened to {@code long}, say. */
    static Object converted(Class<?> type, Object value) {
        if (type == long.class) {
            return Long.valueOf(((Number) value).longValue());
        }
        if (type == double.class) {
            return Double.valueOf(((Number) value).doubleValue());
        }
        return value;
    }
}
