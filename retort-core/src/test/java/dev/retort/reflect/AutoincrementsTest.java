package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The least a reflected table must say for the compilers to number the same column again. */
class AutoincrementsTest {

    private static Table table(List<String> key, Column... columns) {
        return new Table(QualifiedName.of("t"), List.of(columns), Optional.of(new PrimaryKey(Optional.empty(), key)),
                List.of(), List.of(), Optional.empty());
    }

    private static Autoincrement of(Optional<Table> table, String column) {
        return table.orElseThrow().column(column).orElseThrow().autoincrement();
    }

    @Test
    void aNumberedLoneIntegerKeyNeedsNothingSaid() {
        Optional<Table> marked = Autoincrements.mark(table(List.of("id"), Column.of("id", Types.INTEGER).notNull()),
                Optional.of("id"));

        assertThat(of(marked, "id")).isEqualTo(Autoincrement.AUTO);
    }

    @Test
    void aLoneIntegerKeyThatDoesNotNumberItselfIsDisabled() {
        Optional<Table> marked = Autoincrements.mark(table(List.of("id"), Column.of("id", Types.BIGINT).notNull()),
                Optional.empty());

        assertThat(of(marked, "id")).isEqualTo(Autoincrement.DISABLED);
    }

    @Test
    void aNumberedColumnOfACompositeKeyIsEnabled() {
        Optional<Table> marked = Autoincrements.mark(table(List.of("tenant", "id"),
                Column.of("tenant", Types.INTEGER).notNull(), Column.of("id", Types.INTEGER).notNull()),
                Optional.of("id"));

        assertThat(of(marked, "id")).isEqualTo(Autoincrement.ENABLED);
        assertThat(of(marked, "tenant")).isEqualTo(Autoincrement.AUTO);
    }

    @Test
    void aNumberedColumnOutsideTheKeyCannotBeSaidSo() {
        Optional<Table> marked = Autoincrements.mark(table(List.of("code"), Column.of("code", Types.varchar(3))
                .notNull(), Column.of("counter", Types.INTEGER)), Optional.of("counter"));

        assertThat(marked).isEmpty();
    }
}
