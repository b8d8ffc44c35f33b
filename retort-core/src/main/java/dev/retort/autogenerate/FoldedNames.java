package dev.retort.autogenerate;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.InitialRows;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The models' schema with every name of a table, column, key, constraint, index, sequence and schema spelled
 * as reflection reads back the name the database stores for it ({@code Dialect.foldedName}), so that two
 * spellings the database stores alike compare as one. SQL text (checks, defaults, expressions) is left as
 * written.
 */
final class FoldedNames {
    private final UnaryOperator<String> fold;

    FoldedNames(UnaryOperator<String> fold) {
        this.fold = fold;
    }

    DatabaseSchema of(DatabaseSchema schema) {
        return new DatabaseSchema(schema.tables().stream().map(this::table).toList(),
                schema.sequences().stream().map(sequence -> sequence.withName(name(sequence.name()))).toList(),
                schema.enumTypes(),
                schema.initialRows().stream().map(rows -> new InitialRows(name(rows.table()),
                        rows.rows().stream().map(this::row).toList())).toList());
    }

    private Table table(Table table) {
        return new Table(name(table.name()),
                table.columns().stream().map(column -> column.withName(fold.apply(column.name()))).toList(),
                table.primaryKey().map(key -> new PrimaryKey(optional(key.name()), names(key.columns()))),
                table.constraints().stream().map(this::constraint).toList(),
                table.indexes().stream().map(this::index).toList(), table.comment());
    }

    private Constraint constraint(Constraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            return new PrimaryKey(optional(key.name()), names(key.columns()));
        }
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(optional(unique.name()), names(unique.columns()));
        }
        if (constraint instanceof ForeignKey key) {
            return new ForeignKey(optional(key.name()), names(key.columns()), name(key.referredTable()),
                    names(key.referredColumns()), key.onDelete(), key.onUpdate(), key.deferrable(), key.initially(),
                    key.match());
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return new CheckConstraint(optional(check.name()), check.condition());
    }

    private Index index(Index index) {
        List<IndexElement> elements = index.elements().stream().<IndexElement>map(element ->
                element instanceof IndexColumn column ? new IndexColumn(fold.apply(column.name())) : element).toList();
        return new Index(optional(index.name()), elements, index.unique(), index.where(), index.dialectOptions());
    }

    private Map<String, Object> row(Map<String, Object> row) {
        Map<String, Object> folded = new LinkedHashMap<>();
        row.forEach((column, value) -> folded.put(fold.apply(column), value));
        return folded;
    }

    private QualifiedName name(QualifiedName name) {
        return QualifiedName.of(optional(name.schema()), fold.apply(name.name()));
    }

    private Optional<String> optional(Optional<String> name) {
        return name.map(fold);
    }

    private List<String> names(List<String> names) {
        return names.stream().map(fold).toList();
    }
}
