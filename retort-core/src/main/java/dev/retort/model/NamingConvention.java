package dev.retort.model;

import dev.retort.schema.SchemaDefinitionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How constraints and indexes declared without a name are named: a template per kind, SQLAlchemy's
 * {@code naming_convention} with tokens in braces. {@code NamingConvention.NONE.foreignKey(
 * "fk_{table}_{column_0}_{referred_table}")} names an unnamed foreign key of {@code purchase.customer_id}
 * to {@code customer} {@code fk_purchase_customer_id_customer}.
 *
 * <p>Tokens: {@code {table}} (the table's name, without its schema); {@code {column_0}},
 * {@code {column_1}}, ... (the constraint's or index's columns in order; expressions of an index do not
 * count); {@code {columns}} (all of them joined by {@code _}); for foreign keys {@code {referred_table}},
 * {@code {referred_column_0}}, ... and {@code {referred_columns}}; and {@code {constraint_name}}, the name
 * written in the model. A template with {@code {constraint_name}} applies to named constraints too
 * ({@code "ck_{table}_{constraint_name}"} turns a check named {@code positive} on {@code line_item}
 * into {@code ck_line_item_positive}) and needs every constraint of its kind to be named. A kind without
 * a template leaves its unnamed constraints to the database, as SQLAlchemy does.
 *
 * <p>Unique indexes use the index template. Templates are checked when the convention is made.
 */
public record NamingConvention(
        Optional<String> primaryKey,
        Optional<String> unique,
        Optional<String> foreignKey,
        Optional<String> check,
        Optional<String> index) {

    // Before the constants below, whose construction uses them.
    static final String CONSTRAINT_NAME = "constraint_name";

    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern NUMBERED = Pattern.compile("(referred_)?column_(0|[1-9][0-9]{0,2})");
    private static final Set<String> COMMON = Set.of("table", "columns", CONSTRAINT_NAME);
    private static final Set<String> FOREIGN_KEY_ONLY = Set.of("referred_table", "referred_columns");
    private static final Set<String> KEYS = Set.of("pk", "uq", "fk", "ck", "ix");

    /** No templates: unnamed constraints stay unnamed. */
    public static final NamingConvention NONE = new NamingConvention(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** The convention Alembic's documentation recommends, in these tokens. */
    public static final NamingConvention RECOMMENDED = NONE
            .primaryKey("pk_{table}")
            .unique("uq_{table}_{column_0}")
            .foreignKey("fk_{table}_{column_0}_{referred_table}")
            .check("ck_{table}_{constraint_name}")
            .index("ix_{table}_{column_0}");

    public NamingConvention {
        requireTemplate(primaryKey, "pk");
        requireTemplate(unique, "uq");
        requireTemplate(foreignKey, "fk");
        requireTemplate(check, "ck");
        requireTemplate(index, "ix");
    }

    /**
     * A convention from SQLAlchemy's keys: {@code pk}, {@code uq}, {@code fk}, {@code ck} and {@code ix},
     * each to a template in this class's tokens.
     */
    public static NamingConvention of(Map<String, String> templates) {
        Objects.requireNonNull(templates, "templates");
        templates.keySet().stream().filter(key -> !KEYS.contains(key)).findFirst().ifPresent(key -> {
            throw new SchemaDefinitionException("naming convention", "unknown key '" + key
                    + "'; the keys are pk, uq, fk, ck and ix");
        });
        return new NamingConvention(template(templates, "pk"), template(templates, "uq"), template(templates, "fk"),
                template(templates, "ck"), template(templates, "ix"));
    }

    /** This convention with {@code template} for primary keys. */
    public NamingConvention primaryKey(String template) {
        return new NamingConvention(Optional.of(template), unique, foreignKey, check, index);
    }

    /** This convention with {@code template} for unique constraints. */
    public NamingConvention unique(String template) {
        return new NamingConvention(primaryKey, Optional.of(template), foreignKey, check, index);
    }

    /** This convention with {@code template} for foreign keys. */
    public NamingConvention foreignKey(String template) {
        return new NamingConvention(primaryKey, unique, Optional.of(template), check, index);
    }

    /** This convention with {@code template} for check constraints. */
    public NamingConvention check(String template) {
        return new NamingConvention(primaryKey, unique, foreignKey, Optional.of(template), index);
    }

    /** This convention with {@code template} for indexes, unique or not. */
    public NamingConvention index(String template) {
        return new NamingConvention(primaryKey, unique, foreignKey, check, Optional.of(template));
    }

    /** The template as SQLAlchemy's convention keys it: {@code pk}, {@code uq}, {@code fk}, {@code ck}, {@code ix}. */
    public Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        primaryKey.ifPresent(template -> templates.put("pk", template));
        unique.ifPresent(template -> templates.put("uq", template));
        foreignKey.ifPresent(template -> templates.put("fk", template));
        check.ifPresent(template -> templates.put("ck", template));
        index.ifPresent(template -> templates.put("ix", template));
        return templates;
    }

    /** Whether {@code template} names objects that already have a name. */
    static boolean renamesNamed(String template) {
        return template.contains("{" + CONSTRAINT_NAME + "}");
    }

    /**
     * {@code template} with each token replaced by its value in {@code values}; a token without a value
     * (such as {@code {column_2}} of a two-column key) gives the token's name, as an error.
     */
    static Rendered render(String template, Map<String, String> values) {
        Matcher token = TOKEN.matcher(template);
        StringBuilder name = new StringBuilder();
        while (token.find()) {
            String value = values.get(token.group(1));
            if (value == null) {
                return new Rendered(Optional.empty(), token.group());
            }
            token.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        token.appendTail(name);
        return new Rendered(Optional.of(name.toString()), "");
    }

    /** A rendered name, or the token that had no value. */
    record Rendered(Optional<String> name, String missingToken) {
    }

    private static Optional<String> template(Map<String, String> templates, String key) {
        return Optional.ofNullable(templates.get(key));
    }

    private static void requireTemplate(Optional<String> template, String key) {
        Objects.requireNonNull(template, key);
        if (template.isEmpty()) {
            return;
        }
        String text = template.get();
        String subject = "naming convention " + key + " '" + text + "'";
        if (text.isBlank()) {
            throw new SchemaDefinitionException("naming convention " + key, "the template is empty");
        }
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String name = token.group(1);
            boolean referred = FOREIGN_KEY_ONLY.contains(name) || name.startsWith("referred_column_");
            if (!COMMON.contains(name) && !FOREIGN_KEY_ONLY.contains(name) && !NUMBERED.matcher(name).matches()) {
                throw new SchemaDefinitionException(subject, "unknown token {" + name + "}; the tokens are {table}"
                        + " {column_0} {column_1} ... {columns} {referred_table} {referred_column_0} ..."
                        + " {referred_columns} {constraint_name}");
            }
            if (referred && !key.equals("fk")) {
                throw new SchemaDefinitionException(subject, "{" + name + "} is only known for foreign keys (fk)");
            }
        }
        String rest = TOKEN.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw new SchemaDefinitionException(subject, "a brace is not part of a {token}; names cannot contain"
                    + " braces");
        }
    }
}
