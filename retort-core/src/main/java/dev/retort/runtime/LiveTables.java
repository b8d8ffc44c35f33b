package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.dialect.sqlite.SqliteDdlCompiler;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Operation;
import dev.retort.reflect.SqliteDependents;
import dev.retort.reflect.SqliteTableReader;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a batch that rebuilds its table online, on a database that cannot alter constraints in place (SQLite):
 * the table's definition is the live one unless the revision gave one ({@code copyFrom}), and either way the
 * table's triggers are created again and the views and triggers reading it are checked from the live database.
 * Offline there is no database to read, and the batch must carry {@code copyFrom}.
 */
final class LiveTables {
    private final Optional<Connection> connection;
    private final boolean rebuildsTables;

    LiveTables(SqlSink sink, Dialect dialect) {
        this.connection = sink.connection();
        this.rebuildsTables = !dialect.capabilities().alterConstraints();
    }

    /**
     * Whether the operation is a batch that rebuilds its table online, and so reads the table's triggers and
     * the views and triggers that name it from the database, in its turn.
     */
    boolean readsLiveTable(Operation operation) {
        return operation instanceof BatchAlterTable batch && rebuildsTables && connection.isPresent()
                && SqliteBatchPlanner.recreates(batch);
    }

    /**
     * Whether the operation is a batch that rebuilds its table online from the table's definition as the
     * database has it, which cannot be compiled before the operations ahead of it have run.
     */
    boolean readsLiveDefinition(Operation operation) {
        return readsLiveTable(operation) && ((BatchAlterTable) operation).copyFrom().isEmpty();
    }

    /**
     * The statements of a batch that rebuilds its table online ({@link #readsLiveTable}), from its
     * {@code copyFrom} or else the live table's definition: the rebuild; then the table's triggers, which dropping the old table dropped, created again; then checks
     * that the views and triggers reading the table still compile (SQLite checks them only when they run, and
     * a dropped or renamed column would otherwise break them silently). Refused while the connection
     * enforces foreign keys: dropping the old table would delete or change, through their {@code ON DELETE}
     * actions, the rows of the tables that refer to it.
     */
    List<String> compileInTurn(Operation operation, DdlCompiler compiler) {
        BatchAlterTable batch = (BatchAlterTable) operation;
        Connection live = connection.get();
        if (SqliteDependents.foreignKeysEnforced(live)) {
            throw new UnsupportedOperationForDialectException("sqlite", "batch rebuild with foreign keys enforced",
                    "batchAlterTable rebuilds table " + batch.table() + " by dropping it, and this connection"
                    + " enforces foreign keys (PRAGMA foreign_keys is on, which foreign_keys=true in the URL or the"
                    + " code that opened the connection asked for): SQLite would then delete or change the rows of"
                    + " tables referring to it through their ON DELETE actions. Run migrations with foreign keys"
                    + " off (no foreign_keys=true in the URL; PRAGMA foreign_keys = OFF on the connections of an"
                    + " environment hook's data source); SQLite's own procedure for altering a table turns them off"
                    + " first");
        }
        SqliteDependents.Dependents dependents = SqliteDependents.of(live, batch.table());
        BatchAlterTable withTable = (BatchAlterTable) withCurrentTable(operation);
        List<String> statements = new ArrayList<>(compiler.compile(withTable));
        // The rebuilt table's columns are the batch's, not those read before it ran.
        List<Column> rebuiltTable = new SqliteBatchPlanner((SqliteDdlCompiler) compiler)
                .rebuilt(withTable, withTable.copyFrom().orElseThrow()).columns();
        requireReferredColumns(batch, dependents.referringKeys(), withTable.copyFrom().orElseThrow().columns(),
                rebuiltTable);
        List<String> rebuiltColumns = rebuiltTable.stream()
                .filter(column -> column.computed().isEmpty()).map(Column::name).toList();
        statements.addAll(dependents.ownTriggers());
        Optional<String> schema = batch.table().schema();
        String rebuilt = commented(batch.table().toString());
        for (String view : dependents.views()) {
            statements.add("/* view " + commented(view) + " still reads " + rebuilt + " */ SELECT * FROM "
                    + compiler.table(new QualifiedName(schema, view)) + " LIMIT 0");
        }
        dependents.triggeredTables().forEach((table, columnsBefore) -> {
            List<String> columns = table.equalsIgnoreCase(batch.table().name()) ? rebuiltColumns : columnsBefore;
            String name = compiler.table(new QualifiedName(schema, table));
            String check = "/* the triggers on " + commented(table) + " still compile after " + rebuilt
                    + " was rebuilt */ EXPLAIN ";
            statements.add(check + "INSERT INTO " + name + " DEFAULT VALUES");
            if (!columns.isEmpty()) {
                statements.add(check + updateOfEvery(compiler, name, columns));
            }
            statements.add(check + "DELETE FROM " + name);
        });
        dependents.triggeredViews().forEach((view, triggered) -> {
            String name = compiler.table(new QualifiedName(schema, view));
            String check = "/* the triggers on view " + commented(view) + " still compile after " + rebuilt
                    + " was rebuilt */ EXPLAIN ";
            // A view takes only the statements it has triggers for.
            if (triggered.statements().contains("INSERT")) {
                statements.add(check + "INSERT INTO " + name + " DEFAULT VALUES");
            }
            if (triggered.statements().contains("UPDATE") && !triggered.columns().isEmpty()) {
                statements.add(check + updateOfEvery(compiler, name, triggered.columns()));
            }
            if (triggered.statements().contains("DELETE")) {
                statements.add(check + "DELETE FROM " + name);
            }
        });
        return statements;
    }

