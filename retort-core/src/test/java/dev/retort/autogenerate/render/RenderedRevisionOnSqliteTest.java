package dev.retort.autogenerate.render;

import static dev.retort.api.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.op.AddColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.Operation;
import dev.retort.reflect.SqliteTableReader;
import dev.retort.schema.QualifiedName;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rendered revision runs on a real database: its upgrade builds the schema and inserts the rows, and its
 * downgrade leaves an empty database again.
 */
class RenderedRevisionOnSqliteTest {
    private static final QualifiedName ACCOUNT = QualifiedName.of("account");

    @TempDir
    Path directory;

    @Test
    void theRenderedUpgradeBuildsTheSchemaAndTheDowngradeEmptiesTheDatabase() throws Exception {
        RoundTrip trip = RoundTrip.of(List.of(
                new CreateTable(table("account",
                        column("id", INTEGER).primaryKey(),
                        column("name", string(50)).notNull().serverDefault(literal("it's anon"))), false),
                new CreateTable(table("orders",
                        column("id", INTEGER).primaryKey(),
                        column("account_id", INTEGER).notNull().references("account.id")), false),
                CreateIndex.of(QualifiedName.of("orders"), index("ix_orders_account_id", "account_id")),
                AddColumn.of(ACCOUNT, column("email", string(200))),
                new BulkInsert(ACCOUNT, Map.of(), List.of(row("id", 1, "email", "a@example.com"),
                        row("id", 2, "name", "O'Brien")), true),
                new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.AUTO, Optional.empty(), List.of(), List.of(
                        AddColumn.of(ACCOUNT, column("nickname", TEXT)),
                        CreateIndex.of(ACCOUNT, index("ix_account_nickname", "nickname"))))), directory);
        DdlCompiler sqlite = DdlCompilers.forDialect(Dialects.named("sqlite"));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("test.db"))) {
            run(connection, sqlite, trip.upgrade());
            assertThat(query(connection, "SELECT name FROM sqlite_master ORDER BY name")).containsExactly(
                    "account", "ix_account_nickname", "ix_orders_account_id", "orders");
            assertThat(query(connection, "SELECT name || ' ' || coalesce(email, '-') FROM account ORDER BY id"))
                    .containsExactly("it's anon a@example.com", "O'Brien -");

            run(connection, sqlite, trip.downgrade());
            assertThat(query(connection, "SELECT name FROM sqlite_master")).isEmpty();
        }
        assertThat(trip.rendered().downgradeBody()).startsWith(
                "op.batchAlterTable(\"account\", batch -> {\n"
                        + "    batch.dropIndex(index(\"ix_account_nickname\", \"nickname\"));\n"
                        + "    batch.dropColumn(column(\"nickname\", TEXT));\n"
                        + "});\n"
                        + "op.dropColumn(\"account\", column(\"email\", string(200)));\n");
        assertThat(trip.rendered().downgradeBody()).as("the rows go with the table the upgrade creates")
                .doesNotContain("REVIEW");
    }

    private static void run(Connection connection, DdlCompiler compiler, List<Operation> operations)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Operation operation : operations) {
                for (String sql : compiler.compile(withLiveTable(connection, operation))) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** The batch with the table as the database has it, as the runtime gives it online. */
    private static Operation withLiveTable(Connection connection, Operation operation) {
        if (operation instanceof BatchAlterTable batch && batch.copyFrom().isEmpty()
                && SqliteBatchPlanner.recreates(batch)) {
            return new BatchAlterTable(batch.table(), batch.recreate(), Optional.of(SqliteTableReader.read(connection,
                    batch.table())), batch.partialReordering(), batch.operations());
        }
        return operation;
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
