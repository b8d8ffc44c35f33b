package dev.retort.autogenerate;

import dev.retort.dialect.ddl.TableDdl;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.hook.SchemaObject.Kind;
import dev.retort.model.InvalidModelException;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The models' indexes as this database writes them: an index it cannot write (an expression on MariaDB or
 * H2, which index columns only; a partial index where there are none) is refused when the models are
 * compared, before a revision holds it, rather than when the upgrade runs. Every such index is named at once.
 */
final class WritableIndexes {

    private WritableIndexes() {
    }

    /** Throws an {@link InvalidModelException} naming each index of {@code tables} the database cannot write. */
    static void require(Collection<Table> tables, TableDdl ddl, Inclusion inclusion) {
        List<String> problems = new ArrayList<>();
        for (Table table : tables) {
            for (Index index : inclusion.ofModels(Kind.INDEX, table.name(), table.indexes(), Index::name)) {
                try {
                    ddl.indexElements(index);
                    ddl.indexWhere(index);
                } catch (UnsupportedOperationForDialectException e) {
                    problems.add("table " + table.name() + ", index " + index.name().orElse("(unnamed)") + ": "
                            + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
    }
}
