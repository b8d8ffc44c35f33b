package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes a revision that is nothing but operation calls, so that it can run without javac: imports of
 * {@code dev.retort.api} only (and of the value classes below), one {@code @Revision} annotation, one non-public
 * class implementing {@code Migration} with exactly {@code upgrade(Operations op)} and
 * {@code downgrade(Operations op)}, whose bodies are statements {@code op.name(arguments);} and local variable
 * declarations {@code [final] String|int|long|double|boolean|var name = expression;}.
 *
 * <p>An expression is a string, {@code int}, {@code long}, {@code double} or boolean literal (numbers with a
 * unary minus too), {@code null}, a local variable
 * declared before, a {@code Schema} constant or factory call ({@code row("id", 1)} included),
 * {@code List.of(...)} and {@code Map.of(...)} of expressions (typed by the parameter they are passed to, as
 * javac infers them), {@code new BigDecimal("...")}, {@code Optional.of("...")} or {@code Optional.empty()},
 * {@code LocalDate.of/parse(...)} and {@code LocalDateTime.of/parse(...)} (with their classes imported), a
 * string concatenation {@code "t_" + n} of strings, numbers and booleans, any of the API's values followed by
 * method calls ({@code column("id", INTEGER).primaryKey()}), or a one-parameter lambda whose body is such a
 * chain on its parameter, or a block of such chains ({@code alter -> alter.nullable(false)},
 * {@code batch -> { batch.x(); }}). Each call must resolve to exactly one public method, as javac would
 * resolve it, and a lambda's body is resolved against the parameter type that method's signature gives;
 * anything else (a helper method, an assignment, a lambda of another shape or whose parameter hides a name,
 * a method reference, another import, arithmetic, an ambiguous or unknown call, a type not known exactly) is
 * not plain, and the file is compiled as usual.
 */
final class PlainRevision {
    private static final Set<String> IMPORTS = Set.of("dev.retort.api.Migration", "dev.retort.api.Operations",
            "dev.retort.api.Revision");
    // A public class would have to be in a file of its name, which javac reports; leave that to javac.
    private static final Set<String> CLASS_MODIFIERS = Set.of("final");
    private static final Map<String, Class<?>> LOCAL_TYPES = Map.of("String", String.class, "int", int.class,
            "long", long.class, "double", double.class, "boolean", boolean.class);

    private final PlainLexer tokens;
    private final Set<String> imported = new HashSet<>();

    private PlainRevision(PlainLexer tokens) {
        this.tokens = tokens;
    }

    /** The revision as a migration that makes the same calls, or empty when the file is not plain. */
    static Optional<Migration> of(String text) {
        try {
            return Optional.of(new PlainRevision(new PlainLexer(text)).parse());
        } catch (PlainLexer.NotPlain e) {
            return Optional.empty();
        }
    }

    private Migration parse() {
        readImports();
        tokens.expect("@");
        tokens.expect("Revision");
        tokens.skipParenthesized();
        while (CLASS_MODIFIERS.contains(tokens.peek())) {
            tokens.next();
        }
        tokens.expect("class");
        tokens.identifier();
        tokens.expect("implements");
        tokens.expect("Migration");
        tokens.expect("{");
        Body upgrade = null;
        Body downgrade = null;
        while (!tokens.accept("}")) {
            if (tokens.accept("@")) {
                tokens.expect("Override");
            }
            tokens.expect("public");
            tokens.expect("void");
            String name = tokens.identifier();
            Body body = method();
            if (name.equals("upgrade") && upgrade == null) {
                upgrade = body;
            } else if (name.equals("downgrade") && downgrade == null) {
                downgrade = body;
            } else {
                throw new PlainLexer.NotPlain();
            }
        }
        tokens.expectEnd();
        if (upgrade == null || downgrade == null) {
            throw new PlainLexer.NotPlain();
        }
        return new Interpreted(upgrade, downgrade);
    }

