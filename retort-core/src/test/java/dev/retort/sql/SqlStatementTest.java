package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void knowsTheStatementsThatBeginCommitOrRollBackATransaction() {
        List<String> controlling = List.of("BEGIN", "begin transaction", "BEGIN WORK", "BEGIN IMMEDIATE",
                "BEGIN ISOLATION LEVEL SERIALIZABLE", "START TRANSACTION", "start  transaction read only", "COMMIT",
                "commit work", "COMMIT AND CHAIN", "END", "END TRANSACTION", "end\nwork", "ROLLBACK",
                "ROLLBACK WORK", "ABORT");
        List<String> others = List.of("BEGIN NOT ATOMIC SELECT 1; END", "BEGIN ATOMIC SELECT 1; END",
                "ROLLBACK TO SAVEPOINT s", "ROLLBACK WORK TO s", "SAVEPOINT s", "RELEASE SAVEPOINT s",
                "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "END_DATE", "ENDING", "END IF", "COMMITTED",
                "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END", "DO $$ BEGIN NULL; END $$",
                "SELECT 'BEGIN'", "STARTED", "START SLAVE");
        for (String sql : controlling) {
            assertThat(new SqlStatement(sql, 1, 1).controlsTransaction()).as(sql).isTrue();
        }
        for (String sql : others) {
            assertThat(new SqlStatement(sql, 1, 1).controlsTransaction()).as(sql).isFalse();
        }
    }
}
