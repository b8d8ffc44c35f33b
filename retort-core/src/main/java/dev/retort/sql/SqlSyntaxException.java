package dev.retort.sql;

/**
 * A script that cannot be split safely: a string, quoted identifier, comment or dollar quote that is never
 * closed, a body whose {@code BEGIN} has no {@code END}, or a malformed {@code DELIMITER} line. Rather than
 * run the rest of the script as one statement, the splitter stops and names the place where the
 * construct started.
 *
 * <p>The message reads {@code line 12, column 5: <problem>}; callers that know the file the script came
 * from can rebuild it from {@link #line()}, {@link #column()} and {@link #problem()}.
 */
public final class SqlSyntaxException extends SqlException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    SqlSyntaxException(Position at, String problem) {
        super("line " + at.line() + ", column " + at.column() + ": " + problem);
        this.line = at.line();
        this.column = at.column();
        this.problem = problem;
    }

    /** The 1-based line where the offending construct starts. */
    public int line() {
        return line;
    }

    /** The 1-based column, in characters, where the offending construct starts. */
    public int column() {
        return column;
    }

    /** What is wrong and how to fix it, without the location. */
    public String problem() {
        return problem;
    }
}
