package dev.retort.reflect;

import dev.retort.reflect.SqlTokens.Token;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Computed;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.SqlExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What only the {@code CREATE TABLE} statement tells about a SQLite table: its check constraints (named
 * or not, on columns or on the table), its unique constraints (also one on the columns of the primary key
 * or of another unique constraint, for which SQLite makes no index of its own), the names given to its
 * primary key, unique constraints and foreign keys, the deferrability of its foreign keys, which column is
 * declared {@code AUTOINCREMENT}, and the expressions of generated columns.
 * Column lists are keyed in lower case, as SQLite compares names.
 */
final class CreateTableSql {

    /** What a foreign key clause on {@code columns} (keyed) says beyond the pragma: its name and deferrability. */
    record ForeignKeyClause(List<String> columns, Optional<String> name, Optional<Boolean> deferrable,
            Optional<ForeignKey.Initially> initially) {
    }

    /** A unique constraint as written: its columns (keyed) and the name given to it, if any. */
    record UniqueClause(List<String> columns, Optional<String> name) {
    }

    final List<CheckConstraint> checks = new ArrayList<>();
    /** In the order they are declared, also those SQLite keeps in another constraint's index. */
    final List<UniqueClause> uniques = new ArrayList<>();
    /** In the order they are declared, so that two keys on the same columns stay apart. */
    final List<ForeignKeyClause> foreignKeys = new ArrayList<>();
    final Set<String> autoincrement = new HashSet<>();
    final List<String> tableOptions = new ArrayList<>();
    final Map<String, String> collations = new HashMap<>();
    final List<String> conflictClauses = new ArrayList<>();
    final Map<String, Computed> computed = new HashMap<>();
    boolean virtual;
    Optional<String> primaryKeyName = Optional.empty();

    private static final Set<String> CLAUSE_ENDS = Set.of("CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "DEFAULT",
            "COLLATE", "GENERATED", "AS", "REFERENCES", "FOREIGN");

    private static final Set<String> UNNAMED_HERE = Set.of("NOT", "NULL", "DEFAULT", "GENERATED");

    private final String sql;
    private final List<Token> tokens;

    private CreateTableSql(String sql) {
        this.sql = sql;
        this.tokens = SqlTokens.of(sql);
    }

    static CreateTableSql parse(String sql) {
        CreateTableSql parsed = new CreateTableSql(sql);
        parsed.virtual = parsed.tokens.size() > 1 && parsed.tokens.get(1).isWord("VIRTUAL");
        int open = 0;
        while (open < parsed.tokens.size() && parsed.tokens.get(open).kind() != SqlTokens.Kind.OPEN) {
            open++;
        }
        if (open < parsed.tokens.size()) {
            for (int[] item : SqlTokens.items(parsed.tokens, open)) {
                parsed.element(item[0], item[1]);
            }
            for (int i = SqlTokens.matching(parsed.tokens, open) + 1; i < parsed.tokens.size(); i++) {
                if (parsed.tokens.get(i).kind() == SqlTokens.Kind.WORD) {
                    parsed.tableOptions.add(parsed.tokens.get(i).upper());
                }
            }
        }
        return parsed;
    }

