package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Recognizes a revision that is nothing but operation calls, so that it can run without javac: imports of {@code
 * dev.retort.api} only (and of the value classes below), one {@code @Revision} annotation, one non-public class
 * implementing {@code Migration} with exactly {@code upgrade(Operations op)} and {@code downgrade(Operations op)},
 * whose bodies are statements {@code op.name(arguments);}, local variable declarations {@code [final]
 * String|int|long|double|boolean|var name = expression;}, calls of helper methods, enhanced {@code for} loops
 * ({@link PlainLoop}) and {@code if} statements ({@link PlainCondition}) of such statements, and which may read
 * fields ({@code [private] [static] [final]} of those types or {@code List<String>}, {@code List<Integer>} and the
 * like, initialized from the fields before them, without helper calls; computed once, when the file is read). A
 * field need not be final: nothing in a plain file can assign it, so it holds its initial value as a final one
 * would.
 *
 * <p>A helper method ({@link PlainHelper}) is {@code [private] [static] [final]}, returns {@code void} or one of
 * the local types, takes parameters of those types and at most one {@code Operations}, holds what {@code upgrade}
 * holds and ends with {@code return expression;} unless it is {@code void}. Helpers are not overloaded, do not call
 * themselves (directly or through others), and do not take the name of a {@code Schema} factory, which they would
 * hide; a static one calls static ones only.
 *
 * <p>An expression is a string, {@code int}, {@code long}, {@code double} or boolean literal (numbers with a unary
 * minus too), {@code null}, a local variable or parameter declared before, a field, a {@code Schema} constant or
 * factory call ({@code row("id", 1)} included), a helper call, {@code List.of(...)} and {@code Map.of(...)} of
 * expressions (typed by the parameter they are passed to, as javac infers them), {@code new BigDecimal("...")},
 * {@code Optional.of("...")} or {@code Optional.empty()}, {@code LocalDate.of/parse(...)} and {@code
 * LocalDateTime.of/parse(...)} (with their classes imported), a string concatenation {@code "t_" + n} of strings,
 * numbers and booleans, any of the API's values followed by method calls ({@code column("id",
 * INTEGER).primaryKey()}), or a one-parameter lambda whose body is such a chain on its parameter, or a block of
 * such chains ({@code alter -> alter.nullable(false)}, {@code batch -> { batch.x(); }}). Each call must resolve to
 * exactly one public method, as javac would resolve it, and a lambda's body is resolved against the parameter type
 * that method's signature gives; anything else (a field without an initializer, an assignment, a comparison,
 * another kind of loop, a {@code return} inside a loop or condition, a lambda of another shape or whose parameter
 * hides a name, a method reference, another import, arithmetic, an ambiguous or unknown call, a type not known
 * exactly) is not plain, and the file is compiled as usual.
 */
