package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Autoincrement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Tables as SQLite's reflection reads them back: rowid numbering and enums written as checks. */
class SqliteTablesTest {

    @Test
    void aVarcharAsLongAsItsLongestValueWithAnUnnamedInCheckIsAnEnum() {
        Table table = table(Column.of("kind", new ColumnType.StringType(OptionalInt.of(4), Optional.empty())),
                new CheckConstraint(Optional.empty(), "kind in ('card','it''s')"));

        Table stored = SqliteTables.stored(table);

        assertThat(stored.column("kind").orElseThrow().type())
                .isEqualTo(new ColumnType.EnumType(Optional.empty(), List.of("card", "it's")));
        assertThat(stored.constraints()).isEmpty();
    }

    @Test
    void aCheckOnALongerVarcharOrANamedCheckStaysACheck() {
        CheckConstraint longer = new CheckConstraint(Optional.empty(), "kind in ('card','cash')");
        CheckConstraint named = new CheckConstraint(Optional.of("ck_kind"), "kind in ('card','cash')");
        Column kind = Column.of("kind", new ColumnType.StringType(OptionalInt.of(20), Optional.empty()));

        assertThat(SqliteTables.stored(table(kind, longer)).constraints()).containsExactly(longer);
        Column exact = Column.of("kind", new ColumnType.StringType(OptionalInt.of(4), Optional.empty()));
        assertThat(SqliteTables.stored(table(exact, named)).constraints()).containsExactly(named);
    }

    @Test
    void aLoneIntegerKeyNumbersItselfAndABigintKeyDoesNot() {
        Table integer = keyedBy(Column.of("id", new ColumnType.IntegerType(Width.NORMAL)).autoincrement(false));
        Table bigint = keyedBy(Column.of("id", new ColumnType.IntegerType(Width.BIG)));

        assertThat(SqliteTables.stored(integer).column("id").orElseThrow().autoincrement())
                .isEqualTo(Autoincrement.AUTO);
        assertThat(SqliteTables.stored(bigint).column("id").orElseThrow().autoincrement())
                .isEqualTo(Autoincrement.DISABLED);
    }

    private static Table keyedBy(Column id) {
        return new Table(QualifiedName.of("t"), List.of(id), Optional.of(new PrimaryKey(Optional.empty(),
                List.of("id"))), List.of(), List.of(), Optional.empty());
    }

    private static Table table(Column column, CheckConstraint check) {
        return new Table(QualifiedName.of("payment"), List.of(column), Optional.empty(), List.of(check), List.of(),
                Optional.empty());
    }
}
