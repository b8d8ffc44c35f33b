package dev.retort.runtime;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.arrayOf;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list inserted into an array column, as Alembic inserts a Python list; on PostgreSQL an enum array too. */
class ArrayBulkInsertTest {
    private static final String REVISION = "eeee00000001";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void aListIntoAnArrayColumnIsTheArrayOfItsValues(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            boolean postgres = kind.equals("postgresql");
            MigrationCommands commands = JavaRevisionFixture.commands(SampleEnvironment.create(dir, database.url(),
                    ""), REVISION, new Migration() {
                        @Override
                        public void upgrade(Operations op) {
                            var tags = column("tags", arrayOf(TEXT));
                            var counts = column("counts", arrayOf(INTEGER));
                            var moods = column("moods", arrayOf(postgres ? enumType("mood", "calm", "glad") : TEXT));
                            op.createTable("tagged", column("id", INTEGER).primaryKey(), tags, counts, moods);
                            op.bulkInsert(table("tagged", column("id", INTEGER), tags, counts, moods), List.of(
                                    Map.of("id", 1, "tags", Arrays.asList("it's", "a \"b\" \\c", null),
                                            "counts", List.of(1, 2), "moods", List.of("calm", "glad"))));
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.dropTable("tagged");
                        }
                    });

            commands.upgrade("heads", Optional.empty());

            String cardinality = postgres ? "cardinality" : "CARDINALITY";
            assertThat(database.query("SELECT tags[1] || '|' || tags[2] || '|' || COALESCE(tags[3], 'null') FROM"
                    + " tagged")).containsExactly("it's|a \"b\" \\c|null");
            assertThat(database.query("SELECT counts[2] + " + cardinality + "(moods) FROM tagged"))
                    .containsExactly("4");
        }
    }
}
