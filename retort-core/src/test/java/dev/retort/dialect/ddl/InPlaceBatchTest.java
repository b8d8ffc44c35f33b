package dev.retort.dialect.ddl;

import static dev.retort.api.Schema.after;
import static dev.retort.api.Schema.before;
import static dev.retort.api.Schema.column;
import static dev.retort.dialect.ddl.DdlFixtures.ACCOUNT;
import static dev.retort.dialect.ddl.DdlFixtures.TEXT;
import static dev.retort.dialect.ddl.DdlFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.BatchOperations;
import dev.retort.dialect.Dialects;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.RecordingOperations;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batches on the databases that alter tables in place: their operations run as {@code ALTER}s, and what
 * only a rebuilt table can do (recreate always, column positions) is refused when the batch is compiled.
 */
class InPlaceBatchTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void recreateAlwaysIsRefusedSayingOnlySqliteRebuildsTables(String dialect) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        assertThatThrownBy(() -> compiler.compile(batch(batch -> batch.recreateAlways()
                .addColumn(column("email", TEXT)))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("The batch on table account asks to rebuild it (recreateAlways()), but only SQLite "
                        + "rebuilds tables; " + compiler.displayName() + " alters them in place. Leave the batch at "
                        + "recreateAuto(), or call recreateAlways() only when op.dialectName() is \"sqlite\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void anAddedColumnWithAPositionIsRefusedAsTheTableIsNotRebuilt(String dialect) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        assertThatThrownBy(() -> compiler.compile(batch(batch -> batch.addColumn(column("email", TEXT),
                before("name")))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Column email of table account cannot be placed before name: " + compiler.displayName()
                        + " changes the table in place (ALTER TABLE), which leaves the columns where they are. Only "
                        + "SQLite rebuilds tables (in batchAlterTable); leave the position out, or give it only when "
                        + "op.dialectName() is \"sqlite\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void aColumnMovedByAnAlterationIsRefusedRatherThanLeftWhereItIs(String dialect) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        assertThatThrownBy(() -> compiler.compile(batch(batch -> batch.alterColumn("name",
                alter -> alter.insertAfter("id")))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageStartingWith("Column name of table account cannot be placed after id: ");
        assertThatThrownBy(() -> compiler.compile(batch(batch -> batch.alterColumn("name",
                alter -> alter.nullable(true).existingType(string(50)).existingNullable(false).insertBefore("id")))))
                .hasMessageStartingWith("Column name of table account cannot be placed before id: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void aPositionOutsideABatchIsRefusedToo(String dialect) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        RecordingOperations operations = new RecordingOperations();
        operations.alterColumn("account", "name", alter -> alter.insertBefore("id"));
        assertThatThrownBy(() -> compiler.compile(operations.operations().get(0)))
                .hasMessageStartingWith("Column name of table account cannot be placed before id: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void aPartialReorderingIsIgnoredAsAlembicIgnoresItWithoutARebuild(String dialect) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        assertThat(compiler.compile(batch(batch -> batch.partialReordering("name", "id")
                .addColumn(column("email", TEXT)))))
                .containsExactly(compiler.alterTable(ACCOUNT) + " ADD COLUMN email " + compiler.type(TEXT));
    }

    private static BatchAlterTable batch(Consumer<BatchOperations> body) {
        RecordingOperations operations = new RecordingOperations();
        operations.batchAlterTable(ACCOUNT.name(), body);
        return (BatchAlterTable) operations.operations().get(0);
    }
}
