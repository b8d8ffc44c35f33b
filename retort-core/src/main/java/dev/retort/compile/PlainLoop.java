package dev.retort.compile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An enhanced {@code for} loop of a plain revision, {@code for (String table : List.of("a", "b")) { ... }}:
 * over an array created in place ({@code new String[] {"a", "b"}}) or a list of one exactly known element
 * type ({@code List.of(...)}, or a {@code var} local holding one), its variable of the element's type
 * ({@code String}, {@code int}, {@code long}, {@code double} or {@code boolean}; {@code var} for strings),
 * its body a block of what a method's body holds. The iterable is evaluated once; each iteration stores the
 * element in the variable's slot and runs the body, as the compiled loop does. A lambda in the body keeps the
 * values of the iteration that made it ({@link PlainFrame#captured}), as a compiled lambda captures the
 * iteration's variable.
 */
record PlainLoop(int slot, Class<?> variableType, PlainCall iterable, List<PlainCall> body) implements PlainCall {
    /** The element types a list's type argument may be, each with the variable type that takes it. */
    private static final Map<Type, Class<?>> ELEMENTS = Map.of(String.class, String.class, Integer.class, int.class,
            Long.class, long.class, Double.class, double.class, Boolean.class, boolean.class);

    @Override
    public Class<?> type() {
        return void.class;
    }

    @Override
    public Object evaluate(PlainFrame frame) {
        Object values = iterable.evaluate(frame);
        // An array may hold nulls, which List.of refuses.
        Iterable<?> elements = values instanceof Object[] array ? Arrays.asList(array) : (Iterable<?>) values;
        for (Object element : elements) {
            frame.setLocal(slot, PlainLocal.converted(variableType, element));
            for (PlainCall statement : body) {
                statement.evaluate(frame);
            }
        }
        return null;
    }

    /** The type of a variable that takes the iterable's elements exactly, as {@code for} declares it. */
    static Class<?> variableType(PlainCall iterable) {
        if (iterable instanceof ArrayOf array) {
            return array.component();
        }
        Type type = iterable instanceof PlainLambda ? null : iterable.genericType();
        if (type instanceof ParameterizedType list && list.getRawType() == List.class
                && ELEMENTS.containsKey(list.getActualTypeArguments()[0])) {
            return ELEMENTS.get(list.getActualTypeArguments()[0]);
        }
        throw new PlainLexer.NotPlain();
    }

    /** {@code new T[] {e1, ...}} with {@code T} one of the local types, each element converting to it. */
    static PlainCall arrayOf(Class<?> component, List<PlainCall> elements) {
        for (PlainCall element : elements) {
            if (!PlainLocal.converts(element, component)) {
                throw new PlainLexer.NotPlain();
            }
        }
        return new ArrayOf(component, List.copyOf(elements));
    }

    /** An array created in place, only ever iterated over. */
    record ArrayOf(Class<?> component, List<PlainCall> elements) implements PlainCall {
        @Override
        public Class<?> type() {
            return component.arrayType();
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            List<Object> values = new ArrayList<>();
            for (PlainCall element : elements) {
                values.add(PlainLocal.converted(component, element.evaluate(frame)));
            }
            return values.toArray();
        }
    }
}
