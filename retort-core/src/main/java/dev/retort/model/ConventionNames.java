package dev.retort.model;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Names the constraints and indexes of one table by a {@link NamingConvention}, noting what it cannot name. */
final class ConventionNames {
    /** Longest name, in UTF-8 bytes, every supported database keeps whole (PostgreSQL cuts longer ones). */
    static final int MAX_NAME_LENGTH = 63;

    private final NamingConvention convention;
    private final List<String> problems;

    ConventionNames(NamingConvention convention, List<String> problems) {
        this.convention = convention;
        this.problems = problems;
    }

    /** The table with its constraints and indexes named, or as declared where the convention has no template. */
    Table apply(Table table) {
        Optional<PrimaryKey> key = table.primaryKey().map(primaryKey -> name(table, primaryKey,
                convention.primaryKey(), "pk").map(name -> new PrimaryKey(Optional.of(name), primaryKey.columns()))
                .orElse(primaryKey));
        List<Constraint> constraints = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            constraints.add(named(table, constraint));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            indexes.add(name(table, index, convention.index(), "ix").map(name -> new Index(Optional.of(name),
                    index.elements(), index.unique(), index.where(), index.dialectOptions())).orElse(index));
        }
        List<TableElement> named = new ArrayList<>();
        key.ifPresent(named::add);
        named.addAll(constraints);
        named.addAll(indexes);
        if (!distinctNames(table, named)) {
            return table;
        }
        return new Table(table.name(), table.columns(), key, constraints, indexes, table.comment());
    }

    private boolean distinctNames(Table table, List<TableElement> objects) {
        Map<String, List<TableElement>> byName = new LinkedHashMap<>();
        objects.forEach(object -> ModelObjects.name(object)
                .ifPresent(name -> byName.computeIfAbsent(name, ignored -> new ArrayList<>()).add(object)));
        boolean distinct = true;
        for (Map.Entry<String, List<TableElement>> entry : byName.entrySet()) {
            if (entry.getValue().size() > 1) {
                distinct = false;
                problems.add("table " + table.name() + ": the name " + entry.getKey() + " is given to "
                        + entry.getValue().stream().map(ModelObjects::describeUnnamed).collect(Collectors.joining(" and "))
                        + "; name one of them yourself or make the naming convention tell them apart");
            }
        }
        return distinct;
    }

    private Constraint named(Table table, Constraint constraint) {
        if (constraint instanceof UniqueConstraint unique) {
            return name(table, unique, convention.unique(), "uq")
                    .<Constraint>map(name -> new UniqueConstraint(Optional.of(name), unique.columns()))
                    .orElse(unique);
        } else if (constraint instanceof ForeignKey foreignKey) {
            return name(table, foreignKey, convention.foreignKey(), "fk").<Constraint>map(foreignKey::name)
                    .orElse(foreignKey);
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return name(table, check, convention.check(), "ck")
                .<Constraint>map(name -> new CheckConstraint(Optional.of(name), check.condition()))
                .orElse(check);
    }

    /** The name the template gives {@code object}, or empty to keep the object as it is. */
    private Optional<String> name(Table table, TableElement object, Optional<String> template, String key) {
        Optional<String> declared = ModelObjects.name(object);
        if (template.isEmpty() || declared.isPresent() && !NamingConvention.renamesNamed(template.get())) {
            return Optional.empty();
        }
        NamingConvention.Rendered rendered = NamingConvention.render(template.get(), values(table, object, declared));
        String what = "table " + table.name() + ": " + ModelObjects.describe(object);
        if (rendered.name().isEmpty()) {
            problems.add(what + " cannot be named by the naming convention " + key + " '" + template.get() + "': "
                    + missing(rendered.missingToken()) + "; name it yourself or change the template");
            return Optional.empty();
        }
        String name = rendered.name().get();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_LENGTH) {
            problems.add(what + " would be named " + name + " by the naming convention " + key + ", "
                    + bytes + " bytes; PostgreSQL keeps " + MAX_NAME_LENGTH
                    + ", so shorten the template or name it yourself");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static String missing(String token) {
        if (token.equals("{" + NamingConvention.CONSTRAINT_NAME + "}")) {
            return "it has no name for " + token;
        }
        return "it has no value for " + token;
    }

    private static Map<String, String> values(Table table, TableElement object, Optional<String> declared) {
        Map<String, String> values = new HashMap<>();
        values.put("table", table.name().name());
        declared.ifPresent(name -> values.put(NamingConvention.CONSTRAINT_NAME, name));
        columns(values, "", ModelObjects.columns(object));
        if (object instanceof ForeignKey foreignKey) {
            values.put("referred_table", foreignKey.referredTable().name());
            columns(values, "referred_", foreignKey.referredColumns());
        }
        return values;
    }

    private static void columns(Map<String, String> values, String prefix, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            values.put(prefix + "column_" + i, columns.get(i));
        }
        if (!columns.isEmpty()) {
            values.put(prefix + "columns", String.join("_", columns));
        }
    }
}
