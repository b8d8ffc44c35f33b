package dev.retort.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The parts of a {@link Table} once inline column constraints are lifted to the table. */
record TableNormalForm(List<Column> columns, Optional<PrimaryKey> primaryKey, List<Constraint> constraints) {

    static TableNormalForm of(QualifiedName table, List<Column> columns, Optional<PrimaryKey> declaredKey,
            List<Constraint> declaredConstraints) {
        requireDistinctColumns(table, columns);
        List<Constraint> constraints = new ArrayList<>();
        Optional<PrimaryKey> key = declaredKey;
        for (Constraint constraint : declaredConstraints) {
            if (constraint instanceof PrimaryKey listed) {
                key = onlyKey(table, key, listed);
            } else {
                constraints.add(constraint);
            }
        }
        key = mergeInlineKey(table, key, columns);
        for (Column column : columns) {
            Column.Inline inline = column.inline();
            if (inline.unique()) {
                constraints.add(new UniqueConstraint(Optional.empty(), List.of(column.name())));
            }
            inline.references().ifPresent(constraints::add);
        }
        Set<String> keyColumns = new HashSet<>(key.map(PrimaryKey::columns).orElse(List.of()));
        List<Column> plain = columns.stream()
                .map(column -> keyColumns.contains(column.name()) ? column.notNull() : column)
                .map(Column::withoutInlineConstraints)
                .toList();
        return new TableNormalForm(plain, key, List.copyOf(constraints));
    }

    private static Optional<PrimaryKey> onlyKey(QualifiedName table, Optional<PrimaryKey> key, PrimaryKey listed) {
        if (key.isPresent()) {
            throw new SchemaDefinitionException("table " + table, "it has two primary keys: " + key.get().columns()
                    + " and " + listed.columns());
        }
        return Optional.of(listed);
    }

    private static Optional<PrimaryKey> mergeInlineKey(QualifiedName table, Optional<PrimaryKey> key,
            List<Column> columns) {
        List<String> inline = columns.stream().filter(column -> column.inline().primaryKey()).map(Column::name).toList();
        if (inline.isEmpty()) {
            return key;
        }
        if (key.isEmpty()) {
            return Optional.of(new PrimaryKey(Optional.empty(), inline));
        }
        if (!key.get().columns().containsAll(inline)) {
            throw new SchemaDefinitionException("table " + table, "columns " + inline + " are marked primary key "
                    + "but the table's primary key is " + key.get().columns() + "; declare the key in one place");
        }
        return key;
    }

    private static void requireDistinctColumns(QualifiedName table, List<Column> columns) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        columns.forEach(column -> {
            if (!seen.add(column.name())) {
                twice.add(column.name());
            }
        });
        if (!twice.isEmpty()) {
            throw new SchemaDefinitionException("table " + table, "columns defined twice: " + twice);
        }
    }
}