final class PlainRevision {
    private static final Set<String> IMPORTS = Set.of("dev.retort.api.Migration", "dev.retort.api.Operations",
            "dev.retort.api.Revision");
    // A public class would have to be in a file of its name, which javac reports; leave that to javac.
    private static final Set<String> CLASS_MODIFIERS = Set.of("final");
    private static final Set<String> DIRECTIONS = Set.of("upgrade", "downgrade");
    private static final Set<String> HELPER_MODIFIERS = Set.of("private", "static", "final");
    private static final Map<String, Class<?>> LOCAL_TYPES = Map.of("String", String.class, "int", int.class,
            "long", long.class, "double", double.class, "boolean", boolean.class);
    /** The element types of a list field or local, by name: the local types, boxed ({@code List<Integer>}). */
    private static final Map<String, Class<?>> LIST_ELEMENTS = LOCAL_TYPES.values().stream()
            .map(PlainTypes::boxed)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, type -> type));

    private final PlainLexer tokens;
    private final Set<String> imported = new HashSet<>();

    private PlainRevision(PlainLexer tokens) {
        this.tokens = tokens;
    }

    /** The revision as a migration that makes the same calls, or empty when the file is not plain. */
    static Optional<Migration> of(String text) {
        try {
            return Optional.of(new PlainRevision(new PlainLexer(text)).parse());
        } catch (RuntimeException e) {
            // Not plain (NotPlain), or a field's value that fails when the file is read (Optional.of(null)), which
            // the compiled class fails where it would, in its turn: either way the file is left to javac.
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
        if (!PlainExpressions.className(tokens.identifier())) {
            throw new PlainLexer.NotPlain();
        }
        tokens.expect("implements");
        tokens.expect("Migration");
        tokens.expect("{");
        Map<String, Declared> directions = new HashMap<>();
        Map<String, Declared> helpers = new LinkedHashMap<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        while (!tokens.accept("}")) {
            boolean override = tokens.accept("@");
            if (override) {
                tokens.expect("Override");
            }
            if (tokens.accept("public")) {
                tokens.expect("void");
                String name = tokens.identifier();
                Declared direction = declared(new PlainHelper(name, void.class, List.of(Operations.class), false));
                if (!DIRECTIONS.contains(name) || directions.put(name, direction) != null) {
                    throw new PlainLexer.NotPlain();
                }
            } else if (override) {
                throw new PlainLexer.NotPlain();
            } else {
                Declared helper = memberDeclaration(fields);
                if (helper != null && helpers.put(helper.helper().name(), helper) != null) {
                    throw new PlainLexer.NotPlain(); // overloads are javac's to resolve
                }
            }
        }
        tokens.expectEnd();
        if (directions.size() != 2) {
            throw new PlainLexer.NotPlain();
        }
        Map<String, PlainHelper> signatures = new HashMap<>();
        helpers.forEach((name, declared) -> signatures.put(name, declared.helper()));
        Map<PlainHelper, Set<PlainHelper>> calls = new HashMap<>();
        for (Declared declared : helpers.values()) {
            PlainHelper.Scope scope = PlainHelper.Scope.of(signatures,
                    Field.readable(fields, declared.helper().isStatic()), declared.operations());
            declared.helper().setBody(body(declared, scope));
            boolean callsInstanceMethod = scope.called().stream().anyMatch(callee -> !callee.isStatic());
            if (declared.helper().isStatic() && callsInstanceMethod) {
                throw new PlainLexer.NotPlain();
            }
            calls.put(declared.helper(), scope.called());
        }
        if (PlainHelper.anyRecursive(calls)) {
            throw new PlainLexer.NotPlain(); // with no way to stop, it would only overflow the stack
        }
        Declared upgrade = directions.get("upgrade");
        Declared downgrade = directions.get("downgrade");
        Map<String, PlainCall> allFields = Field.readable(fields, false);
        return new Interpreted(body(upgrade, PlainHelper.Scope.of(signatures, allFields, upgrade.operations())),
                body(downgrade, PlainHelper.Scope.of(signatures, allFields, downgrade.operations())));
    }

    /** A field: its value, computed when the file is read, and whether it is static. */
    private record Field(PlainCall value, boolean isStatic) {
        /** The fields a body may read by name: in a static method, the static ones only. */
        static Map<String, PlainCall> readable(Map<String, Field> fields, boolean fromStatic) {
            Map<String, PlainCall> readable = new HashMap<>();
            fields.forEach((name, field) -> {
                if (field.isStatic() || !fromStatic) {
                    readable.put(name, field.value());
                }
            });
            return readable;
        }
    }

    /** A method as declared: its signature, the names of its parameters and its body's tokens, read later. */
    private record Declared(PlainHelper helper, List<String> parameters, PlainLexer block) {
        /** The name of the {@code Operations} parameter, null when there is none. */
        String operations() {
            int index = helper.parameters().indexOf(Operations.class);
            return index < 0 ? null : parameters.get(index);
        }
    }

    /**
     * The parameter list and body of a method whose name {@code signature} already gives; the parameter
     * types read must be the ones the signature expects (for {@code upgrade} and {@code downgrade}).
     */
    private Declared declared(PlainHelper signature) {
        tokens.expect("(");
        List<Class<?>> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (!tokens.accept(")")) {
            do {
                tokens.accept("final");
                String typeName = tokens.identifier();
                Class<?> type = typeName.equals("Operations") ? Operations.class : LOCAL_TYPES.get(typeName);
                if (type == null) {
                    throw new PlainLexer.NotPlain();
                }
                types.add(type);
                PlainExpressions reader = new PlainExpressions(tokens, imported, Set.copyOf(names), Map.of(),
                        PlainHelper.Scope.NONE);
                names.add(type == Operations.class ? reader.parameter() : reader.localName());
            } while (tokens.accept(","));
            tokens.expect(")");
        }
        PlainHelper helper = signature.parameters().isEmpty() && !types.isEmpty()
                ? new PlainHelper(signature.name(), signature.returnType(), types, signature.isStatic()) : signature;
        if (!helper.parameters().equals(types)) {
            throw new PlainLexer.NotPlain();
        }
        return new Declared(helper, List.copyOf(names), tokens.block());
    }

    /**
     * {@code [private] [static] [final] type name(parameters) { ... }}, its body read later; or a field
     * {@code [private] [static] [final] type NAME = expression;}, added to {@code fields} (and null returned).
     */
    private Declared memberDeclaration(Map<String, Field> fields) {
        Set<String> modifiers = new HashSet<>();
        while (HELPER_MODIFIERS.contains(tokens.peek())) {
            if (!modifiers.add(tokens.next().text())) {
                throw new PlainLexer.NotPlain();
            }
        }
        String typeName = tokens.identifier();
        Type type = typeName.equals("void") ? void.class : declaredType(tokens, typeName);
        String name = tokens.identifier();
        if (tokens.accept("=")) {
            field(name, type, modifiers, fields);
            return null;
        }
        if (!(type instanceof Class<?> returnType) || !PlainExpressions.helperName(name)) {
            throw new PlainLexer.NotPlain(); // a helper returns void or a local type, not a list
        }
        return declared(new PlainHelper(name, returnType, List.of(), modifiers.contains("static")));
    }

    /**
     * The rest of a field, after its {@code =}: the initializer may read the fields declared before it (a
     * static one, the static ones) and calls no helper. Its value is computed here, once, as the class would
     * compute it when it is loaded; an initializer that fails is left to javac, as is a field whose name would
     * hide a {@code Schema} constant or a type, or that is declared twice.
     */
    private void field(String name, Type type, Set<String> modifiers, Map<String, Field> fields) {
        boolean isStatic = modifiers.contains("static");
        if (type == null || type == void.class || !PlainExpressions.fieldName(name)
                || fields.containsKey(name)) {
            throw new PlainLexer.NotPlain();
        }
        PlainExpressions reader = new PlainExpressions(tokens, imported, Set.copyOf(fields.keySet()), Map.of(),
                PlainHelper.Scope.ofInitializer(Field.readable(fields, isStatic)));
        PlainCall initializer = reader.expression();
        tokens.expect(";");
        declared(type, initializer);
        Object value;
        try {
            value = PlainLocal.converted(PlainCall.Resolution.rawClass(type),
                    initializer.evaluate(PlainFrame.of(null, 0, line -> { })));
        } catch (RuntimeException e) {
            throw new PlainLexer.NotPlain();
        }
        fields.put(name, new Field(PlainCall.constant(value, type), isStatic));
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

    /**
     * A method's body: statements that are calls on its {@code Operations} parameter, if it has one, calls of
     * helpers (alone or with calls chained on what they return), local declarations, and enhanced {@code for}
     * loops ({@link PlainLoop}) and {@code if} statements ({@link PlainCondition}) of such statements, then,
     * unless the method is {@code void}, {@code return expression;} as its last statement. The parameters are
     * its first locals.
     */
    private PlainHelper.Body body(Declared method, PlainHelper.Scope helpers) {
        PlainLexer block = method.block();
        Statements reader = new Statements(block, method.operations(), helpers);
        reader.variables.addAll(method.parameters());
        reader.variables.addAll(helpers.fieldNames()); // no local or lambda parameter may hide a field
        for (int i = 0; i < method.parameters().size(); i++) {
            Class<?> type = method.helper().parameters().get(i);
            if (type != Operations.class) {
                reader.locals.put(method.parameters().get(i), new PlainLocal.Use(reader.slots++, type));
            }
        }
        Class<?> returnType = method.helper().returnType();
        List<PlainCall> statements = new ArrayList<>();
        PlainCall returned = null;
        block.expect("{");
        while (!block.accept("}")) {
            if (returnType != void.class && block.accept("return")) {
                returned = reader.expressions().expression();
                block.expect(";");
                block.expect("}");
                break;
            }
            statements.add(reader.statement());
        }
        block.expectEnd();
        if (returnType != void.class && (returned == null || !PlainLocal.converts(returned, returnType))) {
            throw new PlainLexer.NotPlain();
        }
        return new PlainHelper.Body(statements, reader.slots, returned);
    }

    /**
     * Reads the statements of one method's body: the locals in scope by name, the names no new variable may
     * take (those in scope, the parameters and the fields), and how many slots the locals have used, each
     * declaration its own.
     */
    private final class Statements {
        private final PlainLexer block;
        private final String op;
        private final PlainHelper.Scope helpers;
        private final Map<String, PlainLocal.Use> locals = new LinkedHashMap<>();
        private final Set<String> variables = new HashSet<>();
        private int slots;

        Statements(PlainLexer block, String op, PlainHelper.Scope helpers) {
            this.block = block;
            this.op = op;
            this.helpers = helpers;
        }

        PlainExpressions expressions() {
            return new PlainExpressions(block, imported, Set.copyOf(variables), locals, helpers);
        }

        /** A statement, which tells its line when it runs. */
        PlainCall statement() {
            int line = block.line();
            return new PlainCall.Statement(line, unlocatedStatement());
        }

        private PlainCall unlocatedStatement() {
            if (block.accept("for")) {
                return loop();
            }
            if (block.accept("if")) {
                return condition();
            }
            PlainExpressions expressions = expressions();
            PlainCall statement;
            if (block.peek().equals(op)) {
                block.next();
                statement = expressions.chain(PlainCall.variable(Operations.class), Operations.class);
            } else if (helpers.declares(block.peek())) {
                statement = expressions.expression();
                if (!(statement instanceof PlainHelper.Call || statement instanceof PlainCall.Invocation)) {
                    throw new PlainLexer.NotPlain();
                }
            } else {
                statement = declaration(expressions);
            }
            block.expect(";");
            return statement;
        }

        /** {@code [final] type name = expression}, adding the local to those in scope. */
        private PlainCall declaration(PlainExpressions expressions) {
            block.accept("final");
            String typeName = block.identifier();
            Type declaredType = typeName.equals("var") ? null : declaredType(block, typeName);
            if (!typeName.equals("var") && declaredType == null) {
                throw new PlainLexer.NotPlain();
            }
            String name = expressions.localName();
            block.expect("=");
            PlainCall initializer = expressions.expression();
            Type type = declaredType == null ? inferred(initializer) : declared(declaredType, initializer);
            int slot = slots++;
            locals.put(name, new PlainLocal.Use(slot, type));
            variables.add(name);
            return new PlainLocal.Declaration(slot, PlainCall.Resolution.rawClass(type), initializer);
        }

        /**
         * {@code for ([final] type name : iterable) { statements }}, after {@code for}: the variable and the
         * locals of the body are in scope in the body only, as javac scopes them.
         */
        private PlainCall loop() {
            block.expect("(");
            block.accept("final");
            String typeName = block.identifier();
            String name = expressions().localName();
            block.expect(":");
            PlainCall iterable = iterable();
            block.expect(")");
            Class<?> elementType = PlainLoop.variableType(iterable);
            Class<?> type = typeName.equals("var") && elementType == String.class ? String.class
                    : LOCAL_TYPES.get(typeName);
            if (type != elementType) {
                throw new PlainLexer.NotPlain();
            }
            int slot = slots++;
            return new PlainLoop(slot, type, iterable, scoped(name, new PlainLocal.Use(slot, type)));
        }

        /**
         * {@code if (condition) { statements } [else if (...) { ... }] [else { statements }]}, after {@code if}:
         * the condition a {@code boolean}, the locals of each block in scope in it only.
         */
        private PlainCall condition() {
            block.expect("(");
            PlainCall test = test();
            block.expect(")");
            List<PlainCall> then = scoped(null, null);
            List<PlainCall> otherwise = List.of();
            if (block.accept("else")) {
                otherwise = block.accept("if") ? List.of(condition()) : scoped(null, null);
            }
            return new PlainCondition(test, then, otherwise);
        }

        /** A {@code boolean}: a call on the operations ({@code op.isOffline()}), a value, or {@code !} one. */
        private PlainCall test() {
            if (block.accept("!")) {
                return PlainCondition.not(test());
            }
            PlainExpressions expressions = expressions();
            PlainCall test;
            if (op != null && block.peek().equals(op) && block.secondIsSymbol(".")) {
                block.next();
                test = expressions.chain(PlainCall.variable(Operations.class), Operations.class);
            } else {
                test = expressions.expression();
            }
            if (test instanceof PlainLambda || test instanceof PlainCall.TargetTyped || test.type() != boolean.class) {
                throw new PlainLexer.NotPlain();
            }
            return test;
        }

        /**
         * {@code { statements }}, with {@code variable} (if not null) in scope as {@code use}: it and the locals
         * declared in the braces are in scope there only, as javac scopes them.
         */
        private List<PlainCall> scoped(String variable, PlainLocal.Use use) {
            Map<String, PlainLocal.Use> outerLocals = new LinkedHashMap<>(locals);
            Set<String> outerVariables = Set.copyOf(variables);
            if (variable != null) {
                locals.put(variable, use);
                variables.add(variable);
            }
            List<PlainCall> statements = new ArrayList<>();
            block.expect("{");
            while (!block.accept("}")) {
                statements.add(statement());
            }
            locals.clear();
            locals.putAll(outerLocals);
            variables.clear();
            variables.addAll(outerVariables);
            return List.copyOf(statements);
        }

        /** An array created in place, {@code new String[] {"a", "b",}}, or an expression. */
        private PlainCall iterable() {
            if (!block.accept("new")) {
                return expressions().expression();
            }
            Class<?> component = LOCAL_TYPES.get(block.identifier());
            if (component == null) {
                throw new PlainLexer.NotPlain();
            }
            block.expect("[");
            block.expect("]");
            block.expect("{");
            List<PlainCall> elements = new ArrayList<>();
            while (!block.accept("}")) {
                elements.add(expressions().expression());
                if (!block.accept(",")) {
                    block.expect("}");
                    break;
                }
            }
            return PlainLoop.arrayOf(component, elements);
        }
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
    private static Type declared(Type type, PlainCall initializer) {
        boolean converts = type instanceof Class<?> plain ? PlainLocal.converts(initializer, plain)
                : PlainCollections.converts(initializer, type);
        if (!converts) {
            throw new PlainLexer.NotPlain();
        }
        return type;
    }

    /**
     * The type a declaration names: one of the local types, or {@code List<E>} with {@code E} one of their boxed
     * classes when {@code java.util.List} is imported ({@code List<String> TABLES = List.of("a", "b");}, which a
     * loop may go over); null for any other.
     */
    private Type declaredType(PlainLexer lexer, String typeName) {
        if (typeName.equals("List") && imported.contains(PlainExpressions.LIST) && lexer.accept("<")) {
            Class<?> element = LIST_ELEMENTS.get(lexer.identifier());
            lexer.expect(">");
            return element == null ? null : PlainTypes.parameterized(List.class, element);
        }
        return LOCAL_TYPES.get(typeName);
    }

    /** A plain revision: the statements of each direction, run on the operations it is given. */
    record Interpreted(PlainHelper.Body upgrade, PlainHelper.Body downgrade) implements InterpretedMigration {
        @Override
        public void upgrade(Operations op) {
            run(true, op, line -> { });
        }

        @Override
        public void downgrade(Operations op) {
            run(false, op, line -> { });
        }

        @Override
        public void run(boolean upgrading, Operations op, IntConsumer lines) {
            PlainHelper.Body body = upgrading ? upgrade : downgrade;
            PlainFrame frame = PlainFrame.of(op, body.localCount(), lines);
            body.statements().forEach(statement -> statement.evaluate(frame));
        }
    }
}
