package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes a revision that is nothing but operation calls, so that it can run without javac: imports of
 * {@code dev.retort.api} only, one {@code @Revision} annotation, one non-public class implementing
 * {@code Migration} with exactly {@code upgrade(Operations op)} and {@code downgrade(Operations op)}, whose bodies are
 * statements {@code op.name(arguments);}. An argument is a string, {@code int} or boolean literal, a
 * {@code Schema} constant or factory call, or any of these followed by method calls
 * ({@code column("id", INTEGER).primaryKey()}). Each call must resolve to exactly one public method, as
 * javac would resolve it; anything else (a local variable, a lambda, another import, an ambiguous or
 * unknown call) is not plain, and the file is compiled as usual.
 */
final class PlainRevision {
    private static final Set<String> IMPORTS = Set.of("dev.retort.api.Migration", "dev.retort.api.Operations",
            "dev.retort.api.Revision");
    private static final Set<String> STATIC_IMPORTS = Set.of("dev.retort.api.Schema.*");
    // A public class would have to be in a file of its name, which javac reports; leave that to javac.
    private static final Set<String> CLASS_MODIFIERS = Set.of("final");

    private final PlainLexer tokens;
    private final Set<String> imported = new HashSet<>();

    private PlainRevision(String text) {
        this.tokens = new PlainLexer(text);
    }

    /** The revision as a migration that makes the same calls, or empty when the file is not plain. */
    static Optional<Migration> of(String text) {
        try {
            return Optional.of(new PlainRevision(text).parse());
        } catch (PlainLexer.NotPlain e) {
            return Optional.empty();
        }
    }

    private Migration parse() {
        while (tokens.accept("import")) {
            boolean isStatic = tokens.accept("static");
            String name = qualifiedName();
            tokens.expect(";");
            if (!(isStatic ? STATIC_IMPORTS : IMPORTS).contains(name)) {
                throw new PlainLexer.NotPlain();
            }
            imported.add(name);
        }
        // Without them javac would not find the names; leave the message to javac.
        if (!imported.containsAll(IMPORTS)) {
            throw new PlainLexer.NotPlain();
        }
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
        List<PlainCall> upgrade = null;
        List<PlainCall> downgrade = null;
        while (!tokens.accept("}")) {
            if (tokens.accept("@")) {
                tokens.expect("Override");
            }
            tokens.expect("public");
            tokens.expect("void");
            String name = tokens.identifier();
            List<PlainCall> body = method();
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

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(tokens.identifier());
        while (tokens.accept(".")) {
            name.append('.').append(tokens.accept("*") ? "*" : tokens.identifier());
        }
        return name.toString();
    }

    /** {@code (Operations op) { op.call(...); ... }} */
    private List<PlainCall> method() {
        tokens.expect("(");
        tokens.expect("Operations");
        String op = tokens.identifier();
        tokens.expect(")");
        tokens.expect("{");
        List<PlainCall> calls = new ArrayList<>();
        while (!tokens.accept("}")) {
            tokens.expect(op);
            calls.add(chain(PlainCall.operations(), Operations.class));
            tokens.expect(";");
        }
        return calls;
    }

    /** Method calls {@code .name(arguments)} on {@code target}, at least one. */
    private PlainCall chain(PlainCall target, Class<?> type) {
        PlainCall call = target;
        Class<?> current = type;
        do {
            tokens.expect(".");
            String name = tokens.identifier();
            call = PlainCall.method(call, current, name, arguments());
            current = call.type();
        } while (tokens.peek().equals("."));
        return call;
    }

    private List<PlainCall> arguments() {
        tokens.expect("(");
        List<PlainCall> arguments = new ArrayList<>();
        if (tokens.accept(")")) {
            return arguments;
        }
        do {
            arguments.add(expression());
        } while (tokens.accept(","));
        tokens.expect(")");
        return arguments;
    }

    private PlainCall expression() {
        PlainCall primary = primary();
        return tokens.peek().equals(".") ? chain(primary, primary.type()) : primary;
    }

    private PlainCall primary() {
        PlainLexer.Token token = tokens.next();
        switch (token.kind()) {
            case STRING:
                return PlainCall.constant(token.value(), String.class);
            case NUMBER:
                return PlainCall.constant(token.value(), int.class);
            case IDENTIFIER:
                if (token.text().equals("true") || token.text().equals("false")) {
                    return PlainCall.constant(Boolean.valueOf(token.text()), boolean.class);
                }
                if (!imported.containsAll(STATIC_IMPORTS)) {
                    throw new PlainLexer.NotPlain();
                }
                if (tokens.peek().equals("(")) {
                    return PlainCall.schemaFactory(token.text(), arguments());
                }
                return PlainCall.schemaConstant(token.text());
            default:
                throw new PlainLexer.NotPlain();
        }
    }

    /** A plain revision: the calls of each direction, made on the operations it is given. */
    private record Interpreted(List<PlainCall> upgrade, List<PlainCall> downgrade) implements Migration {
        @Override
        public void upgrade(Operations op) {
            upgrade.forEach(call -> call.evaluate(op));
        }

        @Override
        public void downgrade(Operations op) {
            downgrade.forEach(call -> call.evaluate(op));
        }
    }
}