    private void readImports() {
        while (tokens.accept("import")) {
            boolean isStatic = tokens.accept("static");
            String name = qualifiedName();
            tokens.expect(";");
            boolean known = isStatic ? name.equals(PlainExpressions.SCHEMA_IMPORT)
                    : IMPORTS.contains(name) || PlainExpressions.VALUE_IMPORTS.contains(name);
            if (!known) {
                throw new PlainLexer.NotPlain();
            }
            imported.add(name);
        }
        // Without them javac would not find the names; leave the message to javac.
        if (!imported.containsAll(IMPORTS)) {
            throw new PlainLexer.NotPlain();
        }
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(tokens.identifier());
        while (tokens.accept(".")) {
            name.append('.').append(tokens.accept("*") ? "*" : tokens.identifier());
        }
        return name.toString();
    }

    /** {@code (Operations op) { statement ... }}, each statement a call on {@code op} or a declaration. */
    private Body method() {
        tokens.expect("(");
        tokens.expect("Operations");
        String op = new PlainExpressions(tokens, imported, Set.of(), Map.of()).parameter();
        tokens.expect(")");
        tokens.expect("{");
        Set<String> variables = new HashSet<>(Set.of(op));
        Map<String, PlainLocal.Use> locals = new LinkedHashMap<>();
        List<PlainCall> statements = new ArrayList<>();
        while (!tokens.accept("}")) {
            PlainExpressions expressions = new PlainExpressions(tokens, imported, Set.copyOf(variables), locals);
            if (tokens.peek().equals(op)) {
                tokens.next();
                statements.add(expressions.chain(PlainCall.variable(Operations.class), Operations.class));
            } else {
                statements.add(declaration(expressions, locals));
                variables.addAll(locals.keySet());
            }
            tokens.expect(";");
        }
        return new Body(statements, locals.size());
    }

    /** {@code [final] type name = expression}, adding the local to {@code locals}. */
    private PlainCall declaration(PlainExpressions expressions, Map<String, PlainLocal.Use> locals) {
        tokens.accept("final");
        String typeName = tokens.identifier();
        if (!typeName.equals("var") && !LOCAL_TYPES.containsKey(typeName)) {
            throw new PlainLexer.NotPlain();
        }
        String name = expressions.localName();
        tokens.expect("=");
        PlainCall initializer = expressions.expression();
        Type type = typeName.equals("var") ? inferred(initializer) : declared(LOCAL_TYPES.get(typeName), initializer);
        int slot = locals.size();
        locals.put(name, new PlainLocal.Use(slot, type));
        return new PlainLocal.Declaration(slot, PlainCall.Resolution.rawClass(type), initializer);
    }

    /** The type of a {@code var}: the initializer's, when javac knows it exactly. */
    private static Type inferred(PlainCall initializer) {
        if (initializer instanceof PlainLambda || initializer.type() == PlainTypes.NULL
                || initializer.type() == void.class) {
            throw new PlainLexer.NotPlain();
        }
        Type type = initializer.genericType();
        if (!PlainTypes.exact(type)) {
            throw new PlainLexer.NotPlain();
        }
        return type;
    }

    /** A declared type, when the initializer converts to it by assignment ({@code long n = 5;} widens). */
    private static Type declared(Class<?> type, PlainCall initializer) {
        if (initializer instanceof PlainLambda || initializer instanceof PlainCall.TargetTyped) {
            throw new PlainLexer.NotPlain();
        }
        Class<?> value = initializer.type();
        boolean converts = value == type || type == String.class && value == PlainTypes.NULL
                || value.isPrimitive() && PlainCall.Resolution.widens(value, type);
        if (!converts) {
            throw new PlainLexer.NotPlain();
        }
        return type;
    }

    /** The statements of one method, and how many locals they declare. */
    private record Body(List<PlainCall> statements, int localCount) {
        void run(Operations op) {
            PlainFrame frame = PlainFrame.of(op, localCount);
            statements.forEach(statement -> statement.evaluate(frame));
        }
    }

    /** A plain revision: the statements of each direction, run on the operations it is given. */
    private record Interpreted(Body upgrade, Body downgrade) implements Migration {
        @Override
        public void upgrade(Operations op) {
            upgrade.run(op);
        }

        @Override
        public void downgrade(Operations op) {
            downgrade.run(op);
        }
    }
}
