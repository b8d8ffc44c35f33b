package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Statements full of quotes and comments holding ';' come back whole from a script that joins them. */
class SplitRoundTripPropertiesTest {

    private static final String ALPHABET = "ab ;'\"`-/*$#()[]\n\t";

    record Script(SqlDialect dialect, List<String> statements) {

        String text() {
            return String.join(";\n", statements);
        }
    }

    @Property(tries = 1000)
    void joiningStatementsWithSemicolonsAndSplittingGivesThemBack(@ForAll("scripts") Script script) {
        List<SqlStatement> split = SqlSplitter.split(script.text(), script.dialect());

        assertThat(split).extracting(SqlStatement::sql).containsExactlyElementsOf(script.statements());
        assertThat(split).extracting(SqlStatement::line).containsExactlyElementsOf(startLines(script.statements()));
        assertThat(split).extracting(SqlStatement::column).containsOnly(1);
    }

    @Property(tries = 1000)
    void anyTextEitherSplitsIntoPiecesOfItselfOrFailsWithAPlace(@ForAll("dialects") SqlDialect dialect,
            @ForAll("sqlishText") String text) {
        List<SqlStatement> split;
        try {
            split = SqlSplitter.split(text, dialect);
        } catch (SqlSyntaxException failure) {
            assertThat(failure.line()).isBetween(1, (int) text.lines().count() + 1);
            return;
        }
        for (SqlStatement statement : split) {
            assertThat(text.startsWith(statement.sql(), offsetOf(text, statement.line(), statement.column())))
                    .as("%s found where it says", statement).isTrue();
        }
    }

    @Provide
    Arbitrary<Script> scripts() {
        return dialects().flatMap(dialect -> statement(dialect).list().ofMinSize(1).ofMaxSize(6)
                .map(statements -> new Script(dialect, statements)));
    }

    @Provide
    Arbitrary<SqlDialect> dialects() {
        return Arbitraries.of(SqlDialect.class);
    }

    @Provide
    Arbitrary<String> sqlishText() {
        return Arbitraries.strings().withChars(ALPHABET + "xE\\\r;").ofMaxLength(60);
    }

    private static Arbitrary<String> statement(SqlDialect dialect) {
        return piece(dialect).list().ofMaxSize(6).map(pieces -> "SELECT " + String.join(" ", pieces) + " x");
    }

    private static Arbitrary<String> piece(SqlDialect dialect) {
        Arbitrary<String> text = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(12);
        Arbitrary<String> lineText = text.map(t -> t.replace("\n", " "));
        List<Arbitrary<String>> pieces = new ArrayList<>(List.of(
                Arbitraries.of("1", "x", "+", "=", ",", "t.a", "-"),
                text.map(t -> "'" + t.replace("'", "''") + "'"),
                text.map(t -> '"' + t.replace("\"", "\"\"") + '"'),
                text.filter(t -> !t.contains("*/") && !t.contains("/*")).map(t -> "/* " + t + " */"),
                lineText.map(t -> "-- " + t + "\n")));
        switch (dialect) {
            case POSTGRESQL -> {
                pieces.add(text.map(t -> "$$" + t.replace("$", "") + "$$"));
                pieces.add(text.map(t -> "$q_1$" + t.replace("$", "") + "$q_1$"));
                pieces.add(text.map(t -> "E'" + t.replace("'", "\\'") + "'"));
            }
            case MYSQL, MARIADB -> {
                pieces.add(text.map(t -> "'" + t.replace("'", "\\'") + "'"));
                pieces.add(text.map(t -> "`" + t.replace("`", "``") + "`"));
                pieces.add(lineText.map(t -> "# " + t + "\n"));
            }
            case SQLITE -> {
                pieces.add(text.map(t -> "`" + t.replace("`", "``") + "`"));
                pieces.add(text.map(t -> "[" + t.replace("]", "") + "]"));
            }
            case H2 -> {
                pieces.add(text.map(t -> "$$" + t.replace("$", "") + "$$"));
                pieces.add(text.map(t -> "`" + t.replace("`", "``") + "`"));
                pieces.add(lineText.map(t -> "// " + t + "\n"));
            }
        }
        return Arbitraries.oneOf(pieces);
    }

    private static List<Integer> startLines(List<String> statements) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (String statement : statements) {
            lines.add(line);
            line += statement.chars().filter(c -> c == '\n').count() + 1;
        }
        return lines;
    }

    // Lines break at LF, CRLF and lone CR; columns count code points.
    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            while (text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
                offset++;
            }
            offset += text.startsWith("\r\n", offset) ? 2 : 1;
        }
        return text.offsetByCodePoints(offset, column - 1);
    }
}
