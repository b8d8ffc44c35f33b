package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

/** Tables and sequences of a default schema set for Hibernate are named in that schema. */
class SchemaTest {

    @Test
    void hibernatesDefaultSchemaQualifiesTablesSequencesAndReferences() {
        DatabaseSchema schema = JpaModels.read(ShopModel.source().hibernateSetting("hibernate.default_schema", "Sales"),
                Dialects.named("postgresql"));

        assertThat(schema.tables()).extracting(Table::name).contains(QualifiedName.of("sales", "purchase_order"));
        assertThat(schema.sequences()).extracting(Sequence::name)
                .contains(QualifiedName.of("sales", "purchase_order_seq"));
        Table order = schema.table(QualifiedName.of("sales", "purchase_order")).orElseThrow();
        assertThat(order.constraints()).filteredOn(ForeignKey.class::isInstance).map(ForeignKey.class::cast)
                .extracting(ForeignKey::referredTable).containsExactly(QualifiedName.of("sales", "customer"));
    }

    @Test
    void withoutADefaultSchemaNamesAreInTheConnectionsSchema() {
        DatabaseSchema schema = JpaModels.read(ShopModel.source(), Dialects.named("mariadb"));

        assertThat(schema.tables()).extracting(Table::name).contains(QualifiedName.of("purchase_order"),
                QualifiedName.of("Customer"));
        assertThat(schema.tables()).allMatch(table -> table.name().schema().isEmpty());
        assertThat(schema.sequences()).extracting(Sequence::name).containsExactly(QualifiedName.of("Product_SEQ"),
                QualifiedName.of("document_seq"), QualifiedName.of("purchase_order_seq"));
    }
}
