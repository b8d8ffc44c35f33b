package dev.retort.autogenerate;

import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.create;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static dev.retort.api.Schema.BIG_INTEGER;
import static dev.retort.api.Schema.DOUBLE;
import static dev.retort.api.Schema.FLOAT;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.SMALL_INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.TIMESTAMP;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.floatType;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.numeric;
import static dev.retort.api.Schema.primaryKey;
import static dev.retort.api.Schema.rawType;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static dev.retort.api.Schema.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.CreateSequence;
import dev.retort.op.DropConstraint;
import dev.retort.op.Operation;
import dev.retort.reflect.LiveDatabase;
import dev.retort.reflect.RoundTripModel;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On real databases: a schema created from the models compares clean with the models (no false
 * positives), and the operations a comparison finds, run on the database, make it compare clean; their
 * reverses, run in reverse order, bring back the schema it started from.
 */
class AutogenerateRoundTripTest {
    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void aSchemaCreatedFromTheModelsComparesClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = RoundTripModel.tables(database.dialect());
            assertComparesClean(database, model);
        }
    }

    /**
     * Keys that number themselves, whatever their width (SQLite writes them {@code INTEGER}, its row id),
     * and a lone integer key that only refers to another table's (a secondary or shared-key table).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void keysThatNumberThemselvesAndKeysThatReferToOthersCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = List.of(
                    table("ledger", column("id", BIG_INTEGER).primaryKey(), column("name", string(40))),
                    table("tally", column("id", SMALL_INTEGER).primaryKey(), column("total", INTEGER)),
                    table("owner", column("id", INTEGER).primaryKey()),
                    table("owner_detail", column("owner_id", INTEGER).primaryKey().references("owner.id"),
                            column("note", TEXT)),
                    table("ledger_entry", column("ledger_id", BIG_INTEGER).primaryKey().autoincrement(false),
                            column("amount", INTEGER)));
            assertComparesClean(database, model);
        }
    }

    /**
     * A unique constraint on the key's columns, as written or reordered, which SQLite keeps in the key's index.
     * (PostgreSQL's {@code CREATE TABLE} discards a unique constraint on the key's columns in the key's order.)
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "mariadb"})
    void uniqueConstraintsOnThePrimaryKeysColumnsCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = List.of(
                    table("country", column("code", string(2)).primaryKey().unique(), column("name", string(50))),
                    table("parent", column("a", INTEGER), column("b", INTEGER), primaryKey("pk_parent", "b", "a"),
                            unique("uq_parent_ba", "b", "a"), unique("uq_parent_ab", "a", "b")));
            assertComparesClean(database, model);
        }
    }

    /**
     * A type the database keeps under another name is the same type: FLOAT is DOUBLE PRECISION on PostgreSQL,
     * NUMERIC(8) is NUMERIC(8, 0), and a raw type compares by the database's own name for it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void typesTheDatabaseKeepsUnderAnotherNameCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = new java.util.ArrayList<>(List.of(table("measure", column("id", INTEGER).primaryKey(),
                    column("ratio", FLOAT), column("weight", floatType(53)), column("amount", numeric(8)))));
            if (kind.equals("postgresql")) {
                model.add(table("coded", column("id", INTEGER).primaryKey(), column("code", rawType("CHAR(3)")),
                        column("stamp", rawType("TIMESTAMP(3)")), column("count", rawType("INT4"))));
            }
            assertComparesClean(database, model);
        }
    }

    /**
     * MySQL and MariaDB keep a {@code NUMERIC} or {@code DECIMAL} written without precision as {@code
     * DECIMAL(10,0)}: the models' {@code numeric()} is that type, and stays different from another precision.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "mysql"})
    void aNumericWithoutPrecisionComparesCleanWithTheDecimalTheDatabaseMakesOfIt(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = List.of(table("price", column("id", INTEGER).primaryKey(), column("n", numeric()),
                    column("d", rawType("DECIMAL")), column("w", numeric(10, 0))));
            assertComparesClean(database, model);

            List<Table> scaled = List.of(table("price", column("id", INTEGER).primaryKey(),
                    column("n", numeric(12, 2)), column("d", rawType("DECIMAL")), column("w", numeric(10, 0))));
            assertThat(comparator(database).compare(schema(scaled), reflect(database)).describe())
                    .singleElement().asString().contains("price.n");
        }
    }

    /**
     * Checks as databases echo them: H2 casts whole numbers compared with wider columns ({@code CAST(0 AS
     * BIGINT)}, {@code CAST(0.0 AS DOUBLE PRECISION)}), MariaDB escapes a quote with a backslash.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void checksOnWideNumbersAndQuotedTextCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = List.of(table("reading", column("id", INTEGER).primaryKey(),
                    column("big", BIG_INTEGER), column("ratio", DOUBLE), column("amount", numeric(8, 2)),
                    column("label", string(20)),
                    check("ck_reading_big", "big > 0"), check("ck_reading_ratio", "ratio > 0"),
                    check("ck_reading_amount", "amount >= 0"), check("ck_reading_label", "label <> 'it''s'")));
            assertComparesClean(database, model);
        }
    }

    /**
     * Checks calling functions the database keeps under another name: MariaDB writes {@code length} as
     * {@code octet_length} and {@code lower} as {@code lcase}, H2 writes {@code length} as {@code CHAR_LENGTH}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb", "mysql"})
    void checksCallingFunctionsTheDatabaseRenamesCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> model = List.of(table("member", column("id", INTEGER).primaryKey(),
                    column("name", string(20)), column("code", string(5)),
                    check("ck_len", "length(name) > 0"), check("ck_member_code", "upper(code) = code"),
                    check("ck_member_name", "LOWER(name) <> 'x' AND Length(code) < 6")));
            assertComparesClean(database, model);
        }
    }

    /**
     * Checks as databases rewrite them: PostgreSQL quotes negative numbers ({@code '-1'::integer}), writes
     * {@code LIKE} as {@code ~~}, {@code NOT IN} as {@code <> ALL (ARRAY[...])} and a cast as {@code (x)::text};
     * H2 reorders the operands of {@code AND} and {@code OR}, spells a cast's type its own way and takes
     * {@code NOT} into the comparison.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void checksAsDatabasesRewriteThemCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<CheckConstraint> checks = new ArrayList<>(List.of(check("ck_gauge_negative", "si > -1"),
                    check("ck_gauge_logic", "si > -1 AND si < 100 OR NOT si = -5"),
                    check("ck_gauge_like", "s LIKE 'a%' OR s IS NULL"), check("ck_gauge_not_like", "s NOT LIKE 'b%'"),
                    check("ck_gauge_not_in", "si NOT IN (3, 4)"),
                    check("ck_gauge_order", "si > -10 AND si NOT IN (5, 6)"),
                    check("ck_gauge_not", "NOT (si > 1000 AND big > 1000)"),
                    check("ck_gauge_between", "si NOT BETWEEN 50 AND 60")));
            if (kind.equals("h2") || kind.equals("postgresql")) {
                checks.addAll(List.of(check("ck_gauge_cast", "CAST(si AS VARCHAR(10)) <> 'x'"),
                        check("ck_gauge_ilike", "s ILIKE 'a%' OR s NOT ILIKE 'ab%'")));
            }
            if (kind.equals("postgresql")) {
                checks.add(check("ck_gauge_text", "CAST(si AS TEXT) <> 'x'"));
            }
            List<TableElement> elements = new ArrayList<>(List.of(column("id", INTEGER).primaryKey(),
                    column("si", INTEGER), column("big", BIG_INTEGER), column("s", string(20))));
            elements.addAll(checks);
            assertComparesClean(database, List.of(table("gauge", elements.toArray(TableElement[]::new))));
        }
    }

    /**
     * An unnamed check on one column, as Hibernate writes an enum's: a new value, or an ordinal enum made a
     * string one, replaces the database's check under its own name, before the column changes type. SQLite
     * keeps such a check unnamed, so there it is a note.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void anUnnamedCheckOnAColumnIsReplacedWhenItsConditionChanges(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> before = List.of(table("customer", column("id", INTEGER).primaryKey(),
                    column("status", string(10)), column("tier", SMALL_INTEGER),
                    check("status in ('NEW', 'ACTIVE')"), check("tier between 0 and 1")));
            List<Table> after = List.of(table("customer", column("id", INTEGER).primaryKey(),
                    column("status", string(10)), column("tier", string(10)),
                    check("status in ('NEW', 'ACTIVE', 'DELETED')"), check("tier in ('BASIC', 'GOLD')")));
            create(database, before);

            SchemaDiff diff = comparator(database).compare(schema(after), reflect(database));
            if (kind.equals("sqlite")) {
                assertThat(diff.notes()).hasSize(2).allMatch(note -> note.contains("cannot be dropped by name"));
                return;
            }
            run(database, diff.operations());
            assertThat(comparator(database).compare(schema(after), reflect(database)).describe())
                    .as("differences left after running " + diff.operations()).isEmpty();
            database.execute(List.of("INSERT INTO customer (id, status, tier) VALUES (1, 'DELETED', 'GOLD')"));
            // Dropped under the database's name and carrying the old condition, so that a downgrade restores it.
            assertThat(diff.operations()).filteredOn(DropConstraint.class::isInstance).hasSize(2)
                    .allSatisfy(drop -> assertThat(drop.reverse()).isPresent());
        }
    }

    /** A sequence whose model states a number at its default reads back without it, and is the same. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void sequencesStatingTheirDefaultsCompareClean(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Sequence> sequences = List.of(Sequence.of(QualifiedName.of("plain_seq")).start(1).increment(1),
                    Sequence.of(QualifiedName.of("step_seq")).start(5).increment(5).minValue(5).maxValue(1000)
                            .cycle(true),
                    Sequence.of(QualifiedName.of("down_seq")).increment(-1).start(-1).maxValue(-1));
            DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
            for (Sequence sequence : sequences) {
                database.execute(compiler.compile(new CreateSequence(sequence, false)));
            }
            SchemaDiff diff = comparator(database).compare(new DatabaseSchema(List.of(), sequences, List.of()),
                    reflect(database));
            assertThat(diff.describe()).as("differences found on a database made from the models").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void foundChangesApplyCleanlyAndTheirReversesRestoreTheSchema(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> before = List.of(customer(false), purchase(false), table("obsolete", column("id", INTEGER)));
            List<Table> after = List.of(customer(true), purchase(true),
                    table("note", column("id", INTEGER).primaryKey(), column("body", TEXT)));
            create(database, before);
            DatabaseSchema start = reflect(database);

            List<Operation> operations = comparator(database).compare(schema(after), start).operations();
            assertThat(operations).isNotEmpty();
            run(database, operations);
            assertThat(comparator(database).compare(schema(after), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();

            List<Operation> reverses = new ArrayList<>();
            for (Operation operation : operations) {
                reverses.add(operation.reverse().orElseThrow(() -> new AssertionError("no reverse: " + operation)));
            }
            Collections.reverse(reverses);
            run(database, reverses);
            assertThat(comparator(database).compare(schema(before), reflect(database)).describe())
                    .as("differences left after reverting").isEmpty();
        }
    }

    /**
     * A unique index made plain under its name (which MySQL and MariaDB hold as a unique constraint) is dropped
     * before the plain one takes its name, both ways.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "mysql"})
    void aUniqueIndexMadePlainUnderItsNameIsDroppedBeforeItIsMadeAgain(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> before = List.of(table("child", column("id", INTEGER).primaryKey(), column("sc", INTEGER),
                    uniqueIndex("ux_child_sc", "sc")));
            List<Table> after = List.of(table("child", column("id", INTEGER).primaryKey(), column("sc", INTEGER),
                    index("ux_child_sc", "sc")));
            create(database, before);

            List<Operation> operations = comparator(database).compare(schema(after), reflect(database)).operations();
            run(database, operations);
            assertThat(comparator(database).compare(schema(after), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();

            List<Operation> reverses = new ArrayList<>();
            operations.forEach(operation -> reverses.add(0, operation.reverse().orElseThrow()));
            run(database, reverses);
            assertThat(comparator(database).compare(schema(before), reflect(database)).describe())
                    .as("differences left after running " + reverses).isEmpty();
        }
    }

    /**
     * Tables whose keys refer to each other: the key that closes the cycle is added once both exist, and
     * dropped first when they go (SQLite resolves keys when rows are written, so it keeps them inline).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void tablesWhoseKeysFormACycleAreCreatedAndDroppedInARunnableOrder(String kind) throws Exception {
        try (LiveDatabase database = LiveDatabase.of(kind, directory)) {
            List<Table> cycle = List.of(
                    table("author", column("id", INTEGER).primaryKey(), column("best_book_id", INTEGER),
                            foreignKey("fk_author_best_book", List.of("best_book_id"), "book", List.of("id"))),
                    table("book", column("id", INTEGER).primaryKey(), column("author_id", INTEGER),
                            foreignKey("fk_book_author", List.of("author_id"), "author", List.of("id"))));
            DatabaseSchema empty = reflect(database);

            List<Operation> operations = comparator(database).compare(schema(cycle), empty).operations();
            run(database, operations);
            assertThat(comparator(database).compare(schema(cycle), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();

            List<Operation> drops = comparator(database).compare(schema(List.of()), reflect(database)).operations();
            run(database, drops);
            assertThat(reflect(database).tables()).as("tables left after running " + drops).isEmpty();
        }
    }

    /**
     * MariaDB keeps a column's ON UPDATE clause apart from its default; read with the default, it compares
     * as the models write it, and a change that restates the column (a comment here) keeps it.
     */
    @Test
    void aDefaultWithOnUpdateOnMariaDbComparesCleanAndSurvivesAChangeToItsColumn() throws Exception {
        try (LiveDatabase database = LiveDatabase.of("mariadb", directory)) {
            List<Table> before = List.of(table("ledger", column("id", INTEGER).primaryKey(), column("changed", TIMESTAMP)
                    .notNull().serverDefault(sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"))));
            List<Table> after = List.of(table("ledger", column("id", INTEGER).primaryKey(), column("changed", TIMESTAMP)
                    .notNull().serverDefault(sql("current_timestamp() ON UPDATE current_timestamp()"))
                    .comment("last change")));
            create(database, before);
            assertThat(comparator(database).compare(schema(before), reflect(database)).describe()).isEmpty();

            List<Operation> operations = comparator(database).compare(schema(after), reflect(database)).operations();
            run(database, operations);

            assertThat(comparator(database).compare(schema(after), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();
            try (Statement statement = database.connection().createStatement();
                    ResultSet extra = statement.executeQuery("SELECT extra FROM information_schema.columns"
                            + " WHERE table_schema = DATABASE() AND table_name = 'ledger' AND column_name = 'changed'")) {
                assertThat(extra.next()).isTrue();
                assertThat(extra.getString(1)).containsIgnoringCase("on update current_timestamp");
            }
        }
    }

    /** The customer table, before or after the models changed it. */
    private static Table customer(boolean changed) {
        if (!changed) {
            return table("customer", column("id", INTEGER).primaryKey(), column("name", string(30)),
                    column("legacy", string(10)), column("status", string(10)).serverDefault(literal("new")));
        }
        return table("customer", column("id", INTEGER).primaryKey(), column("name", string(60)).notNull(),
                column("email", string(100)), column("status", string(10)).serverDefault(literal("active")),
                unique("uq_customer_email", "email"), index("ix_customer_name", "name"),
                check("ck_customer_status", "status <> ''"));
    }

    private static Table purchase(boolean changed) {
        Table plain = table("purchase", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER).notNull());
        return changed ? table("purchase", column("id", INTEGER).primaryKey(), column("customer_id", INTEGER).notNull(),
                foreignKey("fk_purchase_customer", List.of("customer_id"), "customer", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE)) : plain;
    }

    /** A database made from the models reflects as the models: no difference. */
    private static void assertComparesClean(LiveDatabase database, List<Table> model) throws SQLException {
        create(database, model);
        SchemaDiff diff = comparator(database).compare(schema(model), reflect(database));
        assertThat(diff.describe()).as("differences found on a database made from the models").isEmpty();
    }

    private static void run(LiveDatabase database, List<Operation> operations) throws SQLException {
        DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
        for (Operation operation : operations) {
            database.execute(compiler.compile(operation));
        }
    }
}
