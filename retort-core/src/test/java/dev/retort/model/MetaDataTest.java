package dev.retort.model;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.qualified;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MetaDataTest {

    private static final Table CUSTOMER = table("customer",
            column("id", INTEGER).primaryKey(),
            column("email", string(200)).notNull(),
            column("tier", enumType("tier", "basic", "gold")).notNull().serverDefault(literal("basic")),
            unique("uq_customer_email", "email"));

    @Test
    void theSchemaHoldsTheTablesSequencesAndEnumTypesDeclared() {
        Sequence invoiceNumbers = new Sequence(QualifiedName.of("invoice_number"), OptionalLong.of(1000),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), false);

        DatabaseSchema schema = MetaData.empty()
                .table(CUSTOMER)
                .enumType("currency", "EUR", "USD")
                .sequence(invoiceNumbers)
                .sequence("order_number")
                .toSchema();

        assertThat(schema.tables()).containsExactly(CUSTOMER);
        assertThat(schema.sequences()).containsExactly(invoiceNumbers, Sequence.of(QualifiedName.of("order_number")));
        assertThat(schema.enumTypes()).containsExactly(
                enumDefinition(QualifiedName.of("currency"), "EUR", "USD"),
                enumDefinition(QualifiedName.of("tier"), "basic", "gold"));
    }

    @Test
    void anEnumTypeOfATableInASchemaLivesInTheDefaultSchema() {
        Table account = table(qualified("billing", "account"), column("state", enumType("state", "open", "closed")));

        assertThat(MetaData.empty().table(account).toSchema().enumTypes())
                .containsExactly(enumDefinition(QualifiedName.of("state"), "open", "closed"));
    }

    @Test
    void constraintsComeInReflectionOrderAndIndexesByName() {
        Table note = table("note",
                column("id", INTEGER).primaryKey(),
                column("customer_id", INTEGER),
                column("body", TEXT),
                check("ck_note_body", "length(body) > 0"),
                foreignKey("fk_note_customer", List.of("customer_id"), "customer", List.of("id")),
                unique("uq_note_body", "body"),
                index("ix_z", "body"),
                index("ix_a", "customer_id"));

        Table read = MetaData.empty().table(CUSTOMER, note).toSchema().table(QualifiedName.of("note")).orElseThrow();

        assertThat(read.constraints()).extracting(constraint -> constraint.name().orElseThrow())
                .containsExactly("uq_note_body", "fk_note_customer", "ck_note_body");
        assertThat(read.indexes()).extracting(index -> index.name().orElseThrow()).containsExactly("ix_a", "ix_z");
    }

    @Test
    void everyMethodReturnsACopy() {
        MetaData empty = MetaData.empty();

        empty.table(CUSTOMER).sequence("s").enumType("e", "x").namingConvention(NamingConvention.RECOMMENDED);

        assertThat(empty).isEqualTo(new MetaData(NamingConvention.NONE, List.of(), List.of(), List.of()));
    }

    @Test
    void aForeignKeyToATableTheModelsLackIsReported() {
        Table purchase = table("purchase", column("customer_id", INTEGER),
                foreignKey("fk_purchase_customer", List.of("customer_id"), "custmer", List.of("id")));

        assertThatThrownBy(() -> MetaData.empty().table(CUSTOMER, purchase).toSchema())
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("The models have 1 problem:\n"
                        + "  table purchase: foreign key fk_purchase_customer on [customer_id] refers to table custmer,"
                        + " which the models do not declare; add that table to the models or correct the name\n"
                        + "Fix the models and run again.");
    }

    /** Whether {@code public} is the default schema only the database says; autogenerate checks again. */
    @Test
    void aForeignKeyMayNameTheSchemaOfATableDeclaredWithoutOne() {
        Table invoice = table(qualified("billing", "invoice"), column("customer_id", INTEGER)
                .references("public.customer.id"));

        assertThat(MetaData.empty().table(CUSTOMER, invoice).toSchema().tables()).hasSize(2);
    }

    @Test
    void aForeignKeyMayNameWithoutASchemaATableDeclaredInOne() {
        Table customer = CUSTOMER.withName(qualified("public", "customer"));
        Table invoice = table(qualified("billing", "invoice"), column("customer_id", INTEGER)
                .references("customer.id"));

        assertThat(MetaData.empty().table(customer, invoice).toSchema().tables()).hasSize(2);
    }

    @Test
    void aForeignKeyToColumnsTheTableLacksIsReported() {
        Table purchase = table("purchase", column("customer_id", INTEGER).references("customer.idd"));

        assertThatThrownBy(() -> MetaData.empty().table(CUSTOMER, purchase).toSchema())
                .hasMessageContaining("  table purchase: foreign key on [customer_id] refers to columns [idd] that"
                        + " table customer does not have; it has [id, email, tier]\n");
    }

    @Test
    void aForeignKeyToColumnsThatAreNeitherKeyNorUniqueIsReported() {
        Table purchase = table("purchase", column("tier", enumType("tier", "basic", "gold")).references("customer.tier"));

        assertThatThrownBy(() -> MetaData.empty().table(CUSTOMER, purchase).toSchema())
                .hasMessageContaining("  table purchase: foreign key on [tier] refers to [tier] of table customer,"
                        + " which are neither its primary key nor unique; databases need one of them\n");
    }

    @Test
    void aForeignKeyToAUniqueIndexIsAccepted() {
        Table code = table("code", column("value", string(10)).notNull(), index("ix_code_value", "value").unique(true));
        Table use = table("use", column("code", string(10)).references("code.value"));

        assertThat(MetaData.empty().table(code, use).toSchema().tables()).hasSize(2);
    }

    @Test
    void anIndexWithoutANameIsRefusedWithoutANamingConventionForIndexes() {
        Table use = table("use", column("code", string(10)), Unnamed.index("code"));

        assertThatThrownBy(() -> MetaData.empty().table(use).toSchema())
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("The models have 1 problem:\n"
                        + "  table use: index on [code] has no name, which the database needs to create it; name it"
                        + " (index(\"ix_use_code\", ...)) or give the models a naming convention for indexes"
                        + " (.namingConvention(NamingConvention.RECOMMENDED), or"
                        + " NamingConvention.NONE.index(\"ix_{table}_{column_0}\") for indexes alone)\n"
                        + "Fix the models and run again.");
        assertThat(MetaData.empty().namingConvention(NamingConvention.NONE.index("ix_{table}_{column_0}")).table(use)
                .toSchema().table(QualifiedName.of("use")).orElseThrow().indexes().get(0).name())
                .contains("ix_use_code");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Table other = table("other", column("id", INTEGER), index("ix_shared", "id"));
        Table another = table("another", column("id", INTEGER), index("ix_shared", "id"));

        assertThatThrownBy(() -> MetaData.empty()
                .table(CUSTOMER, CUSTOMER, other, another)
                .sequence("s").sequence("s")
                .enumType("tier", "basic", "gold", "platinum")
                .toSchema())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems()).containsExactly(
                        "table customer is declared twice; keep one",
                        "sequence s is declared twice; keep one",
                        "the name ix_shared is given to index on [id] of table other and index on [id] of table"
                                + " another; tables of one schema share index names on PostgreSQL and SQLite, so"
                                + " name one of them otherwise",
                        "enum type tier: column customer.tier has the values [basic, gold] but the declared enum type"
                                + " has [basic, gold, platinum]; give them the same values or different names"));
    }

    @Test
    void indexNamesMayRepeatInAnotherSchema() {
        Table other = table("other", column("id", INTEGER), index("ix_shared", "id"));
        Table elsewhere = table(qualified("archive", "other"), column("id", INTEGER), index("ix_shared", "id"));

        assertThat(MetaData.empty().table(other, elsewhere).toSchema().tables()).hasSize(2);
    }

    private static EnumTypeDefinition enumDefinition(QualifiedName name, String... values) {
        return new EnumTypeDefinition(name, new ColumnType.EnumType(Optional.of(name.name()), List.of(values)));
    }
}
