package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A column renamed in a check condition names the same things as SQLite's own RENAME COLUMN renames. */
class CheckConditionTest {

    /** The condition of the table's one check after SQLite itself renamed the column {@code from} to {@code to}. */
    private static String renamedBySqlite(String columns, String condition, String from, String to)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (" + columns + ", CHECK (" + condition + "))");
            statement.execute("ALTER TABLE t RENAME COLUMN " + from + " TO " + to);
            try (ResultSet rows = statement.executeQuery("SELECT sql FROM sqlite_master WHERE name = 't'")) {
                rows.next();
                String sql = rows.getString(1);
                String check = sql.substring(sql.indexOf("CHECK (") + "CHECK (".length());
                return check.substring(0, check.length() - 2);
            }
        }
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of("name TEXT", "length(name) > 2 AND name <> 'name'", "name", "login"),
                Arguments.of("text TEXT, v TEXT", "typeof(CAST(v AS text)) = 'text' AND text <> 'x'", "text", "body"),
                Arguments.of("nocase TEXT, note TEXT", "note COLLATE nocase <> '' AND nocase > 0", "nocase", "nc"),
                Arguments.of("amount INTEGER, e5 INTEGER", "amount < 1e5 OR e5 > 0 OR amount > 2.5e-3", "e5", "f5"),
                Arguments.of("x10 INTEGER", "x10 <> 0x10", "x10", "y10"),
                Arguments.of("date TEXT", "/* date */ date IS NOT NULL -- date\n", "date", "day"),
                Arguments.of("date INTEGER", "\"date\" > 0 AND [date] < 10 AND `date` <> 5 AND \"DATE\" <> 6", "date",
                        "day"),
                Arguments.of("date TEXT, dates INTEGER", "upper(date) <> '' AND dates > 0 AND date IN ('date', 'x')",
                        "date", "day"),
                Arguments.of("x BLOB", "x <> x'0A'", "x", "y"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("conditions")
    void renamesWhatSqlitesOwnRenameRenames(String columns, String condition, String from, String to)
            throws SQLException {
        String expected = renamedBySqlite(columns, condition, from, to).replace("\"" + to + "\"", to);

        assertThat(CheckCondition.renamed(condition, from, to)).isEqualTo(expected);
    }

    @Test
    void namesQualifiedWithTheTablesOwnNameStandAlone() {
        assertThat(CheckCondition.unqualified("t.qty > 0 AND \"T\".\"qty\" < 9 AND [t].x <> 't.y'", "t"))
                .isEqualTo("qty > 0 AND \"qty\" < 9 AND x <> 't.y'");
        assertThat(CheckCondition.unqualified("other.qty > 0 AND ts.x > 0 AND t > 0", "t"))
                .isEqualTo("other.qty > 0 AND ts.x > 0 AND t > 0");
        assertThat(CheckCondition.unqualified("main.t.qty > 0 AND \"main\".\"t\".x > 0 AND main.u.y = 1", "t"))
                .isEqualTo("qty > 0 AND x > 0 AND main.u.y = 1");
    }
}
