package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table and column names come from Hibernate's naming strategies, the default ones or those named. */
class NamingStrategyTest {
    static final String CAMEL_CASE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    static final String LOYALTY = "dev.retort.jpa.loyalty";
    private static final Dialect POSTGRES = Dialects.named("postgresql");

    @Test
    void byDefaultNamesAreTheJavaNamesAsPostgresqlFoldsThemAndQuotedNamesKeepTheirCase() {
        DatabaseSchema schema = JpaModels.read(JpaModelSource.packages(List.of(), LOYALTY), POSTGRES);

        assertThat(schema.tables()).extracting(table -> table.name().toString())
                .containsExactly("loyaltyaccount", "loyaltytier");
        assertThat(table(schema, "loyaltyaccount").columns()).extracting(Column::name).containsExactly(
                "accountnumber", "DisplayName", "city", "postal_code", "street", "openedon", "pointbalance",
                "loyaltytier_tiercode");
    }

    @Test
    void camelCaseToUnderscoresNamesTablesAndColumnsAsSpringBootDoes() {
        DatabaseSchema schema = JpaModels.read(JpaModelSource.packages(List.of(), LOYALTY)
                .physicalNamingStrategy(CAMEL_CASE), POSTGRES);

        assertThat(schema.tables()).extracting(table -> table.name().toString())
                .containsExactly("loyalty_account", "loyalty_tier");
        Table account = table(schema, "loyalty_account");
        assertThat(account.columns()).extracting(Column::name).containsExactly("account_number", "DisplayName",
                "city", "postal_code", "street", "opened_on", "point_balance", "loyalty_tier_tier_code");
        assertThat(account.indexes()).extracting(Index::columnNames).containsExactly(List.of("opened_on"));
        assertThat(account.constraints()).filteredOn(ForeignKey.class::isInstance).map(ForeignKey.class::cast)
                .extracting(ForeignKey::referredTable, ForeignKey::referredColumns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(QualifiedName.of("loyalty_tier"),
                        List.of("tier_code")));
    }

    @Test
    void commentsDefaultsNamedChecksAndCascadesAreKept() {
        DatabaseSchema schema = JpaModels.read(JpaModelSource.packages(List.of(), LOYALTY)
                .physicalNamingStrategy(CAMEL_CASE), POSTGRES);

        Table tier = table(schema, "loyalty_tier");
        assertThat(tier.comment()).contains("Levels of the loyalty programme");
        // An explicit @Column leaves even a primitive nullable, as Hibernate maps it.
        assertThat(tier.column("minimum_points").orElseThrow()).isEqualTo(Column.of("minimum_points",
                new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL))
                .serverDefault(ServerDefault.literal(0L)).comment("Points needed to reach the tier"));
        assertThat(tier.constraints()).containsExactly(new CheckConstraint(Optional.of("ck_tier_points"),
                "minimum_points >= 0"));
        assertThat(table(schema, "loyalty_account").constraints()).filteredOn(ForeignKey.class::isInstance)
                .map(ForeignKey.class::cast).extracting(ForeignKey::onDelete)
                .containsExactly(Optional.of(ReferentialAction.CASCADE));
    }

    @Test
    void theComponentPathImplicitStrategyPrefixesEmbeddedColumnsWithTheirPath() {
        DatabaseSchema schema = JpaModels.read(JpaModelSource.packages(List.of(), LOYALTY)
                .implicitNamingStrategy("component-path").physicalNamingStrategy(CAMEL_CASE), POSTGRES);

        assertThat(table(schema, "loyalty_account").columns()).extracting(Column::name)
                .contains("home_address_city", "postal_code", "home_address_street");
    }

    private static Table table(DatabaseSchema schema, String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow();
    }
}