    /**
     * Refuses a batch that drops or renames a column another table's foreign key names: the rebuild would leave
     * that key referring to nothing, which SQLite finds only when it next checks the key. A key that referred to
     * nothing before is left as it was.
     */
    private static void requireReferredColumns(BatchAlterTable batch, List<SqliteDependents.ReferringKey> keys,
            List<Column> current, List<Column> rebuilt) {
        Set<String> before = lowerCaseNames(current);
        Set<String> after = lowerCaseNames(rebuilt);
        List<String> dangling = keys.stream()
                .filter(key -> key.referredColumns().stream().map(column -> column.toLowerCase(Locale.ROOT))
                        .anyMatch(column -> before.contains(column) && !after.contains(column)))
                .map(key -> "the foreign key " + key.columns() + " of table " + key.table() + " refers to "
                        + key.referredColumns())
                .toList();
        if (!dangling.isEmpty()) {
            throw new UnsupportedOperationForDialectException("sqlite", "batch: referred columns", "batchAlterTable"
                    + " on " + batch.table() + " drops or renames columns that other tables' keys refer to, and would"
                    + " leave those keys referring to nothing: " + String.join("; ", dangling) + ". Rename a column"
                    + " outside batch mode (op.alterColumn(..., alter -> alter.rename(...)): SQLite's own RENAME"
                    + " COLUMN changes the keys that refer to it), or change the referring tables' keys first");
        }
    }

    private static Set<String> lowerCaseNames(List<Column> columns) {
        return columns.stream().map(column -> column.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** {@code UPDATE table SET c = c, ...}, which fires every {@code UPDATE} trigger, {@code UPDATE OF} ones too. */
    private static String updateOfEvery(DdlCompiler compiler, String table, List<String> columns) {
        return "UPDATE " + table + " SET " + columns.stream()
                .map(column -> compiler.name(column) + " = " + compiler.name(column))
                .collect(Collectors.joining(", "));
    }

    /** A name as the text of a comment, which a name holding its end would otherwise close. */
    private static String commented(String name) {
        return name.replace("*/", "* /");
    }

    private Operation withCurrentTable(Operation operation) {
        if (!readsLiveDefinition(operation)) {
            return operation;
        }
        BatchAlterTable batch = (BatchAlterTable) operation;
        Table current = SqliteTableReader.read(connection.get(), batch.table());
        return new BatchAlterTable(batch.table(), batch.recreate(), Optional.of(current), batch.partialReordering(),
                batch.operations());
    }
}
