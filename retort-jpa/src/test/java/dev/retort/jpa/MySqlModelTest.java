package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The shop's entities as MySQL's schema: names as written, native enums, AUTO_INCREMENT keys, named unique keys. */
class MySqlModelTest {

    @Test
    void theShopReadsForMySqlAsHibernatesMySqlDialectWritesIt() {
        DatabaseSchema schema = JpaModels.read(ShopModel.source().databaseVersion("8.0"), Dialects.named("mysql"));

        Table customer = schema.table(QualifiedName.of("Customer")).orElseThrow();
        Column id = customer.column("id").orElseThrow();
        assertThat(id.identity()).isEmpty();
        assertThat(id.autoincrement()).isEqualTo(Autoincrement.AUTO);
        assertThat(customer.column("status").orElseThrow().type()).isEqualTo(new ColumnType.EnumType(Optional.empty(),
                List.of("ACTIVE", "CLOSED", "SUSPENDED")));
        assertThat(customer.constraints()).filteredOn(UniqueConstraint.class::isInstance)
                .containsExactly(new UniqueConstraint(Optional.of("UK3qgg01qojcmbdp47dkaom9x45"), List.of("email")));
        Table product = schema.table(QualifiedName.of("Product")).orElseThrow();
        assertThat(product.columns()).extracting(Column::type).containsExactly(
                new ColumnType.IntegerType(ColumnType.IntegerType.Width.BIG), new ColumnType.RawType("bit(1)"),
                new ColumnType.TextType(Optional.empty()), new ColumnType.BinaryType(OptionalInt.of(255)),
                new ColumnType.StringType(OptionalInt.of(40), Optional.empty()), new ColumnType.DoubleType());
    }
}
