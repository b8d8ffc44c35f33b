package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComputedColumnTest {
    private static final ColumnType INTEGER = new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL);

    @Test
    void aComputedColumnIsStoredUnlessDeclaredVirtual() {
        assertThat(Column.of("total", INTEGER).computed("price * quantity").computed())
                .contains(new Computed(new SqlExpression("price * quantity"), true));
        assertThat(Column.of("total", INTEGER).computed(Computed.virtual("a + b")).computed().get().storage())
                .isEqualTo("VIRTUAL");
        assertThat(Column.of("total", INTEGER).computed("a").notNull().comment("c").withName("sum").computed())
                .contains(Computed.stored("a"));
        assertThat(Column.of("total", INTEGER).computed("a").notComputed().computed()).isEmpty();
    }

    @Test
    void rejectsAComputedColumnWithAServerDefault() {
        assertThatThrownBy(() -> Column.of("total", INTEGER).serverDefault(ServerDefault.literal(0))
                .computed("price * quantity")).isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("column total: a computed column cannot also have a server default; its value is always "
                        + "price * quantity, so drop the default");
    }

    @Test
    void rejectsAComputedIdentityColumn() {
        assertThatThrownBy(() -> Column.of("id", INTEGER).identity(Identity.byDefault()).computed("1"))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("column id: a computed column cannot also be an identity column; keep either the "
                        + "expression or the identity");
    }

    @Test
    void rejectsAComputedColumnWithoutAnExpression() {
        assertThatThrownBy(() -> Computed.stored(" ")).isInstanceOf(SchemaDefinitionException.class);
        assertThat(Column.of("x", INTEGER).computed()).isEqualTo(Optional.empty());
    }
}
