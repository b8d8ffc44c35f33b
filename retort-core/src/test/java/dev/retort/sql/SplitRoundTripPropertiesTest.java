package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Statements full of quotes and comments holding ';', and PostgreSQL COPY blocks whose data holds anything,
 * come back whole from a script that joins them.
 */
class SplitRoundTripPropertiesTest {

    private static final String ALPHABET = "ab ;'\"`-/*$#()[]\n\t";

    /** A statement as generated: its text and, for a PostgreSQL COPY ... FROM STDIN, its data lines. */
    record Generated(String sql, Optional<String> copyData) {

        // A COPY's data follows its terminator and ends at a "\." line.
        String text(boolean last) {
            if (copyData.isPresent()) {
                return sql + ";\n" + copyData.get() + "\\.\n";
            }
            return last ? sql : sql + ";\n";
        }

        int lines() {
            String text = text(false);
            return (int) text.chars().filter(c -> c == '\n').count();
        }
    }

    record Script(SqlDialect dialect, List<Generated> statements) {

        String text() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < statements.size(); i++) {
                text.append(statements.get(i).text(i == statements.size() - 1));
            }
            return text.toString();
        }
    }

    @Property(tries = 1000)
    void joiningStatementsWithSemicolonsAndSplittingGivesThemBack(@ForAll("scripts") Script script) {
        List<SqlStatement> split = SqlSplitter.split(script.text(), script.dialect());

        assertThat(split).extracting(SqlStatement::sql)
                .containsExactlyElementsOf(script.statements().stream().map(Generated::sql).toList());
        assertThat(split).extracting(SqlStatement::copyData)
                .containsExactlyElementsOf(script.statements().stream().map(Generated::copyData).toList());
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
        // The mysql client and the sqlite3 shell read the text without the carriage returns of Windows line ends.
        String read = dialect.has(SyntaxFeature.LINE_ENDS_WITHOUT_CARRIAGE_RETURN) ? text.replace("\r\n", "\n") : text;
        for (SqlStatement statement : split) {
            assertThat(read.startsWith(statement.sql(), offsetOf(read, statement.line(), statement.column())))
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

    private static Arbitrary<Generated> statement(SqlDialect dialect) {
        Arbitrary<Generated> select = piece(dialect).list().ofMaxSize(6)
                .map(pieces -> new Generated("SELECT " + String.join(" ", pieces) + " x", Optional.empty()));
        if (dialect != SqlDialect.POSTGRESQL) {
            return select;
        }
        return Arbitraries.frequencyOf(Tuple.of(3, select), Tuple.of(1, copyFromStdin()));
    }

    // Data lines may hold anything but a line that is exactly "\.".
    private static Arbitrary<Generated> copyFromStdin() {
        Arbitrary<String> copy = Arbitraries.of("COPY t FROM stdin",
                "copy s.t (a, \"b;\") from STDIN with (format csv)", "COPY t\n  FROM\tStdIn\n  CSV",
                "COPY t (a) FROM stdin WHERE a <> ';'");
        Arbitrary<String> line = Arbitraries.strings().withChars(ALPHABET.replace("\n", "") + "\\.\tN")
                .ofMaxLength(12).filter(text -> !text.equals("\\."));
        Arbitrary<String> data = line.list().ofMaxSize(4)
                .map(lines -> lines.stream().map(text -> text + "\n").collect(Collectors.joining()));
        return Combinators.combine(copy, data).as((sql, rows) -> new Generated(sql, Optional.of(rows)));
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

    private static List<Integer> startLines(List<Generated> statements) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (Generated statement : statements) {
            lines.add(line);
            line += statement.lines();
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
