package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void findsEachDialectByItsConfigurationName() {
        assertThat(SqlDialect.of("sqlite")).isEqualTo(SqlDialect.SQLITE);
        assertThat(SqlDialect.of("postgresql")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.of("mysql")).isEqualTo(SqlDialect.MYSQL);
        assertThat(SqlDialect.of("mariadb")).isEqualTo(SqlDialect.MARIADB);
        assertThat(SqlDialect.of("h2")).isEqualTo(SqlDialect.H2);
    }

    @Test
    void ignoresCaseAndSurroundingBlanks() {
        assertThat(SqlDialect.of(" PostgreSQL ")).isEqualTo(SqlDialect.POSTGRESQL);
    }

    @Test
    void namesTheDialectsItKnowsWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> SqlDialect.of("oracle"))
                .isInstanceOfSatisfying(UnknownSqlDialectException.class,
                        e -> assertThat(e.name()).isEqualTo("oracle"))
                .hasMessage("Unknown SQL dialect 'oracle'; use one of: sqlite, postgresql, mysql, mariadb, h2");
    }

    @Test
    void givesEveryDialectAnIdThatReadsBack() {
        for (SqlDialect dialect : SqlDialect.values()) {
            assertThat(SqlDialect.of(dialect.id())).isEqualTo(dialect);
        }
    }
}
