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

    /** A string literal; when too long for its line, it is split after its line breaks. */
    record Text(String value) implements JavaCode {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code name(arguments)}. When the call does not fit its line, the arguments after the first go on
     * continuation lines, filled as far as they fit, or one per line with {@code onePerLine}.
     */
    record Call(String name, List<JavaCode> arguments, boolean onePerLine) implements JavaCode {
        public Call {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
        }
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
        return new Call(name, List.of(arguments), false);
    }

    static Call call(String name, List<JavaCode> arguments) {
        return new Call(name, arguments, false);
    }

    static Call callOnePerLine(String name, List<JavaCode> arguments) {
        return new Call(name, arguments, true);
    }

    /** {@code base} with the calls, fluent; {@code base} itself when there are none. */
    static JavaCode fluent(JavaCode base, List<Call> calls) {
        return calls.isEmpty() ? base : new Chain(base, calls, true);
    }
}
