package dev.retort.autogenerate;

import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.create;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.reflect.LiveDatabase;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names the models write in upper case: on H2 {@code "ORDERS"} is stored as the bare {@code orders} is, and
 * reads back so; elsewhere an upper-case name is a name of its own.
 */
class H2UpperCaseNamesTest {
    @TempDir
    Path directory;

    private static List<Table> models() {
        return List.of(
                table("ORDERS", column("ID", INTEGER).primaryKey(), column("Amount", INTEGER),
                        index("IX_ORDERS_AMOUNT", "Amount")),
                table("lower_t", column("id", INTEGER).primaryKey(), column("ORDER_ID", INTEGER),
                        foreignKey("FK_LOWER", List.of("ORDER_ID"), "ORDERS", List.of("ID"))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "sqlite"})
    void upperCaseNamesOfTheModelsCompareCleanWithTheTablesMadeFromThem(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            create(database, models());

            assertThat(comparator(database).compare(schema(models()), reflect(database)).describe()).isEmpty();
        }
    }

    @Test
    void onH2AnUpperCaseNameIsTheBareNameItIsStoredAs() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(directory)) {
            database.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, amount INTEGER)");

            assertThat(comparator(database).compare(schema(List.of(table("ORDERS",
                    column("ID", INTEGER).primaryKey().autoincrement(false), column("AMOUNT", INTEGER)))), reflect(database)).describe())
                    .isEmpty();
        }
    }

    @Test
    void onPostgresqlAnUpperCaseNameStaysAnotherName() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)");

            assertThat(comparator(database).compare(schema(List.of(table("ORDERS",
                    column("id", INTEGER).primaryKey()))), reflect(database)).describe())
                    .containsExactlyInAnyOrder("added table 'ORDERS'", "removed table 'orders'");
        }
    }
}