    static List<String> key(List<String> columns) {
        return columns.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    /** One column definition or table constraint, tokens {@code [from, to)}. */
    private void element(int from, int to) {
        Token first = tokens.get(from);
        boolean tableConstraint = first.kind() == SqlTokens.Kind.WORD
                && Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first.upper());
        String column = tableConstraint ? null : first.value();
        Optional<String> name = Optional.empty();
        List<String> foreignColumns = List.of();
        int i = tableConstraint ? from : from + 1;
        while (i < to) {
            Token token = tokens.get(i);
            if (token.kind() == SqlTokens.Kind.OPEN) {
                i = SqlTokens.matching(tokens, i) + 1;
            } else if (token.isWord("CONSTRAINT") && i + 1 < to) {
                name = Optional.of(tokens.get(i + 1).value());
                i += 2;
            } else if (token.isWord("CHECK") && i + 1 < to && tokens.get(i + 1).kind() == SqlTokens.Kind.OPEN) {
                int close = SqlTokens.matching(tokens, i + 1);
                String condition = sql.substring(tokens.get(i + 1).end(), tokens.get(close).start()).trim();
                checks.add(new CheckConstraint(name, condition));
                name = Optional.empty();
                i = close + 1;
            } else if (token.isWord("PRIMARY")) {
                if (name.isPresent()) {
                    primaryKeyName = name;
                }
                name = Optional.empty();
                i += 2;
            } else if (token.isWord("UNIQUE")) {
                List<String> columns;
                if (column == null && i + 1 < to && tokens.get(i + 1).kind() == SqlTokens.Kind.OPEN) {
                    columns = SqlTokens.names(tokens, i + 1);
                    i = SqlTokens.matching(tokens, i + 1) + 1;
                } else {
                    columns = column == null ? List.of() : List.of(column);
                    i++;
                }
                uniques.add(new UniqueClause(key(columns), name));
                name = Optional.empty();
            } else if (token.isWord("FOREIGN") && i + 2 < to && tokens.get(i + 2).kind() == SqlTokens.Kind.OPEN) {
                foreignColumns = SqlTokens.names(tokens, i + 2);
                i = SqlTokens.matching(tokens, i + 2) + 1;
            } else if (token.isWord("REFERENCES")) {
                List<String> columns = column == null ? foreignColumns : List.of(column);
                i = foreignKeyClause(key(columns), name, i + 1, to);
                name = Optional.empty();
            } else if (token.isWord("COLLATE") && column != null && i + 1 < to) {
                collations.put(column.toLowerCase(Locale.ROOT), tokens.get(i + 1).value());
                name = Optional.empty();
                i += 2;
            } else if (token.isWord("ON") && i + 2 < to && tokens.get(i + 1).isWord("CONFLICT")) {
                conflictClauses.add(sql.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
                i += 3;
            } else if (token.kind() == SqlTokens.Kind.WORD && UNNAMED_HERE.contains(token.upper())) {
                // a name written for NOT NULL, DEFAULT, COLLATE or GENERATED belongs to that clause only
                name = Optional.empty();
                i++;
            } else if (token.isWord("AS") && column != null && i + 1 < to
                    && tokens.get(i + 1).kind() == SqlTokens.Kind.OPEN) {
                i = generatedColumn(column, i + 1, to);
            } else if (token.isWord("AUTOINCREMENT") && column != null) {
                autoincrement.add(column.toLowerCase(Locale.ROOT));
                i++;
            } else {
                i++;
            }
        }
    }

    /** Reads {@code (expression) [STORED|VIRTUAL]} of a generated column; returns where the clause ends. */
    private int generatedColumn(String column, int open, int to) {
        int close = SqlTokens.matching(tokens, open);
        String expression = sql.substring(tokens.get(open).end(), tokens.get(close).start()).trim();
        boolean stored = close + 1 < to && tokens.get(close + 1).isWord("STORED");
        computed.put(column.toLowerCase(Locale.ROOT), new Computed(new SqlExpression(expression), stored));
        boolean storage = close + 1 < to && (stored || tokens.get(close + 1).isWord("VIRTUAL"));
        return storage ? close + 2 : close + 1;
    }

    /** Reads {@code table (columns) ON ... [NOT] DEFERRABLE [INITIALLY ...]}; returns where the clause ends. */
    private int foreignKeyClause(List<String> columns, Optional<String> name, int from, int to) {
        Optional<Boolean> deferrable = Optional.empty();
        Optional<ForeignKey.Initially> initially = Optional.empty();
        int i = from + 1;
        while (i < to) {
            Token token = tokens.get(i);
            boolean notDeferrable = token.isWord("NOT") && i + 1 < to && tokens.get(i + 1).isWord("DEFERRABLE");
            if (token.kind() == SqlTokens.Kind.OPEN) {
                i = SqlTokens.matching(tokens, i) + 1;
            } else if (notDeferrable) {
                deferrable = Optional.of(false);
                i += 2;
            } else if (token.isWord("DEFERRABLE")) {
                deferrable = Optional.of(true);
                i++;
            } else if (token.isWord("INITIALLY") && i + 1 < to) {
                initially = Optional.of(ForeignKey.Initially.valueOf(tokens.get(i + 1).upper()));
                i += 2;
            } else if (token.isWord("NOT") || token.kind() == SqlTokens.Kind.WORD
                    && CLAUSE_ENDS.contains(token.upper()) && !tokens.get(i - 1).isWord("SET")) {
                break;
            } else {
                i++;
            }
        }
        foreignKeys.add(new ForeignKeyClause(columns, name, deferrable, initially));
        return i;
    }
}
