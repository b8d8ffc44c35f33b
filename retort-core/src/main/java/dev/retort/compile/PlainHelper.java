package dev.retort.compile;

import dev.retort.api.Operations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A helper method of a plain revision's class ({@code private static String table(int n) { return "t_" + n; }},
 * {@code private void audit(Operations op, String table) { op.addColumn(table, ...); }}): its parameters are
 * {@code String}, {@code int}, {@code long}, {@code double}, {@code boolean} or one {@code Operations}, and its
 * body holds what {@code upgrade} may hold, ending with {@code return expression;} unless it is {@code void}.
 * Its signature is known before its body is read, so methods may call helpers declared after them; its body is
 * set once read.
 */
final class PlainHelper {
    private final String name;
    private final Class<?> returnType;
    private final List<Class<?>> parameters;
    private final boolean isStatic;
    private Body body;

    /** {@code parameters} in order; an {@code Operations} parameter takes no local slot. */
    PlainHelper(String name, Class<?> returnType, List<Class<?>> parameters, boolean isStatic) {
        if (parameters.stream().filter(type -> type == Operations.class).count() > 1) {
            throw new PlainLexer.NotPlain();
        }
        this.name = name;
        this.returnType = returnType;
        this.parameters = List.copyOf(parameters);
        this.isStatic = isStatic;
    }

    String name() {
        return name;
    }

    Class<?> returnType() {
        return returnType;
    }

    List<Class<?>> parameters() {
        return parameters;
    }

    boolean isStatic() {
        return isStatic;
    }

    /**
     * The statements of the body, how many locals they use (the parameters first, by position, skipping an
     * {@code Operations} one) and the returned expression, null for a {@code void} helper.
     */
    record Body(List<PlainCall> statements, int localCount, PlainCall returned) {
    }

    void setBody(Body body) {
        this.body = body;
    }

    /**
     * A call {@code name(arguments)}: each argument must convert to its parameter by assignment, as javac
     * requires of a method that is not overloaded.
     */
    PlainCall call(List<PlainCall> arguments) {
        if (arguments.size() != parameters.size()) {
            throw new PlainLexer.NotPlain();
        }
        for (int i = 0; i < arguments.size(); i++) {
            PlainCall argument = arguments.get(i);
            if (parameters.get(i) == Operations.class ? argument.type() != Operations.class
                    : !PlainLocal.converts(argument, parameters.get(i))) {
                throw new PlainLexer.NotPlain();
            }
        }
        return new Call(this, List.copyOf(arguments));
    }

    /** Whether a helper calls itself, directly or through others, given which helpers each one calls. */
    static boolean anyRecursive(Map<PlainHelper, Set<PlainHelper>> calls) {
        for (PlainHelper helper : calls.keySet()) {
            Set<PlainHelper> reached = new HashSet<>();
            List<PlainHelper> pending = new ArrayList<>(calls.get(helper));
            while (!pending.isEmpty()) {
                PlainHelper next = pending.remove(pending.size() - 1);
                if (next == helper) {
                    return true;
                }
                if (reached.add(next)) {
                    pending.addAll(calls.getOrDefault(next, Set.of()));
                }
            }
        }
        return false;
    }

    /** One call of a helper: the arguments, evaluated in the caller's frame, start a frame of the helper's own. */
    record Call(PlainHelper helper, List<PlainCall> arguments) implements PlainCall {
        @Override
        public Class<?> type() {
            return helper.returnType;
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            Object operations = null;
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                Class<?> parameter = helper.parameters.get(i);
                Object value = arguments.get(i).evaluate(frame);
                if (parameter == Operations.class) {
                    operations = value;
                } else {
                    values[i] = PlainLocal.converted(parameter, value);
                }
            }
            Body body = helper.body;
            int callerLine = frame.line();
            PlainFrame own = frame.called(operations, body.localCount());
            int slot = 0;
            for (int i = 0; i < values.length; i++) {
                if (helper.parameters.get(i) != Operations.class) {
                    own.setLocal(slot++, values[i]);
                }
            }
            body.statements().forEach(statement -> statement.evaluate(own));
            Object returned = body.returned() == null ? null
                    : PlainLocal.converted(helper.returnType, body.returned().evaluate(own));
            frame.at(callerLine);
            return returned;
        }
    }

    /**
     * The members of a class as one body sees them: the helpers it may call and which it does call, the
     * fields it may read, and the name of the body's {@code Operations} parameter, if it has one,
     * which it may pass on to helpers.
     */
    static final class Scope {
        static final Scope NONE = new Scope(Map.of(), Map.of(), null, new HashSet<>());

        private final Map<String, PlainHelper> declared;
        private final Map<String, PlainCall> fields;
        private final String operations;
        private final Set<PlainHelper> called;

        private Scope(Map<String, PlainHelper> declared, Map<String, PlainCall> fields, String operations,
                Set<PlainHelper> called) {
            this.declared = declared;
            this.fields = fields;
            this.operations = operations;
            this.called = called;
        }

        /**
         * The scope of a method's body whose {@code Operations} parameter, if any, is {@code operations}, and
         * which reads the fields {@code fields} (by name, each its value).
         */
        static Scope of(Map<String, PlainHelper> declared, Map<String, PlainCall> fields, String operations) {
            return new Scope(declared, fields, operations, new HashSet<>());
        }

        /** The scope of a field's initializer, which reads the fields declared before it and calls no helper. */
        static Scope ofInitializer(Map<String, PlainCall> fields) {
            return new Scope(Map.of(), fields, null, new HashSet<>());
        }

        /** The scope of a lambda's body, where the variable in the frame is the lambda's parameter. */
        Scope inLambda() {
            return new Scope(declared, fields, null, called);
        }

        boolean declares(String name) {
            return declared.containsKey(name);
        }

        /** Whether {@code name} is the body's {@code Operations} parameter, read as a value. */
        boolean isOperations(String name) {
            return name.equals(operations);
        }

        /** The value of the field {@code name}, if the body may read it. */
        PlainCall field(String name) {
            return fields.get(name);
        }

        /** A call of the helper {@code name}, noted among those this body calls. */
        PlainCall call(String name, List<PlainCall> arguments) {
            PlainHelper helper = declared.get(name);
            called.add(helper);
            return helper.call(arguments);
        }

        Set<PlainHelper> called() {
            return called;
        }

        Set<String> fieldNames() {
            return fields.keySet();
        }
    }
}
