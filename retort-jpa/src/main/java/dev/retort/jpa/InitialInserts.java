package dev.retort.jpa;

import dev.retort.schema.InitialRows;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

/**
 * The rows Hibernate's DDL inserts right after creating a table: on a database without sequences
 * (SQLite, MySQL) Hibernate emulates each sequence with a one-column table whose one row it inserts
 * ({@code insert into document_seq ( next_val ) values ( 1 )}), and without it Hibernate cannot read the
 * next value. Only such single-value inserts are read; Hibernate writes no other init command.
 */
final class InitialInserts {
    private static final Pattern SINGLE_VALUE = Pattern.compile(
            "(?i)insert\\s+into\\s+\\S+\\s*\\(\\s*(\\w+)\\s*\\)\\s*values\\s*\\(\\s*(-?\\d+)\\s*\\)\\s*");

    private final SqlStringGenerationContext context;
    private final TargetDatabase target;

    InitialInserts(Metadata metadata, TargetDatabase target) {
        this.context = SqlStringGenerationContextImpl.fromExplicit(metadata.getDatabase().getJdbcEnvironment(),
                metadata.getDatabase(), null, null);
        this.target = target;
    }

    /** The rows {@code table}'s init commands insert into {@code mapped}, the table as the model has it. */
    Optional<InitialRows> of(org.hibernate.mapping.Table table, Table mapped) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InitCommand command : table.getInitCommands(context)) {
            for (String sql : command.initCommands()) {
                Matcher insert = SINGLE_VALUE.matcher(sql);
                if (insert.matches()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put(target.folded(insert.group(1)), Long.valueOf(insert.group(2)));
                    rows.add(row);
                }
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new InitialRows(mapped.name(), rows));
    }
}
