package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType.IntegerType;
import dev.retort.schema.ColumnType.TextType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {
    private static final ColumnType INTEGER = new IntegerType(IntegerType.Width.NORMAL);
    private static final ColumnType TEXT = new TextType(Optional.empty());
    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    @Test
    void inlineColumnConstraintsBecomeTableConstraints() {
        Table inline = Table.of(ORDERS, List.of(
                Column.of("id", INTEGER).primaryKey(),
                Column.of("code", TEXT).unique(),
                Column.of("account_id", INTEGER).references("billing.account.id")));

        assertThat(inline.primaryKey()).contains(PrimaryKey.of("id"));
        assertThat(inline.constraints()).containsExactly(
                new UniqueConstraint(Optional.empty(), List.of("code")),
                ForeignKey.of(Optional.empty(), List.of("account_id"), QualifiedName.of("billing", "account"),
                        List.of("id")));
        assertThat(inline.columns()).allSatisfy(column -> assertThat(column.inline().isEmpty()).isTrue());
    }

    @Test
    void inlineAndTableLevelFormsOfTheSameTableAreEqual() {
        Table inline = Table.of(ORDERS, List.of(Column.of("id", INTEGER).primaryKey(), Column.of("code", TEXT).unique()));
        Table tableLevel = Table.of(ORDERS, List.of(Column.of("id", INTEGER), Column.of("code", TEXT),
                PrimaryKey.of("id"), new UniqueConstraint(Optional.empty(), List.of("code"))));

        assertThat(inline).isEqualTo(tableLevel);
        assertThat(new Table(inline.name(), inline.columns(), inline.primaryKey(), inline.constraints(),
                inline.indexes(), inline.comment())).as("normalising twice").isEqualTo(inline);
    }

    @Test
    void primaryKeyColumnsAreNotNull() {
        Table table = Table.of(ORDERS, List.of(Column.of("a", INTEGER), Column.of("b", INTEGER),
                new PrimaryKey(Optional.of("pk_orders"), List.of("a"))));

        assertThat(table.column("a")).map(Column::nullable).contains(false);
        assertThat(table.column("b")).map(Column::nullable).contains(true);
    }

    @Test
    void inlinePrimaryKeyColumnsFormOneCompositeKey() {
        Table table = Table.of(ORDERS, List.of(Column.of("a", INTEGER).primaryKey(), Column.of("b", INTEGER).primaryKey()));
        assertThat(table.primaryKey()).contains(PrimaryKey.of("a", "b"));
    }

    @Test
    void rejectsTwoPrimaryKeys() {
        assertThatThrownBy(() -> Table.of(ORDERS, List.of(Column.of("a", INTEGER), Column.of("b", INTEGER),
                PrimaryKey.of("a"), PrimaryKey.of("b"))))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("table orders: it has two primary keys: [a] and [b]");
    }

    @Test
    void rejectsInlinePrimaryKeyOutsideTheDeclaredKey() {
        assertThatThrownBy(() -> Table.of(ORDERS, List.of(Column.of("a", INTEGER).primaryKey(), Column.of("b", INTEGER),
                PrimaryKey.of("b"))))
                .hasMessage("table orders: columns [a] are marked primary key but the table's primary key is [b]; "
                        + "declare the key in one place");
    }

    @Test
    void rejectsColumnsDefinedTwice() {
        assertThatThrownBy(() -> Table.of(ORDERS, List.of(Column.of("a", INTEGER), Column.of("a", TEXT))))
                .hasMessage("table orders: columns defined twice: [a]");
    }

    @Test
    void rejectsConstraintsAndIndexesOnUnknownColumns() {
        assertThatThrownBy(() -> Table.of(ORDERS, List.of(Column.of("a", INTEGER),
                new UniqueConstraint(Optional.of("uq"), List.of("a", "b")),
                Index.on(Optional.of("ix"), List.of("c")))))
                .hasMessage("table orders: constraints or indexes name columns the table does not have: [b, c]");
    }

    @Test
    void expressionIndexesNeedNoKnownColumn() {
        Index lower = new Index(Optional.of("ix_lower"), List.of(new SqlExpression("lower(a)")), false,
                Optional.empty(), java.util.Map.of());
        assertThat(Table.of(ORDERS, List.of(Column.of("a", TEXT), lower)).indexes()).containsExactly(lower);
    }

    @Test
    void rejectsConstraintAndIndexNamesUsedTwice() {
        assertThatThrownBy(() -> Table.of(ORDERS, List.of(Column.of("a", INTEGER),
                new UniqueConstraint(Optional.of("uq_a"), List.of("a")), Index.on(Optional.of("uq_a"), List.of("a")))))
                .hasMessage("table orders: constraint or index names used twice: [uq_a]");
    }

    @Test
    void rejectsNullablePrimaryKeyColumn() {
        assertThatThrownBy(() -> Column.of("id", INTEGER).primaryKey().nullable(true))
                .hasMessage("column id: a primary key column cannot be nullable");
    }

    @Test
    void rejectsEmptyNames() {
        assertThatThrownBy(() -> QualifiedName.of("")).hasMessage("table name: the name must not be empty");
        assertThatThrownBy(() -> QualifiedName.of(" ", "t")).hasMessageContaining("schema of t");
        assertThatThrownBy(() -> Column.of("", INTEGER)).hasMessage("column name: the name must not be empty");
        assertThatThrownBy(() -> new PrimaryKey(Optional.of(""), List.of("a"))).hasMessageContaining("primary key name");
        assertThatThrownBy(() -> new UniqueConstraint(Optional.empty(), List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new IndexColumn("")).hasMessageContaining("index column");
    }

    @Test
    void qualifiedNamesPrintWithTheirSchema() {
        assertThat(QualifiedName.of("reporting", "account")).hasToString("reporting.account");
        assertThat(QualifiedName.of("account")).hasToString("account");
        assertThat(QualifiedName.of("reporting", "account").withName("ix")).isEqualTo(QualifiedName.of("reporting", "ix"));
    }

    @Test
    void tableCopiesItsLists() {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.of("a", INTEGER)));
        Table table = new Table(ORDERS, columns, Optional.empty(), List.of(), List.of(), Optional.empty());
        columns.add(Column.of("b", INTEGER));
        assertThat(table.columns()).hasSize(1);
        assertThatThrownBy(() -> table.columns().add(Column.of("c", INTEGER)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
