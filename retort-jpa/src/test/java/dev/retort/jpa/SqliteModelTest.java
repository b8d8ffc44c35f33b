package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The shop's entities as SQLite's schema, through Hibernate's community SQLite dialect: names as written,
 * identities as rowid keys, sequences as the tables Hibernate emulates them with, no comments.
 */
class SqliteModelTest {
    private static final Dialect SQLITE = Dialects.named("sqlite");

    @Test
    void anIdentityKeyIsAnIntegerColumnThatNumbersItselfAsTheRowid() {
        Table customer = shop().table(QualifiedName.of("Customer")).orElseThrow();

        Column id = customer.column("id").orElseThrow();
        assertThat(id.type()).isEqualTo(new ColumnType.IntegerType(Width.NORMAL));
        assertThat(id.identity()).isEmpty();
        assertThat(id.autoincrement()).isEqualTo(Autoincrement.AUTO);
        assertThat(AutoincrementColumns.of(customer)).contains(id);
    }

    @Test
    void aSequenceIsTheTableHibernateEmulatesItWithAndItsKeyDoesNotNumberItself() {
        DatabaseSchema schema = shop();

        assertThat(schema.sequences()).isEmpty();
        Table sequence = schema.table(QualifiedName.of("document_seq")).orElseThrow();
        assertThat(sequence.columns()).containsExactly(Column.of("next_val", new ColumnType.IntegerType(Width.BIG)));
        assertThat(sequence.primaryKey()).isEmpty();
        assertThat(schema.table(QualifiedName.of("purchase_order_seq"))).isPresent();
        Column orderId = schema.table(QualifiedName.of("purchase_order")).orElseThrow().column("id").orElseThrow();
        assertThat(orderId.autoincrement()).isEqualTo(Autoincrement.DISABLED);
    }

    @Test
    void typesAreTheOnesSqlitesCompilerWritesBackTheSameAndOthersStayAsHibernateWritesThem() {
        DatabaseSchema schema = shop();

        Table product = schema.table(QualifiedName.of("Product")).orElseThrow();
        assertThat(product.columns()).extracting(Column::type).containsExactly(
                new ColumnType.IntegerType(Width.BIG), new ColumnType.BooleanType(),
                new ColumnType.TextType(Optional.empty()), new ColumnType.BinaryType(OptionalInt.empty()),
                new ColumnType.StringType(OptionalInt.of(40), Optional.empty()),
                new ColumnType.FloatType(OptionalInt.empty()));
        Table order = schema.table(QualifiedName.of("purchase_order")).orElseThrow();
        assertThat(order.column("placed_at").orElseThrow().type()).isEqualTo(new ColumnType.RawType("timestamp"));
        assertThat(order.column("state").orElseThrow().type()).isEqualTo(new ColumnType.RawType("tinyint"));
        assertThat(order.column("total").orElseThrow().type())
                .isEqualTo(new ColumnType.NumericType(OptionalInt.of(12), OptionalInt.of(2)));
    }

    @Test
    void aUniqueColumnIsUnnamedAsHibernateWritesItInline() {
        Table customer = shop().table(QualifiedName.of("Customer")).orElseThrow();

        assertThat(customer.constraints()).filteredOn(UniqueConstraint.class::isInstance)
                .containsExactly(new UniqueConstraint(Optional.empty(), List.of("email")));
    }

    @Test
    void commentsAreLeftOutAsSqliteKeepsNone() {
        DatabaseSchema schema = JpaModels.read(JpaModelSource.packages(List.of(), NamingStrategyTest.LOYALTY)
                .physicalNamingStrategy(NamingStrategyTest.CAMEL_CASE), SQLITE);

        assertThat(schema.tables()).isNotEmpty().allSatisfy(table -> {
            assertThat(table.comment()).isEmpty();
            assertThat(table.columns()).extracting(Column::comment).containsOnly(Optional.empty());
        });
    }

    private static DatabaseSchema shop() {
        return JpaModels.read(ShopModel.source(), SQLITE);
    }
}
