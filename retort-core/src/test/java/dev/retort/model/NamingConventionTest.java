package dev.retort.model;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.Constraint;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingConventionTest {

    private static final Table CUSTOMER = table("customer",
            column("id", INTEGER).primaryKey(),
            column("email", string(200)).notNull().unique());

    @Test
    void theRecommendedConventionNamesEveryKindOfUnnamedConstraintAndIndex() {
        Table purchase = table("purchase",
                column("id", INTEGER),
                column("customer_id", INTEGER).notNull().references("customer.id"),
                column("quantity", INTEGER),
                Unnamed.primaryKey("id"),
                check("positive_id", "id > 0"),
                Unnamed.index("customer_id", "quantity"));

        Table named = named(MetaData.empty().namingConvention(NamingConvention.RECOMMENDED)
                .table(CUSTOMER, purchase), "purchase");

        assertThat(named.primaryKey().flatMap(PrimaryKey::name)).contains("pk_purchase");
        assertThat(named.constraints()).extracting(constraint -> constraint.name().orElse("(unnamed)"))
                .containsExactly("fk_purchase_customer_id_customer", "ck_purchase_positive_id");
        assertThat(named.indexes()).extracting(index -> index.name().orElseThrow())
                .containsExactly("ix_purchase_customer_id");
    }

    @Test
    void aCheckTemplateWithTheConstraintNameCannotNameAnUnnamedCheck() {
        Table purchase = table("purchase", column("quantity", INTEGER), Unnamed.check("quantity > 0"));

        assertThatThrownBy(() -> MetaData.empty().namingConvention(NamingConvention.RECOMMENDED).table(purchase)
                .toSchema()).isInstanceOf(InvalidModelException.class).hasMessage("The models have 1 problem:\n"
                        + "  table purchase: check (quantity > 0) cannot be named by the naming convention ck"
                        + " 'ck_{table}_{constraint_name}': it has no name for {constraint_name}; name it yourself"
                        + " or change the template\n"
                        + "Fix the models and run again.");
    }

    @Test
    void namedConstraintsKeepTheirNamesUnlessTheTemplateUsesTheConstraintName() {
        NamingConvention convention = NamingConvention.NONE.unique("uq_{table}_{columns}").check("ck_{table}_{constraint_name}");
        Table account = table("account",
                column("a", INTEGER), column("b", INTEGER),
                dev.retort.api.Schema.unique("account_a_key", "a"),
                Unnamed.unique("a", "b"),
                check("b_positive", "b > 0"));

        Table named = named(MetaData.empty().namingConvention(convention).table(account), "account");

        assertThat(named.constraints()).extracting(constraint -> constraint.name().orElseThrow())
                .containsExactly("account_a_key", "uq_account_a_b", "ck_account_b_positive");
    }

    @Test
    void numberedAndReferredTokensNameCompositeKeys() {
        NamingConvention convention = NamingConvention.of(Map.of(
                "fk", "{table}_{column_0}_{column_1}_fkey_{referred_table}_{referred_columns}",
                "ix", "{table}_{columns}_idx"));
        Table parent = table("parent", column("a", INTEGER), column("b", INTEGER),
                Unnamed.primaryKey("a", "b"));
        Table child = table("child", column("x", INTEGER), column("y", INTEGER),
                Unnamed.foreignKey(List.of("x", "y"), "parent", List.of("a", "b")),
                Unnamed.uniqueIndex("y", "x"));

        Table named = named(MetaData.empty().namingConvention(convention).table(parent, child), "child");

        assertThat(named.constraints()).extracting(constraint -> constraint.name().orElseThrow())
                .containsExactly("child_x_y_fkey_parent_a_b");
        assertThat(named.indexes()).extracting(index -> index.name().orElseThrow()).containsExactly("child_y_x_idx");
    }

    @Test
    void withoutATemplateUnnamedConstraintsAreLeftToTheDatabase() {
        Table named = named(MetaData.empty().table(CUSTOMER), "customer");

        assertThat(named.primaryKey().flatMap(PrimaryKey::name)).isEmpty();
        assertThat(named.constraints()).extracting(Constraint::name).containsExactly(Optional.empty());
    }

    @Test
    void anIndexOnlyOnExpressionsHasNoColumnForTheTemplate() {
        Table person = table("person", column("name", string(50)), Unnamed.index(sql("lower(name)")));

        assertThatThrownBy(() -> MetaData.empty().namingConvention(NamingConvention.RECOMMENDED).table(person)
                .toSchema()).hasMessageContaining("table person: index on [lower(name)] cannot be named by the naming"
                        + " convention ix 'ix_{table}_{column_0}': it has no value for {column_0}; name it yourself or"
                        + " change the template");
    }

    @Test
    void aNameLongerThanPostgresKeepsIsRefused() {
        String column = "c".repeat(60);
        Table wide = table("wide", column(column, INTEGER), Unnamed.index(column));

        assertThatThrownBy(() -> MetaData.empty().namingConvention(NamingConvention.RECOMMENDED).table(wide)
                .toSchema()).hasMessageContaining("table wide: index on [" + column + "] would be named ix_wide_"
                        + column + " by the naming convention ix, 68 bytes; PostgreSQL keeps 63, so shorten the"
                        + " template or name it yourself");
    }

    @Test
    void twoObjectsTheConventionNamesAlikeAreReported() {
        Table person = table("person", column("name", string(50)),
                Unnamed.index("name"), Unnamed.index("name").where("name IS NOT NULL"));

        assertThatThrownBy(() -> MetaData.empty().namingConvention(NamingConvention.RECOMMENDED).table(person)
                .toSchema()).hasMessageContaining("table person: the name ix_person_name is given to index on [name]"
                        + " and index on [name]; name one of them yourself or make the naming convention tell them"
                        + " apart");
    }

    @Test
    void refusesAnUnknownToken() {
        assertThatThrownBy(() -> NamingConvention.NONE.index("ix_%(column_0_label)s_{column}"))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("naming convention ix 'ix_%(column_0_label)s_{column}': unknown token {column}; the tokens"
                        + " are {table} {column_0} {column_1} ... {columns} {referred_table} {referred_column_0} ..."
                        + " {referred_columns} {constraint_name}");
    }

    @Test
    void refusesReferredTokensOutsideForeignKeys() {
        assertThatThrownBy(() -> NamingConvention.NONE.unique("uq_{referred_table}"))
                .hasMessage("naming convention uq 'uq_{referred_table}': {referred_table} is only known for foreign"
                        + " keys (fk)");
    }

    @Test
    void refusesAStrayBrace() {
        assertThatThrownBy(() -> NamingConvention.NONE.primaryKey("pk_{table"))
                .hasMessage("naming convention pk 'pk_{table': a brace is not part of a {token}; names cannot contain"
                        + " braces");
    }

    @Test
    void refusesAnUnknownSqlAlchemyKey() {
        assertThatThrownBy(() -> NamingConvention.of(Map.of("column_0_label", "x")))
                .hasMessage("naming convention: unknown key 'column_0_label'; the keys are pk, uq, fk, ck and ix");
    }

    @Test
    void templatesAreKeyedAsSqlAlchemyKeysThem() {
        assertThat(NamingConvention.RECOMMENDED.templates()).containsExactly(
                Map.entry("pk", "pk_{table}"),
                Map.entry("uq", "uq_{table}_{column_0}"),
                Map.entry("fk", "fk_{table}_{column_0}_{referred_table}"),
                Map.entry("ck", "ck_{table}_{constraint_name}"),
                Map.entry("ix", "ix_{table}_{column_0}"));
    }

    private static Table named(MetaData metadata, String table) {
        DatabaseSchema schema = metadata.toSchema();
        return schema.table(QualifiedName.of(table)).orElseThrow();
    }

}
