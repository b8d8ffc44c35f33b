package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ServerDefault;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Defaults as each database echoes them, read as literals or SQL. */
class EchoedDefaultsTest {
    private static final ColumnType TEXT = Types.TEXT;

    @Test
    void postgresqlCastsOfStringsAreLiteralsAndNumbersCastFromStringsAreNumbers() {
        assertThat(PostgresTypes.serverDefault("'it''s'::character varying", TEXT))
                .contains(ServerDefault.literal("it's"));
        assertThat(PostgresTypes.serverDefault("'-1'::integer", Types.INTEGER)).contains(ServerDefault.literal(-1L));
        assertThat(PostgresTypes.serverDefault("'-1'::text", TEXT)).contains(ServerDefault.literal("-1"));
        assertThat(PostgresTypes.serverDefault("(-2.5)::numeric", Types.numeric(3, 1)))
                .contains(ServerDefault.literal(new BigDecimal("-2.5")));
        assertThat(PostgresTypes.serverDefault("false", new ColumnType.BooleanType()))
                .contains(ServerDefault.literal(false));
        assertThat(PostgresTypes.serverDefault("now()", TEXT)).contains(ServerDefault.sql("now()"));
        assertThat(PostgresTypes.serverDefault("'a'::text || 'b'::text", TEXT))
                .contains(ServerDefault.sql("'a'::text || 'b'::text"));
        assertThat(PostgresTypes.serverDefault("NULL::character varying", TEXT)).isEmpty();
    }

    @Test
    void mariadbQuotesLiteralsAndWritesExpressionsBare() {
        assertThat(MySqlTypes.serverDefault("'it''s'", TEXT, true, false)).contains(ServerDefault.literal("it's"));
        assertThat(MySqlTypes.serverDefault("'a\\\\b'", TEXT, true, false)).contains(ServerDefault.literal("a\\b"));
        assertThat(MySqlTypes.serverDefault("1", new ColumnType.BooleanType(), true, false))
                .contains(ServerDefault.literal(true));
        assertThat(MySqlTypes.serverDefault("current_timestamp()", TEXT, true, false))
                .contains(ServerDefault.sql("CURRENT_TIMESTAMP"));
        assertThat(MySqlTypes.serverDefault("(1 + 2)", Types.INTEGER, true, false)).contains(ServerDefault.sql("1 + 2"));
        assertThat(MySqlTypes.serverDefault("NULL", TEXT, true, false)).isEmpty();
    }

    @Test
    void mysqlWritesLiteralsBareAndMarksExpressionsAsGenerated() {
        assertThat(MySqlTypes.serverDefault("it's", TEXT, false, false)).contains(ServerDefault.literal("it's"));
        assertThat(MySqlTypes.serverDefault("12", Types.INTEGER, false, false)).contains(ServerDefault.literal(12L));
        assertThat(MySqlTypes.serverDefault("12", Types.varchar(5), false, false)).contains(ServerDefault.literal("12"));
        assertThat(MySqlTypes.serverDefault("CURRENT_TIMESTAMP", TEXT, false, true))
                .contains(ServerDefault.sql("CURRENT_TIMESTAMP"));
    }

    @Test
    void h2DefaultsAreLiteralsWhenOneStringNumberOrTruthValue() {
        UnaryOperator<String> asIs = UnaryOperator.identity();
        assertThat(H2Types.serverDefault("'it''s'", asIs)).contains(ServerDefault.literal("it's"));
        assertThat(H2Types.serverDefault("-1", asIs)).contains(ServerDefault.literal(-1L));
        assertThat(H2Types.serverDefault("TRUE", asIs)).contains(ServerDefault.literal(true));
        assertThat(H2Types.serverDefault("'a' || 'b'", asIs)).contains(ServerDefault.sql("'a' || 'b'"));
        assertThat(H2Types.serverDefault(null, asIs)).isEqualTo(Optional.empty());
    }

    @Test
    void quotedIdentifiersThatNeedNoQuotesAreWrittenBare() {
        dev.retort.dialect.Dialect mysql = dev.retort.dialect.Dialects.named("mysql");
        assertThat(SqlText.bareIdentifiers("`price` > 0 and `order` < `Odd Name`", mysql, UnaryOperator.identity()))
                .isEqualTo("price > 0 and `order` < `Odd Name`");
        assertThat(SqlText.unwrapped("((a > 0))")).isEqualTo("(a > 0)");
        assertThat(SqlText.unwrapped("(a) + (b)")).isEqualTo("(a) + (b)");
    }
}
