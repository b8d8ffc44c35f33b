package dev.retort.autogenerate;

import dev.retort.autogenerate.NumberingComparator.NumberingChange;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.dialect.EnumStorage;
import dev.retort.hook.SchemaObject.Kind;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.CreateTableComment;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropTableComment;
import dev.retort.op.Existing;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares one table the models want with the same table in the database. */
final class TableComparator {
    private final Dialect dialect;
    private final TypeEquivalence types;
    private final CompareOptions options;
    private final Plan plan;
    private final KeyComparator keys;
    private final Inclusion inclusion;
    private final ComputedEquivalence computed;
    private final DefaultEquivalence defaults;
    private final FoldedDefaults folded;

    TableComparator(Dialect dialect, TypeEquivalence types, CompareOptions options, Plan plan,
            FoldedDefaults folded) {
        this.dialect = dialect;
        this.folded = folded;
        this.types = types;
        this.options = options;
        this.plan = plan;
        this.inclusion = new Inclusion(options.filter());
        ConditionEquivalence conditions = ConditionEquivalence.of(dialect);
        this.computed = new ComputedEquivalence(dialect.capabilities().computedStorage(), conditions);
        this.defaults = new DefaultEquivalence(conditions);
        this.keys = new KeyComparator(options.filter(), plan, dialect.capabilities().indexesForeignKeys(),
                conditions, new IndexOrder(dialect.nullOrdering()));
    }

    void compare(Table wanted, Table actual) {
        QualifiedName name = wanted.name();
        NumberingComparator numbering = new NumberingComparator(dialect.capabilities(), wanted, actual);
        Optional<String> rowid = dialect.capabilities().integerKeyIsRowid()
                ? AutoincrementColumns.ofLoneKey(wanted).map(Column::name) : Optional.empty();
        List<String> replaced = new ArrayList<>();
        for (Column column : wanted.columns()) {
            if (!inclusion.includes(Kind.COLUMN, name, column.name(), false)) {
                continue;
            }
            Optional<Column> existing = actual.column(column.name());
            if (existing.isEmpty()) {
                plan.alterations.add(new AddColumn(name, column, false, Optional.empty()));
            } else if (!computed.same(column.computed(), existing.get().computed())) {
                new ColumnReplacement(plan).replace(wanted, actual, column, existing.get());
                replaced.add(column.name());
            } else {
                NumberingChange numbered = numbering.compare(column, existing.get());
                ColumnChange change = change(name, column, existing.get(), numbered,
                        rowid.filter(column.name()::equals).isPresent());
                if (!change.isEmpty() && column.computed().isPresent()
                        && !dialect.capabilities().alterComputedColumns()) {
                    new ColumnReplacement(plan).replace(wanted, actual, column, existing.get(), "is computed and "
                            + "its type, nullability or comment changes, which " + dialect.name() + " cannot alter in "
                            + "place on a computed column");
                    replaced.add(column.name());
                } else if (!change.isEmpty()) {
                    plan.alterations.add(alteration(name, column.name(), change, existing.get(), numbered));
                }
            }
        }
        comparePrimaryKey(name, wanted.primaryKey(), actual.primaryKey());
        keys.compare(ColumnReplacement.withoutIndexesOn(wanted, replaced),
                ColumnReplacement.withoutIndexesOn(actual, replaced));
        compareComment(name, wanted.comment(), actual.comment());
        for (Column column : actual.columns()) {
            if (wanted.column(column.name()).isEmpty() && inclusion.includes(Kind.COLUMN, name, column.name(), true)) {
                plan.dropColumns.add(new DropColumn(name, column.name(), Optional.of(column), false));
            }
        }
    }

