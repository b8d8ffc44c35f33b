package dev.retort.compile;

import dev.retort.api.Operations;
import dev.retort.api.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the expressions of a plain revision (see {@link PlainRevision}) into {@link PlainCall}s: literals,
 * local variables, {@code Schema} constants and factories, the value forms whose classes are imported,
 * string concatenation, method calls chained on them, and one-parameter lambdas.
 */
final class PlainExpressions {
    static final String LIST = "java.util.List";
    static final String MAP = "java.util.Map";
    static final String BIG_DECIMAL = "java.math.BigDecimal";
    static final String OPTIONAL = "java.util.Optional";
    static final String LOCAL_DATE = "java.time.LocalDate";
    static final String LOCAL_DATE_TIME = "java.time.LocalDateTime";
    /** The imports of the value forms a plain revision may hold besides the API's. */
    static final Set<String> VALUE_IMPORTS = Set.of(LIST, MAP, BIG_DECIMAL, OPTIONAL, LOCAL_DATE, LOCAL_DATE_TIME);
    static final String SCHEMA_IMPORT = "dev.retort.api.Schema.*";
    /** Static factories of {@code java.time} classes, by simple name, and the methods a revision may call. */
    private static final Map<String, Class<?>> TIME_TYPES = Map.of("LocalDate", LocalDate.class, "LocalDateTime",
            LocalDateTime.class);
    private static final Set<String> TIME_FACTORIES = Set.of("of", "parse");
    /**
     * Java's keywords and literals, which no variable may take; listed here rather than asked of
     * {@code javax.lang.model}, so that plain revisions run on a runtime without the compiler modules.
     */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed",
            "permits");
    /** Names a local variable may not take: they would hide a type or a {@code Schema} constant. */
    private static final Set<String> RESERVED = reservedNames();
    /** The other types a plain revision may name: the annotation on its methods and the boxes of list elements. */
    private static final Set<String> OTHER_TYPE_NAMES = Set.of("Override", "Schema", "Object", "Integer", "Long",
            "Double", "Boolean");
    /** Names a parameter may not take besides: the {@code Schema} factories, which a lambda's body may call. */
    private static final Set<String> SCHEMA_METHODS = Arrays.stream(Schema.class.getMethods())
            .map(method -> method.getName())
            .collect(Collectors.toUnmodifiableSet());

    private final PlainLexer tokens;
    private final Set<String> imported;
    /** The variables in scope, which a new variable may not name again. */
    private final Set<String> variables;
    /** The method's local variables declared so far, by name. */
    private final Map<String, PlainLocal.Use> locals;
    private final PlainHelper.Scope helpers;

    PlainExpressions(PlainLexer tokens, Set<String> imported, Set<String> variables,
            Map<String, PlainLocal.Use> locals, PlainHelper.Scope helpers) {
        this.tokens = tokens;
        this.imported = imported;
        this.variables = variables;
        this.locals = locals;
        this.helpers = helpers;
    }

    private static Set<String> reservedNames() {
        Set<String> names = new HashSet<>(Set.of("var", "String", "List", "Map", "Optional", "BigDecimal",
                "Operations", "Migration", "Revision"));
        names.addAll(TIME_TYPES.keySet());
        Arrays.stream(Schema.class.getFields()).forEach(field -> names.add(field.getName()));
        return Set.copyOf(names);
    }

    /** A new parameter's name, which must not hide another variable, a {@code Schema} member or a type. */
    String parameter() {
        return checkedParameter(tokens.identifier());
    }

    private String checkedParameter(String name) {
        if (SCHEMA_METHODS.contains(name)) {
            throw new PlainLexer.NotPlain();
        }
        return localName(name);
    }

    /** Whether a helper method may take this name: not one that would hide a {@code Schema} factory. */
    static boolean helperName(String name) {
        return !SCHEMA_METHODS.contains(name) && !KEYWORDS.contains(name) && !RESERVED.contains(name)
                && !name.equals("upgrade")
                && !name.equals("downgrade");
    }

    /**
     * Whether the revision's class may take this name: not that of a type the file names, which javac refuses
     * ({@code class Operations}, or a class of an import) or reads as the class ({@code class String}).
     */
    static boolean className(String name) {
        return !KEYWORDS.contains(name) && !RESERVED.contains(name) && !OTHER_TYPE_NAMES.contains(name);
    }

    /** Whether a field may take this name: not one that would hide a {@code Schema} constant or a type. */
    static boolean fieldName(String name) {
        return !KEYWORDS.contains(name) && !RESERVED.contains(name);
    }

    /** A new local variable's name, which must not hide another variable, a {@code Schema} constant or a type. */
    String localName() {
        return localName(tokens.identifier());
    }

    private String localName(String name) {
        if (variables.contains(name) || KEYWORDS.contains(name) || RESERVED.contains(name)) {
            throw new PlainLexer.NotPlain();
        }
        return name;
    }

    /** {@code { x.call(...); ... }} with {@code x} of type {@code type}: a lambda's block body. */
    List<PlainCall> block(String variable, Class<?> type) {
        tokens.expect("{");
        List<PlainCall> calls = new ArrayList<>();
        while (!tokens.accept("}")) {
            tokens.expect(variable);
            calls.add(chain(PlainCall.variable(type), type));
            tokens.expect(";");
        }
        return calls;
    }

    /** Method calls {@code .name(arguments)} on {@code target}, at least one. */
    PlainCall chain(PlainCall target, Class<?> type) {
        PlainCall call = target;
        Class<?> current = type;
        do {
            tokens.expect(".");
            String name = tokens.identifier();
            int line = tokens.line();
            call = PlainCall.method(call, current, name, arguments(), line);
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

    /** A term, or terms joined by {@code +} into a string. */
    PlainCall expression() {
        PlainCall first = term();
        if (!tokens.peek().equals("+")) {
            return first;
        }
        List<PlainCall> parts = new ArrayList<>(List.of(first));
        while (tokens.accept("+")) {
            parts.add(term());
        }
        return PlainConcatenation.of(parts);
    }

    /** A primary with the calls chained on it; a local or a collection is chained on only when it is retort's. */
    private PlainCall term() {
        PlainCall primary = primary();
        if (!tokens.peek().equals(".")) {
            return primary;
        }
        boolean chainable = !(primary instanceof PlainCall.TargetTyped)
                && !((primary instanceof PlainLocal.Use || primary instanceof PlainHelper.Call)
                        && !primary.type().getName().startsWith("dev.retort."));
        if (!chainable) {
            throw new PlainLexer.NotPlain();
        }
        return chain(primary, primary.type());
    }

    private PlainCall primary() {
        PlainLexer.Token token = tokens.next();
        switch (token.kind()) {
            case STRING:
                return PlainCall.constant(token.value(), String.class);
            case NUMBER:
                return number(token.value());
            case SYMBOL:
                if (token.text().equals("-") && tokens.peekKind() == PlainLexer.Kind.NUMBER) {
                    return number(negated(tokens.next().value()));
                }
                throw new PlainLexer.NotPlain();
            case IDENTIFIER:
                return named(token.text());
            default:
                throw new PlainLexer.NotPlain();
        }
    }

    private static PlainCall number(Object value) {
        Class<?> type = value instanceof Long ? long.class : value instanceof Double ? double.class : int.class;
        return PlainCall.constant(value, type);
    }

    /** A literal with a unary minus, as javac folds it ({@code -0.0} stays negative zero). */
    private static Object negated(Object value) {
        if (value instanceof Long number) {
            return -number;
        }
        if (value instanceof Double number) {
            return -number;
        }
        return -(Integer) value;
    }

    private PlainCall named(String name) {
        if (tokens.peek().equals("->")) {
            return lambda(checkedParameter(name));
        }
        switch (name) {
            case "true":
            case "false":
                return PlainCall.constant(Boolean.valueOf(name), boolean.class);
            case "null":
                return PlainCall.nullValue();
            default:
                break;
        }
        if (locals.containsKey(name) && !tokens.peek().equals("(")) {
            return locals.get(name);
        }
        if (helpers.declares(name) && tokens.peek().equals("(")) {
            return helpers.call(name, arguments());
        }
        if (helpers.isOperations(name) && !tokens.peek().equals(".")) {
            return PlainCall.variable(Operations.class);
        }
        PlainCall field = helpers.field(name);
        if (field != null && !tokens.peek().equals("(")) {
            return field;
        }
        boolean member = tokens.peek().equals(".");
        if (name.equals("List") && member && imported.contains(LIST)) {
            return listOf();
        }
        if (name.equals("Map") && member && imported.contains(MAP)) {
            return mapOf();
        }
        if (name.equals("new") && tokens.peek().equals("BigDecimal") && imported.contains(BIG_DECIMAL)) {
            return bigDecimal();
        }
        if (name.equals("Optional") && member && imported.contains(OPTIONAL)) {
            return optionalOfString();
        }
        if (TIME_TYPES.containsKey(name) && member && imported.contains("java.time." + name)) {
            return timeFactory(TIME_TYPES.get(name));
        }
        if (!imported.contains(SCHEMA_IMPORT)) {
            throw new PlainLexer.NotPlain();
        }
        if (tokens.peek().equals("(")) {
            int line = tokens.line();
            return PlainCall.schemaFactory(name, arguments(), line);
        }
        return PlainCall.schemaConstant(name);
    }

    /**
     * {@code x -> x.call(...)} or {@code x -> { x.call(...); ... }}, after {@code x}; its body is read once the
     * enclosing call is resolved and the parameter's type known.
     */
    private PlainCall lambda(String parameter) {
        tokens.expect("->");
        boolean block = tokens.peek().equals("{");
        PlainLexer body = tokens.lambdaBody();
        Set<String> inner = new HashSet<>(variables);
        inner.add(parameter);
        PlainExpressions reader = new PlainExpressions(body, imported, Set.copyOf(inner), new HashMap<>(locals),
                helpers.inLambda());
        return PlainLambda.unresolved(block, type -> {
            List<PlainCall> calls;
            if (block) {
                calls = reader.block(parameter, type);
            } else {
                body.expect(parameter);
                calls = List.of(reader.chain(PlainCall.variable(type), type));
            }
            body.expectEnd();
            return calls;
        });
    }

    /** {@code List.of(...)}, typed by the parameter it is passed to. */
    private PlainCall listOf() {
        tokens.expect(".");
        tokens.expect("of");
        return PlainCollections.listOf(arguments());
    }

    /** {@code Map.of(k1, v1, ...)}, typed by the parameter it is passed to. */
    private PlainCall mapOf() {
        tokens.expect(".");
        tokens.expect("of");
        return PlainCollections.mapOf(arguments());
    }

    /** {@code new BigDecimal("0.00")}, as autogenerate writes decimal defaults. */
    private PlainCall bigDecimal() {
        tokens.expect("BigDecimal");
        String digits = onlyString(arguments());
        try {
            return PlainCall.constant(new BigDecimal(digits), BigDecimal.class);
        } catch (NumberFormatException e) {
            throw new PlainLexer.NotPlain(); // the compiled class fails the same way when it runs
        }
    }

    /** {@code Optional.of("text")} or {@code Optional.empty()}, as autogenerate writes table comments. */
    private PlainCall optionalOfString() {
        tokens.expect(".");
        String method = tokens.identifier();
        List<PlainCall> arguments = arguments();
        if (method.equals("empty") && arguments.isEmpty()) {
            return PlainCollections.emptyOptional();
        }
        if (method.equals("of")) {
            return PlainCall.constant(Optional.of(onlyString(arguments)),
                    PlainTypes.parameterized(Optional.class, String.class));
        }
        throw new PlainLexer.NotPlain();
    }

    /** {@code LocalDate.of(2026, 1, 31)}, {@code LocalDateTime.parse("2026-01-31T10:15")} and the like, alone. */
    private PlainCall timeFactory(Class<?> type) {
        tokens.expect(".");
        String method = tokens.identifier();
        if (!TIME_FACTORIES.contains(method)) {
            throw new PlainLexer.NotPlain();
        }
        int line = tokens.line();
        PlainCall call = PlainCall.staticMethod(type, method, arguments(), line);
        if (tokens.peek().equals(".")) {
            throw new PlainLexer.NotPlain();
        }
        return call;
    }

    private static String onlyString(List<PlainCall> arguments) {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof PlainCall.Value value)
                || value.type() != String.class) {
            throw new PlainLexer.NotPlain();
        }
        return (String) value.value();
    }
}
