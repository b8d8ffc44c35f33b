package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.DatabaseSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reflection asks each database a fixed number of queries, however many tables the schema has. */
class BulkQueryTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void readingFiftyTablesTakesAsManyQueriesAsReadingOne(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            database.execute(tables(0, 1));
            int forOne = queriesToRead(database, 1);
            database.execute(tables(1, 50));
            int forFifty = queriesToRead(database, 50);

            assertThat(forFifty).as("queries for 50 tables").isEqualTo(forOne);
            assertThat(forOne).as("queries for 1 table").isBetween(1, 8);
        }
    }


    private static int queriesToRead(LiveDatabase database, int expectedTables) {
        CountingConnection counting = new CountingConnection(database.connection());
        DatabaseSchema schema = SchemaReader.forDialect(database.dialect())
                .read(counting.connection(), ReflectionScope.defaultSchema());
        assertThat(schema.tables()).hasSize(expectedTables);
        assertThat(schema.tables()).allSatisfy(table -> {
            assertThat(table.primaryKey()).isPresent();
            assertThat(table.constraints()).hasSize(3);
            assertThat(table.indexes()).hasSize(1);
        });
        return counting.executed();
    }

    /** Tables {@code t_from} to {@code t_(to - 1)}, each with a key, a unique, a foreign key, a check and an index. */
    private static List<String> tables(int from, int to) {
        List<String> statements = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String referred = i == 0 ? "t_0" : "t_" + (i - 1);
            statements.add("CREATE TABLE t_" + i + " (id INTEGER NOT NULL PRIMARY KEY, parent INTEGER, "
                    + "name VARCHAR(20), amount INTEGER, CONSTRAINT uq_t_" + i + "_name UNIQUE (name), "
                    + "CONSTRAINT fk_t_" + i + "_parent FOREIGN KEY (parent) REFERENCES " + referred + " (id), "
                    + "CONSTRAINT ck_t_" + i + "_amount CHECK (amount > 0))");
            statements.add("CREATE INDEX ix_t_" + i + "_amount ON t_" + i + " (amount, name)");
        }
        return statements;
    }
}
