package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.jpa.ticket.Ticket;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An enum Hibernate maps to a named PostgreSQL type is that type, listed once for the schema. */
class NativeEnumTest {

    @Test
    void aNamedEnumColumnHasTheEnumTypeNamedAfterTheClassWithItsLabelsSorted() {
        DatabaseSchema schema = JpaModels.read(JpaModelSource.classes(Ticket.class), Dialects.named("postgresql"));

        ColumnType.EnumType priority = new ColumnType.EnumType(Optional.of("priority"),
                List.of("HIGH", "LOW", "MEDIUM", "URGENT"));
        assertThat(schema.table(QualifiedName.of("ticket")).orElseThrow().columns())
                .extracting(column -> column.name() + " " + column.type())
                .containsExactly("id " + new ColumnType.IntegerType(ColumnType.IntegerType.Width.BIG),
                        "escalatedpriority " + priority, "priority " + priority);
        assertThat(schema.enumTypes()).containsExactly(new EnumTypeDefinition(QualifiedName.of("priority"), priority));
    }
}
