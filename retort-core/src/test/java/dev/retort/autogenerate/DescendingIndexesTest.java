package dev.retort.autogenerate;

import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.create;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Schema;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.model.InvalidModelException;
import dev.retort.op.DropIndex;
import dev.retort.op.Operation;
import dev.retort.reflect.LiveDatabase;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Index columns in descending order read back in that order, as the models write it; a column given as SQL
 * is that column.
 */
class DescendingIndexesTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void aDescendingIndexColumnComparesCleanAndReadsBackDescending(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)",
                    "CREATE INDEX ix1 ON t (a, b DESC)");
            List<Table> models = List.of(table("t", column("id", INTEGER).primaryKey().autoincrement(false),
                    column("a", INTEGER), column("b", INTEGER), index("ix1", sql("a"), sql("b DESC"))));

            assertThat(reflect(database).tables().get(0).indexes().get(0).elements())
                    .containsExactly(new IndexColumn("a"), sql("b DESC"));
            assertThat(comparator(database).compare(schema(models), reflect(database)).describe()).isEmpty();
        }
    }

    /** The reverse of dropping a reflected index, as a downgrade runs it, makes it again in its order. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void aDroppedDescendingIndexComesBackDescending(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)",
                    "CREATE INDEX ix1 ON t (a DESC, b)");
            Index reflected = reflect(database).tables().get(0).indexes().get(0);
            DropIndex drop = new DropIndex(QualifiedName.of("ix1"), Optional.of("t"), Optional.of(reflected), false,
                    false);
            DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
            database.execute(compiler.compile(drop));
            database.execute(compiler.compile(drop.reverse().orElseThrow()));

            assertThat(reflect(database).tables().get(0).indexes()).containsExactly(reflected);
            assertThat(reflected.elements()).containsExactly(sql("a DESC"), new IndexColumn("b"));
        }
    }

    /** H2 sorts nulls first in an ascending column and last in a descending one unless told otherwise. */
    @Test
    void h2ReadsNullsFirstAndLastWhereTheyAreNotWhereH2PutsThem() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(directory)) {
            database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER, d INTEGER, "
                    + "\"Mixed\" INTEGER)", "CREATE INDEX ix1 ON t (a NULLS LAST, b DESC NULLS FIRST, c NULLS FIRST, "
                    + "d DESC NULLS LAST, \"Mixed\" DESC)");

            assertThat(reflect(database).tables().get(0).indexes().get(0).elements()).containsExactly(
                    sql("a NULLS LAST"), sql("b DESC NULLS FIRST"), new IndexColumn("c"), sql("d DESC"),
                    sql("\"Mixed\" DESC"));
        }
    }

    /** Where nulls go by default is a setting of the H2 database, read with the indexes. */
    @Test
    void h2ReadsTheOrderOfNullsAgainstItsDefaultNullOrdering() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(directory)) {
            database.execute("SET DEFAULT_NULL_ORDERING HIGH",
                    "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)",
                    "CREATE INDEX ix1 ON t (a, b DESC)", "CREATE INDEX ix2 ON t (a NULLS FIRST, b DESC NULLS LAST)");

            assertThat(reflect(database).tables().get(0).indexes()).extracting(Index::elements).containsExactly(
                    List.of(new IndexColumn("a"), sql("b DESC")),
                    List.of(sql("a NULLS FIRST"), sql("b DESC NULLS LAST")));
        }
    }

    @Test
    void postgresqlReadsNullsFirstAndLastAndDescendingExpressions() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, \"Mixed\" TEXT)",
                    "CREATE INDEX ix1 ON t (a NULLS FIRST, b DESC NULLS LAST, lower(\"Mixed\") DESC, \"Mixed\" DESC)");

            assertThat(reflect(database).tables().get(0).indexes().get(0).elements()).containsExactly(
                    sql("a NULLS FIRST"), sql("b DESC NULLS LAST"), sql("lower(\"Mixed\") DESC"),
                    sql("\"Mixed\" DESC"));
        }
    }

    /** A model may spell out the order the database reads as the bare column: ASC, and nulls where they go anyway. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql | a ASC, b NULLS LAST, c DESC NULLS FIRST, d ASC NULLS LAST",
        "h2         | a ASC, b ASC NULLS FIRST, c DESC NULLS LAST, d NULLS FIRST",
        "mariadb    | a ASC, b asc, c DESC, d ASC"})
    void anIndexSpellingOutTheDefaultOrderComparesClean(String kind, String elements) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> models = indexed(elements);
            create(database, models);

            assertThat(comparator(database).compare(schema(models), reflect(database)).describe()).isEmpty();
        }
    }

    /** An order other than the default is compared as written, so that a change of order is still found. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgresql | a NULLS FIRST, b DESC NULLS LAST, c DESC | a, b DESC NULLS LAST, c DESC",
        "h2         | a NULLS LAST, b DESC NULLS FIRST, c DESC | a NULLS LAST, b DESC, c DESC",
        "mariadb    | a DESC, b ASC                            | a ASC, b ASC"})
    void anIndexInAnotherOrderComparesCleanAndAChangedOrderIsFound(String kind, String elements, String changed)
            throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            create(database, indexed(elements));

            assertThat(comparator(database).compare(schema(indexed(elements)), reflect(database)).describe())
                    .isEmpty();
            assertThat(comparator(database).compare(schema(indexed(changed)), reflect(database)).describe())
                    .anyMatch(line -> line.startsWith("removed index 'ix_2'"))
                    .anyMatch(line -> line.startsWith("added index 'ix_2'"));
        }
    }

    /**
     * A column's name given as SQL, with or without its order, is that column: the index is added and dropped
     * also where an index holds columns only, and compares clean once made.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb", "mysql"})
    void columnsGivenAsSqlAreIndexedAsColumns(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            Table plain = table("stock", column("id", INTEGER).primaryKey().autoincrement(false),
                    column("qty", INTEGER), column("k2", INTEGER));
            List<Table> models = List.of(table("stock", column("id", INTEGER).primaryKey().autoincrement(false),
                    column("qty", INTEGER), column("k2", INTEGER), index("ix", sql("qty DESC"), sql("k2"))));
            create(database, List.of(plain));
            DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());

            List<Operation> operations = comparator(database).compare(schema(models), reflect(database)).operations();
            for (Operation operation : operations) {
                database.execute(compiler.compile(operation));
            }
            assertThat(comparator(database).compare(schema(models), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();
            for (Operation operation : operations) {
                database.execute(compiler.compile(operation.reverse().orElseThrow()));
            }
            assertThat(reflect(database).tables().get(0).indexes()).isEmpty();
        }
    }

    /** An index on an expression, which MariaDB and H2 cannot hold, is refused when the models are compared. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "mariadb"})
    void anExpressionIndexIsRefusedWhenTheModelsAreComparedWhereTheDatabaseIndexesColumnsOnly(String kind)
            throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> models = List.of(table("stock", column("id", INTEGER).primaryKey().autoincrement(false),
                    column("qty", INTEGER), column("k2", INTEGER), index("ix", sql("qty DESC"), sql("k2 + 1")),
                    index("ix_ok", sql("k2 DESC"))));
            DatabaseSchema empty = reflect(database);

            assertThatThrownBy(() -> comparator(database).compare(schema(models), empty))
                    .isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("table stock, index ix: ")
                    .hasMessageContaining("indexes columns only, not expressions such as k2 + 1; index a generated"
                            + " column holding the expression instead")
                    .hasMessageNotContaining("ix_ok");
        }
    }

    /** Table t with an index ix_2 on these comma-separated elements of columns a, b, c and d. */
    private static List<Table> indexed(String elements) {
        IndexElement[] index = Arrays.stream(elements.split(",")).map(String::strip).map(Schema::sql)
                .toArray(IndexElement[]::new);
        return List.of(table("t", column("id", INTEGER).primaryKey().autoincrement(false), column("a", INTEGER),
                column("b", INTEGER), column("c", INTEGER), column("d", INTEGER), index("ix_2", index)));
    }
}
