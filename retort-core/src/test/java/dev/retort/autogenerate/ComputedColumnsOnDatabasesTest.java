package dev.retort.autogenerate;

import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.create;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static dev.retort.api.Schema.BOOLEAN;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.numeric;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.reflect.LiveDatabase;
import dev.retort.schema.Column;
import dev.retort.schema.Computed;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Computed columns on real databases: they read back with their expression and storage (not as a server
 * default), a schema made from models with them compares clean however the database echoes the
 * expressions, and a changed expression is replaced with a note.
 */
class ComputedColumnsOnDatabasesTest {
    private static final QualifiedName ORDER_LINE = QualifiedName.of("order_line");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb", "mysql"})
    void computedColumnsReadBackWithTheirExpressionAndStorageNotAsDefaults(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            boolean virtual = hasVirtual(kind);
            create(database, List.of(table("order_line", column("id", INTEGER).primaryKey(),
                    column("price", INTEGER), column("quantity", INTEGER),
                    column("total", INTEGER).computed("price * quantity"),
                    column("twice", INTEGER).computed(virtual ? Computed.virtual("quantity * 2")
                            : Computed.stored("quantity * 2")))));

            Table read = reflect(database).table(ORDER_LINE).orElseThrow();

            Column total = read.column("total").orElseThrow();
            assertThat(total.computed()).contains(Computed.stored("price * quantity"));
            assertThat(total.serverDefault()).isEmpty();
            Column twice = read.column("twice").orElseThrow();
            assertThat(twice.computed().orElseThrow().sql()).isEqualTo("quantity * 2");
            assertThat(twice.computed().orElseThrow().stored())
                    .isEqualTo(!virtual || !database.dialect().capabilities().computedStorage());
            assertThat(twice.serverDefault()).isEmpty();
            assertThat(read.column("price").orElseThrow().computed()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb", "mysql"})
    void aSchemaWithComputedColumnsCreatedFromTheModelsComparesClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = List.of(orderLine(kind));
            create(database, model);
            SchemaDiff diff = comparator(database).compare(schema(model), reflect(database));
            assertThat(diff.describe()).as("differences found on a database made from the models").isEmpty();
            assertThat(diff.notes()).isEmpty();
        }
    }

    /**
     * Expressions calling functions the database keeps under another name compare as checks do: MariaDB
     * writes {@code length} as {@code octet_length} and {@code substring} as {@code substr}, H2 writes
     * {@code length} as {@code CHAR_LENGTH}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb", "mysql"})
    void computedColumnsCallingFunctionsTheDatabaseRenamesCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            boolean mysql = kind.equals("mariadb") || kind.equals("mysql");
            List<Table> model = List.of(table("product", column("id", INTEGER).primaryKey(),
                    column("sku", string(20)).notNull(),
                    column("sku_length", INTEGER).computed("length(sku)"),
                    column("prefix", string(20)).computed(mysql ? "substring(sku, 1, 3)" : "upper(sku)")));
            create(database, model);
            SchemaDiff diff = comparator(database).compare(schema(model), reflect(database));
            assertThat(diff.describe()).as("differences found on a database made from the models").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void aChangedExpressionIsDroppedAndAddedAgainWithANote(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            create(database, List.of(table("order_line", column("id", INTEGER).primaryKey(),
                    column("price", INTEGER), column("quantity", INTEGER),
                    column("total", INTEGER).computed("price * quantity"))));
            List<Table> after = List.of(table("order_line", column("id", INTEGER).primaryKey(),
                    column("price", INTEGER), column("quantity", INTEGER),
                    column("total", INTEGER).computed("price * quantity + 5")));

            SchemaDiff diff = comparator(database).compare(schema(after), reflect(database));

            assertThat(OperationSummary.of(diff.operations()))
                    .containsExactly("drop column order_line.total", "add column order_line.total");
            assertThat(diff.notes()).singleElement().asString().startsWith("column order_line.total is computed as "
                    + "(price * quantity) STORED and the models want it computed as (price * quantity + 5) STORED: "
                    + "the revision drops the column and adds it again (its indexes too)");
        }
    }

    /** Expressions each database echoes in its own spelling: casts, quoted names, function synonyms, case. */
    private static Table orderLine(String kind) {
        boolean mysql = kind.equals("mariadb") || kind.equals("mysql");
        String label = mysql ? "concat(upper(sku), '-', quantity)" : "upper(sku) || '-' || quantity";
        return table("order_line", column("id", INTEGER).primaryKey(), column("sku", string(20)).notNull(),
                column("price", numeric(10, 2)), column("quantity", INTEGER),
                column("total", numeric(12, 2)).computed("price * quantity"),
                column("label", string(40)).computed(hasVirtual(kind) ? Computed.virtual(label)
                        : Computed.stored(label)),
                column("bulk", BOOLEAN).computed("quantity > 10 AND price < 100"),
                column("size", string(10)).computed("CASE WHEN quantity > 10 THEN 'bulk' ELSE 'single' END"),
                column("lower_sku", string(20)).computed(mysql ? "lower(sku)" : "LOWER(sku)"));
    }

    /** PostgreSQL 15 has only stored generated columns. */
    private static boolean hasVirtual(String kind) {
        return !kind.equals("postgresql");
    }
}
