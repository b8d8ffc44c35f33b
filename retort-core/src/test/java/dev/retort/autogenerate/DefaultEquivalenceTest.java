package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.ServerDefault;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Server defaults as databases echo them, against what the models wrote. */
class DefaultEquivalenceTest {

    private static boolean same(String dialect, ServerDefault wanted, ServerDefault echoed) {
        return new DefaultEquivalence(ConditionEquivalence.of(Dialects.named(dialect)))
                .same(Optional.of(wanted), Optional.of(echoed));
    }

    private static ServerDefault sql(String sql) {
        return ServerDefault.sql(sql);
    }

    @Test
    void expressionsCompareAsConditionsDo() {
        assertThat(same("postgresql", sql("COALESCE(NULL, 4)"), sql("COALESCE(NULL::integer, 4)"))).isTrue();
        assertThat(same("postgresql", sql("UPPER('abc')"), sql("upper('abc'::text)"))).isTrue();
        assertThat(same("postgresql", sql("1 + 2"), sql("(1 + 2)"))).isTrue();
        assertThat(same("mariadb", sql("COALESCE(NULL, 4)"), sql("coalesce(NULL,4)"))).isTrue();
        assertThat(same("mariadb", sql("UPPER('abc')"), sql("ucase('abc')"))).isTrue();
        assertThat(same("postgresql", sql("UPPER('abc')"), sql("ucase('abc')"))).isFalse();
        assertThat(same("postgresql", sql("UPPER('abc')"), sql("upper('ABC'::text)"))).isFalse();
        assertThat(same("postgresql", sql("1 + 2"), sql("(1 - 2)"))).isFalse();
    }

    @Test
    void aCastNumberIsThatNumber() {
        assertThat(same("h2", ServerDefault.literal(5), sql("CAST(5 AS BIGINT)"))).isTrue();
        assertThat(same("postgresql", ServerDefault.literal(-1), sql("'-1'::integer"))).isTrue();
        assertThat(same("h2", ServerDefault.literal(-1), sql("CAST(-1 AS BIGINT)"))).isTrue();
        assertThat(same("h2", ServerDefault.literal(5), sql("CAST(6 AS BIGINT)"))).isFalse();
    }

    @Test
    void theCurrentTimeUnderAnyOfItsNames() {
        assertThat(same("postgresql", sql("CURRENT_TIMESTAMP"), sql("now()"))).isTrue();
        assertThat(same("mariadb", sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
                sql("current_timestamp() on update current_timestamp()"))).isTrue();
        assertThat(same("mariadb", sql("CURRENT_TIMESTAMP"), sql("current_timestamp() on update current_timestamp()")))
                .isFalse();
        assertThat(same("mariadb", sql("CURRENT_TIMESTAMP(3)"), sql("current_timestamp()"))).isFalse();
        assertThat(same("mariadb", sql("CURRENT_DATE"), sql("curdate()"))).isTrue();
    }

    @Test
    void literalsAndBooleans() {
        assertThat(same("postgresql", ServerDefault.literal("abc"), sql("'abc'::character varying"))).isTrue();
        assertThat(same("postgresql", ServerDefault.literal(1.5), sql("1.50"))).isTrue();
        assertThat(same("mariadb", ServerDefault.literal(true), sql("1"))).isTrue();
        assertThat(same("h2", ServerDefault.literal(true), sql("TRUE"))).isTrue();
        assertThat(same("postgresql", ServerDefault.literal("abc"), sql("'abd'::character varying"))).isFalse();
    }
}
