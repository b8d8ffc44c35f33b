package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Operation;
import dev.retort.reflect.LiveDatabase;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.reflect.SqliteTableReader;
import dev.retort.schema.DatabaseSchema;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of change on each real database: from a schema made from the models, the comparison with
 * the changed models finds exactly the expected operations; run on the database, they leave no
 * difference; their reverses, run in reverse order, bring back a schema that compares clean with the
 * models it started from. A kind is skipped only where the database cannot hold what it changes.
 */
class AutogenerateChangeKindsTest {
    /** What the MySQL dialect may write that the MariaDB server it runs against here does not understand. */
    private static final Map<String, Set<String>> SERVER_LACKS = Map.of("mysql", Set.of("ALTER TABLE ... DROP CHECK"));

    @TempDir
    Path directory;

    static Stream<Arguments> kindsOnEveryDatabase() {
        return Stream.of("sqlite", "h2", "postgresql", "mariadb", "mysql")
                .flatMap(database -> ChangeKinds.all().stream().map(kind -> Arguments.of(database, kind)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kindsOnEveryDatabase")
    void changeIsFoundAppliedAndUndone(String databaseKind, ChangeKind kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(databaseKind, directory)) {
            DialectCapabilities capabilities = database.dialect().capabilities();
            Assumptions.assumeTrue(kind.needs().test(capabilities), () -> kind.needsReason());
            kind.serverSyntax().ifPresent(syntax -> Assumptions.assumeFalse(
                    SERVER_LACKS.getOrDefault(databaseKind, Set.of()).contains(syntax),
                    "the MySQL dialect runs against a MariaDB server here, which lacks " + syntax));
            DatabaseSchema before = kind.before().schema();
            DatabaseSchema after = kind.after().schema();
            run(database, compare(database, before).operations());
            assertThat(compare(database, before).describe()).as("differences on a database made from the models")
                    .isEmpty();

            SchemaDiff diff = compare(database, after);
            List<Operation> operations = diff.operations();
            assertThat(OperationSummary.of(operations)).as("operations found")
                    .containsExactlyElementsOf(kind.expected().apply(capabilities));
            Optional<String> note = kind.noteOnly().apply(capabilities);
            if (note.isPresent()) {
                assertThat(diff.notes()).singleElement().asString().startsWith(note.get());
                return;
            }
            run(database, operations);
            assertThat(compare(database, after).describe()).as("differences left after running " + operations)
                    .isEmpty();

            Optional<String> irreversible = kind.irreversible().apply(capabilities);
            if (irreversible.isPresent()) {
                assertThat(operations).as(irreversible.get()).allMatch(operation -> operation.reverse().isEmpty());
                return;
            }
            run(database, reverses(operations));
            assertThat(compare(database, before).describe()).as("differences left after the reverses").isEmpty();
        }
    }


    private static SchemaDiff compare(LiveDatabase database, DatabaseSchema models) {
        DatabaseSchema actual = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.defaultSchema());
        return SchemaComparator.forDialect(database.dialect(), CompareOptions.defaults()).compare(models, actual);
    }

    private static List<Operation> reverses(List<Operation> operations) {
        List<Operation> reverses = new ArrayList<>();
        for (Operation operation : operations) {
            reverses.add(operation.reverse().orElseThrow(() -> new AssertionError("no reverse: " + operation)));
        }
        Collections.reverse(reverses);
        return reverses;
    }

    /**
     * Compiles and executes each operation as a migration run does: a batch that rebuilds its table and
     * does not carry the table's definition gets it from the live database first.
     */
    private static void run(LiveDatabase database, List<Operation> operations) throws SQLException {
        DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
        boolean rebuildsTables = !database.dialect().capabilities().alterConstraints();
        for (Operation operation : operations) {
            Operation runnable = operation;
            if (operation instanceof BatchAlterTable batch && batch.copyFrom().isEmpty() && rebuildsTables
                    && SqliteBatchPlanner.recreates(batch)) {
                runnable = new BatchAlterTable(batch.table(), batch.recreate(),
                        Optional.of(SqliteTableReader.read(database.connection(), batch.table())),
                        batch.partialReordering(), batch.operations());
            }
            database.execute(compiler.compile(runnable));
        }
    }
}
