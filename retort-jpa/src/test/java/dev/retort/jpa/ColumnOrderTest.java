package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

/**
 * Hibernate sorts the columns of tables and keys (its column ordering strategy) only when it creates the
 * schema itself ({@code hibernate.hbm2ddl.auto=create}, Spring Boot's {@code ddl-auto=create}): the model
 * follows the same setting, so that it compares with a database Hibernate created that way.
 */
class ColumnOrderTest {

    @Test
    void keysAreInMappingOrderUnlessHibernateCreatesTheSchema() {
        assertThat(joinTableKey(ShopModel.source())).isEqualTo(PrimaryKey.of("product_id", "category_id"));
        assertThat(joinTableKey(ShopModel.source().hibernateSetting("hibernate.hbm2ddl.auto", "create")))
                .isEqualTo(PrimaryKey.of("category_id", "product_id"));
    }

    private static PrimaryKey joinTableKey(JpaModelSource source) {
        Table join = JpaModels.read(source, Dialects.named("postgresql")).table(QualifiedName.of("product_category"))
                .orElseThrow();
        return join.primaryKey().orElseThrow();
    }
}
