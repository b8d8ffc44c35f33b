package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DatabaseSchemaTest {
    private static Table table(QualifiedName name) {
        return Table.of(name, List.of(Column.of("id", new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL))));
    }

    @Test
    void listsObjectsOfTheDefaultSchemaFirstThenBySchemaAndName() {
        DatabaseSchema schema = new DatabaseSchema(List.of(table(QualifiedName.of("b")),
                table(QualifiedName.of("audit", "a")), table(QualifiedName.of("a"))), List.of(), List.of());

        assertThat(schema.tables()).extracting(Table::name).containsExactly(QualifiedName.of("a"),
                QualifiedName.of("b"), QualifiedName.of("audit", "a"));
        assertThat(schema.table(QualifiedName.of("audit", "a"))).isPresent();
        assertThat(schema.table(QualifiedName.of("c"))).isEmpty();
    }

    @Test
    void refusesATableListedTwice() {
        assertThatThrownBy(() -> new DatabaseSchema(List.of(table(QualifiedName.of("a")), table(QualifiedName.of("a"))),
                List.of(), List.of()))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("table a: it is listed twice");
    }

    @Test
    void refusesASequenceWhoseMinimumIsAboveItsMaximum() {
        assertThatThrownBy(() -> new Sequence(QualifiedName.of("s"), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.of(10), OptionalLong.of(5), false))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("sequence s: its minimum 10 is above its maximum 5");
    }

    @Test
    void refusesAnEnumDefinitionWhoseTypeCarriesAnotherName() {
        ColumnType.EnumType mood = new ColumnType.EnumType(Optional.of("mood"), List.of("ok"));

        assertThatThrownBy(() -> new EnumTypeDefinition(QualifiedName.of("feeling"), mood))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("enum type feeling: its column type must carry the same name, not mood");
    }
}
