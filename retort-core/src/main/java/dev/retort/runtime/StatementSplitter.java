package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL revision section into statements at {@code ;}, never inside quotes, comments or
 * PostgreSQL dollar quotes. Lines are counted from 1 at the section's first line.
 */
final class StatementSplitter {

    private StatementSplitter() {}

    static List<ScriptStatement> split(String sql, Dialect dialect) {
        List<ScriptStatement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = i + 1;
            if (c == '-' && sql.startsWith("--", i)) {
                end = indexOrEnd(sql, "\n", i);
            } else if (c == '#' && dialect.name().startsWith("m")) {
                end = indexOrEnd(sql, "\n", i);
            } else if (c == '/' && sql.startsWith("/*", i)) {
                end = indexOrEnd(sql, "*/", i + 2) + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                end = closingQuote(sql, i, c);
            } else if (c == '$') {
                end = dollarQuoted(sql, i);
            } else if (c == ';') {
                add(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
                i++;
                continue;
            }
            end = Math.min(end, sql.length());
            String token = sql.substring(i, end);
            boolean comment = token.startsWith("--") || token.startsWith("/*") || token.startsWith("#");
            if (startLine < 0 && !token.isBlank() && !comment) {
                startLine = line;
            }
            if (startLine >= 0) {
                current.append(token);
            }
            line += (int) token.chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        add(statements, current, startLine);
        return statements;
    }

    private static void add(List<ScriptStatement> statements, StringBuilder text, int line) {
        String statement = text.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(new ScriptStatement(statement, line));
        }
    }

    private static int indexOrEnd(String sql, String what, int from) {
        int found = sql.indexOf(what, from);
        return found < 0 ? sql.length() : found;
    }

    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int dollarQuoted(String sql, int start) {
        int close = sql.indexOf('$', start + 1);
        if (close < 0 || !sql.substring(start + 1, close).matches("[A-Za-z_0-9]*")) {
            return start + 1;
        }
        String tag = sql.substring(start, close + 1);
        int end = sql.indexOf(tag, close + 1);
        return end < 0 ? sql.length() : end + tag.length();
    }
}