    /** {@code rowidKey}: the wanted column is the key the database writes as its row id, {@code INTEGER}. */
    private ColumnChange change(QualifiedName table, Column wanted, Column actual, NumberingChange numbering,
            boolean rowidKey) {
        boolean sameType = types.same(wanted.type(), actual.type()) || rowidKey
                && wanted.type() instanceof ColumnType.IntegerType
                && actual.type().equals(new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL));
        Optional<ColumnType> type = options.compareType() && !sameType ? Optional.of(wanted.type()) : Optional.empty();
        if (type.isPresent() && enumValuesInUnnamedCheck(wanted.type(), actual.type())) {
            plan.notes.add("column " + table + "." + wanted.name() + " has enum values "
                    + ((ColumnType.EnumType) actual.type()).values() + " and the models want "
                    + ((ColumnType.EnumType) wanted.type()).values() + ": " + dialect.name() + " keeps them in a "
                    + "check it named itself, which altering the column cannot replace; write that revision by hand");
            type = Optional.empty();
        }
        // An identity column is NOT NULL whatever the model says, as SQLAlchemy makes a column with an Identity.
        boolean wantedNullable = wanted.nullable() && wanted.identity().isEmpty();
        Optional<Boolean> nullable = wantedNullable != actual.nullable()
                ? Optional.of(wantedNullable) : Optional.empty();
        Change<ServerDefault> serverDefault = compareDefaults(wanted, actual) && !sameDefault(wanted, actual)
                ? wanted.serverDefault().map(Change::to).orElseGet(Change::drop) : Change.unchanged();
        Change<String> comment = dialect.capabilities().comments() && !wanted.comment().equals(actual.comment())
                ? wanted.comment().map(Change::to).orElseGet(Change::drop) : Change.unchanged();
        return new ColumnChange(Optional.empty(), type, Optional.empty(), nullable, serverDefault, comment,
                numbering.autoincrement(), numbering.identity(), Optional.empty());
    }

    /** The same default, or the database keeps the value of the models' constant expression for it. */
    private boolean sameDefault(Column wanted, Column actual) {
        if (defaults.same(wanted.serverDefault(), actual.serverDefault())) {
            return true;
        }
        return actual.serverDefault().isPresent() && wanted.serverDefault().orElse(null) instanceof SqlExpression sql
                && folded.folded(sql).filter(value -> defaults.same(Optional.of(value),
                        actual.serverDefault())).isPresent();
    }

    private static AlterColumn alteration(QualifiedName table, String column, ColumnChange change, Column actual,
            NumberingChange numbering) {
        ColumnState existing = new ColumnState(Optional.of(actual.type()), Optional.of(actual.nullable()),
                actual.serverDefault().map(Existing::of).orElseGet(Existing::absent),
                actual.comment().map(Existing::of).orElseGet(Existing::absent),
                existingAutoincrement(numbering), existingIdentity(numbering));
        return new AlterColumn(table, column, change, existing);
    }

    /**
     * Whether the column numbers itself now: said when the alteration turns that on or off, or when it is so
     * (MySQL restates the column whole and would otherwise drop its {@code AUTO_INCREMENT}).
     */
    private static Optional<Boolean> existingAutoincrement(NumberingChange numbering) {
        return numbering.autoincrement().isPresent() ? numbering.existingAutoincrement()
                : numbering.existingAutoincrement().filter(enabled -> enabled);
    }

    /** The column's identity now: said when the alteration changes it, or when the column has one. */
    private static Existing<Identity> existingIdentity(NumberingChange numbering) {
        return numbering.identity().isChange() || numbering.existingIdentity() instanceof Existing.Present<Identity>
                ? numbering.existingIdentity() : Existing.unknown();
    }

    /**
     * Where enums are checks altered in place (not rebuilt with their table), new enum values would leave the
     * old check behind: the database named it, so no statement written beforehand can drop it.
     */
    private boolean enumValuesInUnnamedCheck(ColumnType wanted, ColumnType actual) {
        return dialect.capabilities().enums() == EnumStorage.CHECK_CONSTRAINT && dialect.capabilities().alterColumns()
                && wanted instanceof ColumnType.EnumType && actual instanceof ColumnType.EnumType;
    }

    /**
     * Defaults that come from a key's own sequence or identity are the database's business, not a change;
     * a computed column has none.
     */
    private boolean compareDefaults(Column wanted, Column actual) {
        if (!options.compareServerDefault() || wanted.identity().isPresent() || actual.identity().isPresent()
                || wanted.computed().isPresent()) {
            return false;
        }
        return actual.serverDefault().filter(value -> value instanceof SqlExpression expression
                && expression.sql().toLowerCase(Locale.ROOT).startsWith("nextval(")
                && wanted.serverDefault().isEmpty()).isEmpty();
    }

    private void comparePrimaryKey(QualifiedName table, Optional<PrimaryKey> wanted, Optional<PrimaryKey> actual) {
        if (wanted.map(PrimaryKey::columns).equals(actual.map(PrimaryKey::columns))) {
            return;
        }
        // A key the database does not name (MySQL's are all PRIMARY) is dropped, and restored, under that name.
        actual.map(key -> key.name().isPresent() ? key : new PrimaryKey(Optional.of("PRIMARY"), key.columns()))
                .ifPresent(key -> plan.alterations.add(new DropConstraint(table, key.name().get(),
                        Optional.of(ConstraintKind.PRIMARY_KEY), Optional.of(key), false)));
        wanted.ifPresent(key -> plan.alterations.add(new CreatePrimaryKey(table, key)));
    }

    private void compareComment(QualifiedName table, Optional<String> wanted, Optional<String> actual) {
        if (!dialect.capabilities().comments() || wanted.equals(actual)) {
            return;
        }
        plan.alterations.add(wanted.isPresent()
                ? new CreateTableComment(table, wanted.get(), actual)
                : new DropTableComment(table, actual));
    }
}
