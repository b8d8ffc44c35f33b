package dev.retort.autogenerate.render;

import java.util.List;
import java.util.Objects;

/**
 * A Java expression as the renderer builds it, before {@link JavaLayout} decides where its lines break:
 * names and literals, calls, fluent chains, and the lambdas of {@code alterColumn} and
 * {@code batchAlterTable}.
 */
sealed interface JavaCode {

    /** Text that is never broken: a name, a number, a constant. */
    record Atom(String text) implements JavaCode {
        public Atom {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A string literal; one with line breaks inside is split after each, with {@code +} on the next line. */
    record Text(String value) implements JavaCode {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code name(arguments)}. When the call does not fit its line, its arguments go on continuation lines
     * as {@link Wrap} says.
     */
    record Call(String name, List<JavaCode> arguments, Wrap wrap) implements JavaCode {
        public Call {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(wrap, "wrap");
        }
    }

    /** How the arguments of a call that does not fit its line are placed. */
    enum Wrap {
        /** The first on the call's line, the others filling continuation lines as far as they fit. */
        FILL,
        /**
         * The first (a name) on the call's line, then one element a line; never on one line with two
         * elements or more ({@code createTable("t", column(...), column(...))}).
         */
        ELEMENTS,
        /** Every element on a line of its own, the first too; never on one line with two or more. */
        LIST
    }

    /**
     * {@code base.call().call()}. A {@code fluent} chain that does not fit breaks before each call; any
     * other chain stays on its line and breaks inside the arguments of its last call.
     */
    record Chain(JavaCode base, List<Call> calls, boolean fluent) implements JavaCode {
        public Chain {
            Objects.requireNonNull(base, "base");
            calls = List.copyOf(calls);
        }
    }

    /** {@code parameter -> body}. */
    record Lambda(String parameter, JavaCode body) implements JavaCode {
    }

    /** {@code parameter -> { statements }}, one statement a line. */
    record Block(String parameter, List<JavaStatement> statements) implements JavaCode {
        public Block {
            statements = List.copyOf(statements);
        }
    }

    static Atom atom(String text) {
        return new Atom(text);
    }

    static Text text(String value) {
        return new Text(value);
    }

    static Call call(String name, JavaCode... arguments) {
        return new Call(name, List.of(arguments), Wrap.FILL);
    }

    static Call call(String name, List<JavaCode> arguments) {
        return new Call(name, arguments, Wrap.FILL);
    }

    static Call callWithElements(String name, List<JavaCode> arguments) {
        return new Call(name, arguments, Wrap.ELEMENTS);
    }

    static Call callWithList(String name, List<JavaCode> arguments) {
        return new Call(name, arguments, Wrap.LIST);
    }

    /** {@code base} with the calls, fluent; {@code base} itself when there are none. */
    static JavaCode fluent(JavaCode base, List<Call> calls) {
        return calls.isEmpty() ? base : new Chain(base, calls, true);
    }
}
