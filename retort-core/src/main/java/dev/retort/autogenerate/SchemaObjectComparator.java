package dev.retort.autogenerate;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.EnumStorage;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.DropSequence;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares what lives beside the tables: named enum types (created first when the models declare one
 * that no column uses, values added with PostgreSQL's {@code ALTER TYPE ... ADD VALUE}; a removed or
 * reordered value is a note, as PostgreSQL cannot do it in place) and sequences: created before the tables, which may take their defaults from them, altered
 * where their numbers differ, and dropped after the tables, with their definitions so that the downgrade
 * creates them again.
 */
final class SchemaObjectComparator {
    private final Dialect dialect;
    private final Plan plan;

    SchemaObjectComparator(Dialect dialect, Plan plan) {
        this.dialect = dialect;
        this.plan = plan;
    }

    void compare(DatabaseSchema wanted, DatabaseSchema actual) {
        compareEnums(wanted, actual);
        compareSequences(wanted, actual);
    }

    private void compareEnums(DatabaseSchema wanted, DatabaseSchema actual) {
        Map<QualifiedName, EnumTypeDefinition> actualEnums = byName(actual.enumTypes(), EnumTypeDefinition::name);
        Set<String> usedByColumns = wanted.tables().stream().flatMap(table -> table.columns().stream())
                .flatMap(column -> column.type().namedEnum().stream())
                .map(type -> type.name().orElseThrow()).collect(Collectors.toSet());
        List<Operation> created = new ArrayList<>();
        for (EnumTypeDefinition type : wanted.enumTypes()) {
            EnumTypeDefinition existing = actualEnums.get(type.name());
            if (existing != null) {
                compareValues(type.name(), type.type().values(), existing.type().values());
            } else if (!usedByColumns.contains(type.name().name())) {
                createUnusedType(type).ifPresent(created::add);
            }
        }
        plan.createTables.addAll(0, created);
    }

    /**
     * A declared type that no column uses, which no table's DDL creates: made by SQL of its own, which the
     * downgrade undoes. A database without named types can only leave it out.
     */
    private Optional<Operation> createUnusedType(EnumTypeDefinition type) {
        if (dialect.capabilities().enums() != EnumStorage.NAMED_TYPE) {
            plan.leftOut.add("enum type " + type.name() + " is in the models, but no column uses it and "
                    + dialect.name() + " keeps enum values in the columns that use them");
            return Optional.empty();
        }
        String values = type.type().values().stream().map(dialect::literal).collect(Collectors.joining(", "));
        return Optional.of(new Execute("CREATE TYPE " + name(type.name()) + " AS ENUM (" + values + ")",
                "DROP TYPE " + name(type.name())));
    }

    /**
     * New sequences first of all, in name order; removed ones after the tables, carrying their definitions.
     * A database without sequences gets them left out, and said, as it could only refuse them.
     */
    private void compareSequences(DatabaseSchema wanted, DatabaseSchema actual) {
        if (!dialect.capabilities().sequences()) {
            wanted.sequences().forEach(sequence -> plan.leftOut.add("sequence " + sequence.name() + " is in the models, "
                    + "but " + dialect.name() + " has no sequences: number rows with an autoincrement column, or "
                    + "leave the sequence out of the models for this database"));
            return;
        }
        Map<QualifiedName, Sequence> actualSequences = byName(actual.sequences(), Sequence::name);
        Map<QualifiedName, Sequence> wantedSequences = byName(wanted.sequences(), Sequence::name);
        List<Operation> created = wanted.sequences().stream()
                .filter(sequence -> !actualSequences.containsKey(sequence.name()))
                .<Operation>map(sequence -> new CreateSequence(sequence, false)).toList();
        plan.createTables.addAll(0, created);
        wanted.sequences().stream().filter(sequence -> actualSequences.containsKey(sequence.name()))
                .filter(sequence -> !sequence.withoutStatedDefaults()
                        .equals(actualSequences.get(sequence.name()).withoutStatedDefaults()))
                .forEach(sequence -> plan.alterations.add(new AlterSequence(sequence,
                        Optional.of(actualSequences.get(sequence.name())))));
        actual.sequences().stream().filter(sequence -> !wantedSequences.containsKey(sequence.name()))
                .forEach(sequence -> plan.dropTables.add(new DropSequence(sequence.name(), Optional.of(sequence),
                        false)));
    }

    private void compareValues(QualifiedName type, List<String> wanted, List<String> actual) {
        if (!wanted.containsAll(actual) || !inOrder(wanted, actual)) {
            plan.notes.add("enum type " + type + " has values " + actual + " and the models want " + wanted
                    + ": values cannot be removed or reordered in place; write that revision by hand");
            return;
        }
        for (int i = 0; i < wanted.size(); i++) {
            String value = wanted.get(i);
            if (!actual.contains(value)) {
                Optional<String> before = i == 0 ? Optional.empty() : Optional.of(wanted.get(i - 1));
                plan.alterations.add(new Execute("ALTER TYPE " + name(type) + " ADD VALUE " + dialect.literal(value)
                        + before.map(previous -> " AFTER " + dialect.literal(previous))
                                .orElse(actual.isEmpty() ? "" : " BEFORE " + dialect.literal(actual.get(0)))));
            }
        }
    }

    /** Whether the values already there keep their order among the wanted ones. */
    private static boolean inOrder(List<String> wanted, List<String> actual) {
        List<String> kept = wanted.stream().filter(actual::contains).toList();
        return kept.equals(actual);
    }

    private String name(QualifiedName name) {
        return dialect.qualified(name.schema().orElse(null), name.name());
    }

    private static <T> Map<QualifiedName, T> byName(List<T> objects, Function<T, QualifiedName> name) {
        return objects.stream().collect(Collectors.toMap(name, Function.identity()));
    }
}
