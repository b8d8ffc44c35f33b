package dev.retort.jpa;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.MappingException;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.identity.IdentityColumnSupport;
import org.hibernate.dialect.unique.CreateTableUniqueDelegate;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * One table of Hibernate's mapping as the model table Hibernate's DDL creates: its columns in order with
 * the types the database reports, the primary key, unique constraints where Hibernate writes them (inline
 * and unnamed for a unique column where the dialect does so, named otherwise), foreign keys Hibernate
 * creates, indexes, check constraints (the unnamed ones of a column joined as Hibernate joins them), and
 * comments. Constraints Hibernate leaves unnamed stay unnamed: the database names them.
 */
final class TableMapping {
    /** The order reflection lists constraints in: by kind, then name. */
    private static final Comparator<Constraint> CONSTRAINT_ORDER = Comparator
            .comparing((Constraint constraint) -> constraint.kind().ordinal())
            .thenComparing(constraint -> constraint.name().orElse(""))
            .thenComparing(Constraint::toString);

    private final Metadata metadata;
    private final Dialect dialect;
    private final TargetDatabase target;
    private final NativeEnums enums;
    private final Optional<Identifier> defaultSchema;
    private final dev.retort.dialect.Dialect sql;

    TableMapping(Metadata metadata, Dialect dialect, TargetDatabase target, NativeEnums enums,
            Optional<Identifier> defaultSchema, dev.retort.dialect.Dialect sql) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.sql = sql;
        this.target = target;
        this.enums = enums;
        this.defaultSchema = defaultSchema;
    }

    Table table(org.hibernate.mapping.Table table) {
        QualifiedName name = name(table);
        List<Column> columns = new ArrayList<>();
        Optional<String> numbered = Optional.empty();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            Column mapped = column(name, table, column);
            if (column.isIdentity() && target.identityIsAutoincrement()) {
                numbered = Optional.of(mapped.name());
            }
            columns.add(mapped);
        }
        List<Constraint> constraints = new ArrayList<>();
        constraints.addAll(uniqueConstraints(table));
        constraints.addAll(foreignKeys(table));
        constraints.addAll(checks(table));
        constraints.sort(CONSTRAINT_ORDER);
        List<Index> indexes = table.getIndexes().values().stream().map(this::index)
                .sorted(Comparator.comparing((Index index) -> index.name().orElse("")).thenComparing(Index::toString))
                .toList();
        Table mapped = new Table(name, columns, primaryKey(table), constraints, indexes,
                Optional.ofNullable(table.getComment()).filter(comment -> target.storesComments()));
        return target.stored(mapped, numbered);
    }

    /** The table's name in its own schema, else in Hibernate's default schema, else in the connection's. */
    QualifiedName name(org.hibernate.mapping.Table table) {
        Optional<Identifier> schema = Optional.ofNullable(table.getSchemaIdentifier()).or(() -> defaultSchema);
        return QualifiedName.of(schema.map(target::name), target.name(table.getNameIdentifier()));
    }

    private String name(org.hibernate.mapping.Column column) {
        return target.name(Identifier.toIdentifier(column.getName(), column.isQuoted()));
    }

    private String constraintName(String written) {
        return target.name(Identifier.toIdentifier(written));
    }

    private Column column(QualifiedName table, org.hibernate.mapping.Table owner, org.hibernate.mapping.Column column) {
        String name = name(column);
        String declared = declaredType(table, name, column);
        ColumnType type = enums.type(column).orElseGet(() -> withCollation(
                target.type(DeclaredType.parse(declared)), column.getCollation()));
        Column mapped = Column.of(name, type).nullable(column.isNullable() && !owner.isPrimaryKey(column));
        if (column.getDefaultValue() != null) {
            mapped = mapped.serverDefault(DefaultValues.of(column.getDefaultValue()));
        }
        if (column.getComment() != null && target.storesComments()) {
            mapped = mapped.comment(column.getComment());
        }
        if (column.isIdentity() && !target.identityIsAutoincrement()) {
            mapped = mapped.notNull().identity(identity(column));
        }
        if (column.getGeneratedAs() != null) {
            mapped = mapped.computed(computed(column.getGeneratedAs()));
        }
        return mapped;
    }

    /**
     * A column mapped with {@code @GeneratedColumn}, stored or virtual as the Hibernate dialect writes it
     * ({@code generated always as (...) stored} on all but H2, which has no such word).
     */
    private Computed computed(String expression) {
        boolean virtual = dialect.generatedAs(expression).toLowerCase(Locale.ROOT).contains(" virtual");
        return virtual ? Computed.virtual(expression) : Computed.stored(expression);
    }

    /**
     * The type Hibernate writes: an identity column of a dialect whose identity clause is its type has that
     * type. A type the dialect cannot write (a named enum on SQLite) is refused, as Hibernate refuses it.
     */
    private String declaredType(QualifiedName table, String name, org.hibernate.mapping.Column column) {
        IdentityColumnSupport identities = dialect.getIdentityColumnSupport();
        try {
            return column.isIdentity() && !identities.hasDataTypeInIdentityColumn()
                    ? identities.getIdentityColumnString(column.getSqlTypeCode(metadata))
                    : column.getSqlType(metadata);
        } catch (MappingException e) {
            throw new JpaModelException(table.toString(), "Column " + name + " of table " + table + " has no type "
                    + "that " + target.hibernateDialect() + " can write: " + e.getMessage() + "; map it to a type "
                    + "this database has, or declare one with @Column(columnDefinition = ...)", e);
        }
    }

    private Identity identity(org.hibernate.mapping.Column column) {
        String clause = dialect.getIdentityColumnSupport().getIdentityColumnString(column.getSqlTypeCode(metadata));
        return clause.toLowerCase(Locale.ROOT).contains("always") ? Identity.generatedAlways() : Identity.byDefault();
    }

    private static ColumnType withCollation(ColumnType type, String collation) {
        if (collation == null) {
            return type;
        }
        if (type instanceof ColumnType.StringType string) {
            return new ColumnType.StringType(string.length(), Optional.of(collation));
        }
        if (type instanceof ColumnType.TextType) {
            return new ColumnType.TextType(Optional.of(collation));
        }
        return type;
    }

    private Optional<PrimaryKey> primaryKey(org.hibernate.mapping.Table table) {
        if (!table.hasPrimaryKey()) {
            return Optional.empty();
        }
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        UniqueKey ordering = key.getOrderingUniqueKey();
        Optional<String> name = ordering != null && ordering.isNameExplicit()
                ? Optional.of(constraintName(ordering.getName())) : Optional.empty();
        return Optional.of(new PrimaryKey(name, key.getColumns().stream().map(this::name).toList()));
    }

    /**
     * Unique constraints as Hibernate's dialect writes them. Where a table is created with its unique
     * constraints (PostgreSQL, H2), a unique column is marked {@code unique} inline, unnamed, and a key
     * named by the implicit naming strategy is written without its name; elsewhere every key is added
     * by name, except the unique columns of a target that marks them inline (SQLite).
     */
    private List<Constraint> uniqueConstraints(org.hibernate.mapping.Table table) {
        boolean inline = dialect.getUniqueDelegate() instanceof CreateTableUniqueDelegate;
        boolean inlineColumns = inline || target.uniqueColumnsInline();
        List<Constraint> constraints = new ArrayList<>();
        List<List<String>> uniqueColumns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                uniqueColumns.add(List.of(name(column)));
                constraints.add(inlineColumns ? new UniqueConstraint(Optional.empty(), List.of(name(column)))
                        : new UniqueConstraint(Optional.ofNullable(column.getUniqueKeyName()).map(this::constraintName),
                                List.of(name(column))));
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> columns = key.getColumns().stream().map(this::name).toList();
            if (columns.size() == 1 && uniqueColumns.contains(columns)) {
                continue;
            }
            boolean named = !inline || key.isNameExplicit();
            constraints.add(new UniqueConstraint(named ? Optional.of(constraintName(key.getName())) : Optional.empty(),
                    columns));
        }
        return constraints;
    }

    private List<Constraint> foreignKeys(org.hibernate.mapping.Table table) {
        List<Constraint> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referred = key.getReferencedTable();
            List<org.hibernate.mapping.Column> referredColumns = key.isReferenceToPrimaryKey()
                    ? referred.getPrimaryKey().getColumns() : key.getReferencedColumns();
            ForeignKey foreignKey = ForeignKey.of(Optional.of(constraintName(key.getName())),
                    key.getColumns().stream().map(this::name).toList(), name(referred),
                    referredColumns.stream().map(this::name).toList());
            keys.add(onDelete(key.getOnDeleteAction()).map(foreignKey::onDelete).orElse(foreignKey));
        }
        return keys;
    }

    private static Optional<ReferentialAction> onDelete(OnDeleteAction action) {
        if (action == null) {
            return Optional.empty();
        }
        return switch (action) {
            case CASCADE -> Optional.of(ReferentialAction.CASCADE);
            case SET_NULL -> Optional.of(ReferentialAction.SET_NULL);
            case SET_DEFAULT -> Optional.of(ReferentialAction.SET_DEFAULT);
            case RESTRICT -> Optional.of(ReferentialAction.RESTRICT);
            default -> Optional.empty();
        };
    }

    /** A column's unnamed checks as the one check Hibernate writes for them, its named ones and the table's. */
    private List<Constraint> checks(org.hibernate.mapping.Table table) {
        List<Constraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<org.hibernate.mapping.CheckConstraint> unnamed = column.getCheckConstraints().stream()
                    .filter(org.hibernate.mapping.CheckConstraint::isAnonymous).toList();
            if (unnamed.size() == 1) {
                checks.add(new CheckConstraint(Optional.empty(), unnamed.get(0).getConstraint()));
            } else if (unnamed.size() > 1) {
                checks.add(new CheckConstraint(Optional.empty(), unnamed.stream()
                        .map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
                        .collect(Collectors.joining(" and "))));
            }
            column.getCheckConstraints().stream().filter(org.hibernate.mapping.CheckConstraint::isNamed)
                    .forEach(check -> checks.add(check(check)));
        }
        table.getChecks().forEach(check -> checks.add(check(check)));
        return checks;
    }

    private CheckConstraint check(org.hibernate.mapping.CheckConstraint check) {
        return new CheckConstraint(check.isNamed() ? Optional.of(constraintName(check.getName())) : Optional.empty(),
                check.getConstraint());
    }

    private Index index(org.hibernate.mapping.Index index) {
        List<IndexElement> elements = new ArrayList<>();
        for (Selectable selectable : index.getSelectables()) {
            String order = index.getSelectableOrderMap().getOrDefault(selectable, "").trim().toUpperCase(Locale.ROOT);
            elements.add(indexElement(selectable, order.equals("ASC") ? "" : order));
        }
        return new Index(Optional.of(constraintName(index.getName())), elements, index.isUnique(), Optional.empty(),
                Map.of());
    }

    /**
     * A column or a formula; one in another order than ascending is the expression the Java models write and
     * reflection reads back, the column's name quoted as needed: {@code created DESC}.
     */
    private IndexElement indexElement(Selectable selectable, String order) {
        if (selectable instanceof Formula formula) {
            return new SqlExpression(order.isEmpty() ? formula.getFormula() : formula.getFormula() + " " + order);
        }
        String column = name((org.hibernate.mapping.Column) selectable);
        return order.isEmpty() ? new IndexColumn(column) : new SqlExpression(sql.quote(column) + " " + order);
    }
}
