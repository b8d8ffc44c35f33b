package dev.retort.reflect;

import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table being gathered from the rows of several catalog queries. The column that numbers itself is
 * added twice over: as the plain column the model's autoincrement rule makes it, and as the column that
 * says it explicitly (a {@code nextval} default, an identity) for when the rule cannot.
 */
final class TableParts {
    /** The order reflected constraints come in: unique, foreign keys, checks, each by name then columns. */
    static final Comparator<Constraint> CONSTRAINT_ORDER = Comparator
            .comparing((Constraint constraint) -> constraint.kind().ordinal())
            .thenComparing(constraint -> constraint.name().orElse(""))
            .thenComparing(Constraint::toString);

    /** Indexes by name. */
    static final Comparator<Index> INDEX_ORDER = Comparator.comparing((Index index) -> index.name().orElse(""))
            .thenComparing(Index::toString);

    private final QualifiedName name;
    private final Optional<String> comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private Optional<PrimaryKey> primaryKey = Optional.empty();
    private Optional<String> numbered = Optional.empty();
    private Optional<Column> numberedExplicitly = Optional.empty();

    TableParts(QualifiedName name, Optional<String> comment) {
        this.name = name;
        this.comment = comment;
    }

    QualifiedName name() {
        return name;
    }

    void column(Column column) {
        columns.add(column);
    }

    /** The column that numbers itself: {@code plain} as the rule would make it, {@code explicit} otherwise. */
    void numberedColumn(Column plain, Column explicit) {
        columns.add(plain);
        numbered = Optional.of(plain.name());
        numberedExplicitly = Optional.of(explicit);
    }

    void primaryKey(PrimaryKey key) {
        primaryKey = Optional.of(key);
    }

    void constraint(Constraint constraint) {
        constraints.add(constraint);
    }

    void index(Index index) {
        indexes.add(index);
    }

    Table table() {
        List<Constraint> sortedConstraints = constraints.stream().sorted(CONSTRAINT_ORDER).toList();
        List<Index> sortedIndexes = indexes.stream().sorted(INDEX_ORDER).toList();
        Table table = new Table(name, columns, primaryKey, sortedConstraints, sortedIndexes, comment);
        Optional<Table> marked = Autoincrements.mark(table, numbered);
        if (marked.isPresent()) {
            return marked.get();
        }
        List<Column> explicit = columns.stream()
                .map(column -> numbered.filter(column.name()::equals).isPresent() ? numberedExplicitly.get() : column)
                .toList();
        Table unnumbered = new Table(name, explicit, primaryKey, sortedConstraints, sortedIndexes, comment);
        return Autoincrements.mark(unnumbered, Optional.empty()).orElse(unnumbered);
    }
}
