package dev.retort.jpa;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only normalisations between a model read from entities and the schema reflected from the database
 * Hibernate's DDL created. Both are things a database decides, not Hibernate:
 * <ul>
 * <li>a primary key, unique or check constraint Hibernate leaves unnamed gets the database's name for it;
 * <li>a check's condition is the database's rewrite of Hibernate's ({@code status in ('A','B')} reads back
 *     as {@code status::text = ANY (ARRAY[...])} on PostgreSQL), accepted when both name the same columns,
 *     strings and numbers.
 * </ul>
 * Nothing else is touched: tables, columns, types, nullability, keys, indexes and sequences must be equal as read.
 */
final class DatabaseNaming {
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'|\\b\\d+(?:\\.\\d+)?\\b");

    private final List<String> applied = new ArrayList<>();

    /** What was normalised, one line each. */
    List<String> applied() {
        return applied;
    }

    DatabaseSchema named(DatabaseSchema model, DatabaseSchema reflected) {
        List<Table> tables = new ArrayList<>();
        for (Table table : model.tables()) {
            tables.add(reflected.table(table.name()).map(actual -> named(table, actual)).orElse(table));
        }
        return new DatabaseSchema(tables, model.sequences(), model.enumTypes());
    }

    private Table named(Table model, Table actual) {
        Optional<PrimaryKey> key = model.primaryKey();
        if (key.isPresent() && key.get().name().isEmpty() && actual.primaryKey().isPresent()
                && actual.primaryKey().get().columns().equals(key.get().columns())) {
            key = actual.primaryKey();
            applied.add(model.name() + ": primary key named " + key.get().name().orElse("-") + " by the database");
        }
        List<Constraint> remaining = new ArrayList<>(actual.constraints());
        remaining.removeIf(constraint -> constraint.name().isPresent() && model.constraints().stream()
                .anyMatch(mine -> mine.name().equals(constraint.name()) && !(mine instanceof CheckConstraint)));
        List<Constraint> constraints = new ArrayList<>();
        for (Constraint constraint : model.constraints()) {
            constraints.add(named(model, constraint, remaining));
        }
        constraints.sort(Comparator.comparing((Constraint constraint) -> constraint.kind().ordinal())
                .thenComparing(constraint -> constraint.name().orElse("")).thenComparing(Constraint::toString));
        return new Table(model.name(), model.columns(), key, constraints, model.indexes(), model.comment());
    }

    private Constraint named(Table table, Constraint constraint, List<Constraint> remaining) {
        if (constraint instanceof UniqueConstraint unique && unique.name().isEmpty()) {
            for (Constraint candidate : remaining) {
                if (candidate instanceof UniqueConstraint other && other.columns().equals(unique.columns())) {
                    remaining.remove(candidate);
                    applied.add(table.name() + ": unique " + unique.columns() + " named " + other.name().orElse("-")
                            + " by the database");
                    return other;
                }
            }
        }
        if (constraint instanceof CheckConstraint check) {
            for (Constraint candidate : remaining) {
                if (candidate instanceof CheckConstraint other
                        && (check.name().isEmpty() || check.name().equals(other.name()))
                        && sameTerms(table, check.condition(), other.condition())) {
                    remaining.remove(candidate);
                    applied.add(table.name() + ": check (" + check.condition() + ") reads back as "
                            + other.name().orElse("-") + " (" + other.condition() + ")");
                    return other;
                }
            }
        }
        return constraint;
    }

    /** Whether two conditions name the same columns of {@code table} and the same literals. */
    private static boolean sameTerms(Table table, String mine, String theirs) {
        return terms(table, mine).equals(terms(table, theirs));
    }

    private static Set<String> terms(Table table, String condition) {
        Set<String> terms = new TreeSet<>();
        Matcher literal = LITERAL.matcher(condition);
        while (literal.find()) {
            terms.add(literal.group());
        }
        String lower = condition.toLowerCase(Locale.ROOT);
        for (Column column : table.columns()) {
            if (Pattern.compile("\\b" + Pattern.quote(column.name().toLowerCase(Locale.ROOT)) + "\\b").matcher(lower)
                    .find()) {
                terms.add(column.name());
            }
        }
        return terms;
    }
}
