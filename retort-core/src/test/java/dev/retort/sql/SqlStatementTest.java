package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlStatementTest {

    @Test
    void refusesABlankStatement() {
        assertThatThrownBy(() -> new SqlStatement(" \n", 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a statement cannot be blank");
    }

    @Test
    void refusesPlacesBeforeTheFirstLineOrColumn() {
        assertThatThrownBy(() -> new SqlStatement("SELECT 1", 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line and column start at 1: line 0, column 1");
        assertThatThrownBy(() -> new SqlStatement("SELECT 1", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
