package dev.retort.compile;

import java.util.List;
import java.util.Set;

/**
 * {@code "t_" + n + suffix}: string concatenation of strings, numbers and booleans,
 * where every {@code +} has a string on one side (the left-to-right grouping javac uses), so that none of
 * them adds numbers.
 */
record PlainConcatenation(List<PlainCall> parts) implements PlainCall {
    private static final Set<Class<?>> PART_TYPES = Set.of(String.class, int.class, long.class, double.class,
            boolean.class);

    /** The concatenation of at least two parts; not plain when a part has another type or numbers are added. */
    static PlainConcatenation of(List<PlainCall> parts) {
        Class<?> left = parts.get(0).type();
        for (PlainCall part : parts) {
            if (part instanceof PlainCall.TargetTyped || part instanceof PlainLambda
                    || !PART_TYPES.contains(part.type())) {
                throw new PlainLexer.NotPlain();
            }
        }
        for (PlainCall part : parts.subList(1, parts.size())) {
            if (left != String.class && part.type() != String.class) {
                throw new PlainLexer.NotPlain();
            }
            left = String.class;
        }
        return new PlainConcatenation(List.copyOf(parts));
    }

    @Override
    public Class<?> type() {
        return String.class;
    }

    @Override
    public Object evaluate(PlainFrame frame) {
        StringBuilder text = new StringBuilder();
        for (PlainCall part : parts) {
            text.append(part.evaluate(frame));
        }
        return text.toString();
    }
}
