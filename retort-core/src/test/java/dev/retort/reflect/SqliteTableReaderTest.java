package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlFixtures;
import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.dialect.sqlite.SqliteDdlCompiler;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.ColumnState;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading SQLite tables from a database file, and rebuilding them in batch mode from what was read. */
class SqliteTableReaderTest {
    private static final QualifiedName ITEM = QualifiedName.of("item");
    private static final ColumnType INTEGER = new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL);
    private static final ColumnType SMALLINT = new ColumnType.IntegerType(ColumnType.IntegerType.Width.SMALL);
    private static final ColumnType BIGINT = new ColumnType.IntegerType(ColumnType.IntegerType.Width.BIG);

    @TempDir
    Path directory;

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("reflect.db"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void createItem() throws SQLException {
        execute("CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code VARCHAR(8) NOT NULL UNIQUE)",
                "CREATE TABLE item (\n"
                        + "  id INTEGER NOT NULL,\n"
                        + "  parent_id INTEGER CONSTRAINT fk_item_parent REFERENCES parent (id) ON DELETE CASCADE,\n"
                        + "  name VARCHAR(40) NOT NULL DEFAULT 'it''s, (really)',\n"
                        + "  qty SMALLINT DEFAULT 0 CHECK (qty >= 0),\n"
                        + "  price NUMERIC(10, 2) DEFAULT 1.50,\n"
                        + "  created DATETIME DEFAULT CURRENT_TIMESTAMP,\n"
                        + "  note TEXT DEFAULT (lower('X')), -- a comment, with a CHECK (in it)\n"
                        + "  flag BOOLEAN,\n"
                        + "  weight DOUBLE,\n"
                        + "  ratio REAL,\n"
                        + "  data BLOB,\n"
                        + "  legacy BIGINT,\n"
                        + "  \"odd col\" CHAR(3),\n"
                        + "  CONSTRAINT pk_item PRIMARY KEY (id),\n"
                        + "  CONSTRAINT uq_item_name UNIQUE (parent_id, name),\n"
                        + "  UNIQUE (legacy),\n"
                        + "  CONSTRAINT ck_name CHECK (name <> ')' AND length(name) > 0),\n"
                        + "  CHECK (price > (0)),\n"
                        + "  FOREIGN KEY (legacy) REFERENCES parent ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED\n"
                        + ")",
                "CREATE INDEX ix_item_name ON item (name)",
                "CREATE UNIQUE INDEX ix_item_lower ON item (lower(name), qty) WHERE qty > 0",
                "CREATE INDEX ix_item_odd ON item (\"odd col\" ASC)",
                "INSERT INTO parent (code) VALUES ('a'), ('b')",
                "INSERT INTO item (id, parent_id, name, qty, price, ratio, legacy, \"odd col\") "
                        + "VALUES (1, 1, 'first', 3, 2.5, 0.5, 7, 'x'), (2, 2, 'second', 0, 9.99, 1.5, NULL, 'y')");
    }

    private static Table expectedItem() {
        List<Column> columns = List.of(
                Column.of("id", INTEGER).notNull(),
                Column.of("parent_id", INTEGER),
                Column.of("name", new ColumnType.StringType(OptionalInt.of(40), Optional.empty())).notNull()
                        .serverDefault(ServerDefault.literal("it's, (really)")),
                Column.of("qty", SMALLINT).serverDefault(ServerDefault.literal(0L)),
                Column.of("price", new ColumnType.NumericType(OptionalInt.of(10), OptionalInt.of(2)))
                        .serverDefault(ServerDefault.literal(new BigDecimal("1.50"))),
                Column.of("created", new ColumnType.TimestampType(false))
                        .serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP")),
                Column.of("note", new ColumnType.TextType(Optional.empty()))
                        .serverDefault(ServerDefault.sql("lower('X')")),
                Column.of("flag", new ColumnType.BooleanType()),
                Column.of("weight", new ColumnType.DoubleType()),
                Column.of("ratio", new ColumnType.RawType("REAL")),
                Column.of("data", new ColumnType.BinaryType(OptionalInt.empty())),
                Column.of("legacy", BIGINT),
                Column.of("odd col", new ColumnType.RawType("CHAR(3)")));
        return new Table(ITEM, columns, Optional.of(new PrimaryKey(Optional.of("pk_item"), List.of("id"))),
                List.of(new CheckConstraint(Optional.empty(), "qty >= 0"),
                        new CheckConstraint(Optional.of("ck_name"), "name <> ')' AND length(name) > 0"),
                        new CheckConstraint(Optional.empty(), "price > (0)"),
                        new UniqueConstraint(Optional.of("uq_item_name"), List.of("parent_id", "name")),
                        new UniqueConstraint(Optional.empty(), List.of("legacy")),
                        ForeignKey.of(Optional.of("fk_item_parent"), List.of("parent_id"), QualifiedName.of("parent"),
                                List.of("id")).onDelete(ReferentialAction.CASCADE),
                        ForeignKey.of(Optional.empty(), List.of("legacy"), QualifiedName.of("parent"), List.of("id"))
                                .onUpdate(ReferentialAction.SET_NULL).deferrable(true)
                                .initially(ForeignKey.Initially.DEFERRED)),
                List.of(Index.on(Optional.of("ix_item_name"), List.of("name")),
                        new Index(Optional.of("ix_item_lower"), List.of(new SqlExpression("lower(name)"),
                                new IndexColumn("qty")), true, Optional.of("qty > 0"), Map.of()),
                        Index.on(Optional.of("ix_item_odd"), List.of("odd col"))),
                Optional.empty());
    }

    @Test
    void readsEveryFeatureOfATable() throws SQLException {
        createItem();
        Table item = SqliteTableReader.read(connection, ITEM);
        assertThat(item.columns()).isEqualTo(expectedItem().columns());
        assertThat(item.primaryKey()).isEqualTo(expectedItem().primaryKey());
        assertThat(item.constraints()).isEqualTo(expectedItem().constraints());
        assertThat(item.indexes()).isEqualTo(expectedItem().indexes());
        assertThat(item).isEqualTo(expectedItem());
    }

    @Test
    void readsAutoincrementAndColumnLevelUniqueAndNamesInAnyCase() throws SQLException {
        execute("CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code VARCHAR(8) NOT NULL "
                + "CONSTRAINT uq_code UNIQUE, big BIGINT)");
        Table parent = SqliteTableReader.read(connection, QualifiedName.of("PARENT"));
        assertThat(parent.name()).isEqualTo(QualifiedName.of("parent"));
        assertThat(parent.column("id").orElseThrow().autoincrement()).isEqualTo(dev.retort.schema.Autoincrement.ENABLED);
        assertThat(parent.constraints()).containsExactly(
                new UniqueConstraint(Optional.of("uq_code"), List.of("code")));
    }

    /**
     * SQLite makes no index for a unique constraint on the columns, in the same order, of the primary key or of
     * an earlier unique constraint: it shares that index, so only the {@code CREATE TABLE} statement tells of it.
     */
    @Test
    void readsUniqueConstraintsThatShareTheIndexOfTheKeyOrOfAnotherConstraint() throws SQLException {
        execute("CREATE TABLE country (code VARCHAR(2) NOT NULL PRIMARY KEY UNIQUE, name VARCHAR(50))",
                "CREATE TABLE parent (a INTEGER NOT NULL, b INTEGER NOT NULL, x INTEGER,"
                        + " CONSTRAINT Uq_Parent_Ab UNIQUE (A, B), CONSTRAINT pk_parent PRIMARY KEY (a, b),"
                        + " CONSTRAINT uq_parent_ba UNIQUE (b, a), CONSTRAINT uq_parent_x UNIQUE (x),"
                        + " UNIQUE (x))");
        assertThat(rows("SELECT origin FROM pragma_index_list('country')")).containsExactly(List.of("pk"));
        assertThat(rows("SELECT origin FROM pragma_index_list('parent') ORDER BY origin"))
                .containsExactly(List.of("pk"), List.of("u"), List.of("u"));

        assertThat(SqliteTableReader.read(connection, QualifiedName.of("country")).constraints())
                .containsExactly(new UniqueConstraint(Optional.empty(), List.of("code")));
        assertThat(SqliteTableReader.read(connection, QualifiedName.of("parent")).constraints())
                .containsExactlyInAnyOrder(new UniqueConstraint(Optional.of("Uq_Parent_Ab"), List.of("a", "b")),
                        new UniqueConstraint(Optional.of("uq_parent_ba"), List.of("b", "a")),
                        new UniqueConstraint(Optional.of("uq_parent_x"), List.of("x")),
                        new UniqueConstraint(Optional.empty(), List.of("x")));
    }

    @Test
    void aTableThatDoesNotExistIsAnErrorNamingIt() {
        assertThatThrownBy(() -> SqliteTableReader.read(connection, QualifiedName.of("missing")))
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining("missing")
                .satisfies(e -> assertThat(((ReflectionException) e).table()).isEqualTo(QualifiedName.of("missing")));
    }

    @Test
    void whatTheModelCannotHoldIsRefusedByName() throws SQLException {
        execute("CREATE TABLE keyed (id TEXT PRIMARY KEY) WITHOUT ROWID");
        assertThatThrownBy(() -> SqliteTableReader.read(connection, QualifiedName.of("keyed")))
                .isInstanceOf(ReflectionException.class).hasMessageContaining("WITHOUT ROWID");
    }

    /** Written back as read, a descending or collated column is the same index after a rebuild. */
    @Test
    void aDescendingOrCollatedIndexColumnIsTheExpressionWritten() throws SQLException {
        execute("CREATE TABLE sorted (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE INDEX ix_sorted_name ON sorted (name DESC, id COLLATE NOCASE, lower(name) DESC)");

        Table sorted = SqliteTableReader.read(connection, QualifiedName.of("sorted"));

        assertThat(sorted.indexes()).singleElement().satisfies(index -> assertThat(index.elements()).containsExactly(
                new SqlExpression("name DESC"), new SqlExpression("id COLLATE NOCASE"),
                new SqlExpression("lower(name) DESC")));
        SqliteDdlCompiler compiler = new SqliteDdlCompiler(Dialects.named("sqlite"));
        assertThat(compiler.tables().indexElements(sorted.indexes().get(0)))
                .isEqualTo("name DESC, id COLLATE NOCASE, (lower(name)) DESC");
    }

    @Test
    void aNonIntegerKeyKeepsItsDeclaredType() throws SQLException {
        execute("CREATE TABLE code (id BIGINT PRIMARY KEY, label TEXT)");
        Table code = SqliteTableReader.read(connection, QualifiedName.of("code"));
        SqliteDdlCompiler compiler = new SqliteDdlCompiler(Dialects.named("sqlite"));
        assertThat(compiler.tables().createTable(code, "")).contains("id BIGINT NOT NULL");
    }

    @Test
    void aNamedAndAnUnnamedForeignKeyOfTheSameDefinitionStayApart() throws SQLException {
        execute("CREATE TABLE p (id INTEGER PRIMARY KEY)",
                "CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p (id),"
                        + " CONSTRAINT fk_plain FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE)");
        QualifiedName c = QualifiedName.of("c");

        Table read = SqliteTableReader.read(connection, c);

        ForeignKey unnamed = ForeignKey.of(Optional.empty(), List.of("pid"), QualifiedName.of("p"), List.of("id"));
        assertThat(read.constraints()).containsExactlyInAnyOrder(unnamed,
                unnamed.name("fk_plain").onDelete(ReferentialAction.CASCADE));
        BatchAlterTable drop = new BatchAlterTable(c, BatchAlterTable.Recreate.AUTO, Optional.empty(), List.of(),
                List.of(new DropConstraint(c, "fk_plain", Optional.of(ConstraintKind.FOREIGN_KEY), Optional.empty(),
                        false)));
        for (String statement : new SqliteBatchPlanner(new SqliteDdlCompiler(Dialects.named("sqlite")))
                .plan(drop, read)) {
            execute(statement);
        }
        assertThat(SqliteTableReader.read(connection, c).constraints()).containsExactly(unnamed);
    }

    @Test
    void theReadTableRebuildsInBatchModeKeepingDataConstraintsAndIndexes() throws SQLException {
        createItem();
        Table current = SqliteTableReader.read(connection, ITEM);
        SqliteDdlCompiler compiler = new SqliteDdlCompiler(Dialects.named("sqlite"));
        BatchAlterTable batch = new BatchAlterTable(ITEM, BatchAlterTable.Recreate.AUTO, Optional.empty(), List.of(),
                List.of(new DropColumn(ITEM, "ratio", Optional.empty(), false),
                        new AlterColumn(ITEM, "qty", DdlFixtures.type(INTEGER, Optional.empty()),
                                ColumnState.UNKNOWN)));
        for (String statement : new SqliteBatchPlanner(compiler).plan(batch, current)) {
            execute(statement);
        }

        assertThat(rows("SELECT id, parent_id, name, qty, price, legacy, \"odd col\" FROM item ORDER BY id"))
                .containsExactly(List.of("1", "1", "first", "3", "2.5", "7", "x"),
                        Arrays.asList("2", "2", "second", "0", "9.99", null, "y"));
        assertThat(rows("SELECT name, type FROM pragma_table_info('item') WHERE name IN ('qty', 'ratio')"))
                .containsExactly(List.of("qty", "INTEGER"));
        assertThat(rows("SELECT name, \"unique\", origin, partial FROM pragma_index_list('item') ORDER BY name"))
                .containsExactly(List.of("ix_item_lower", "1", "c", "1"), List.of("ix_item_name", "0", "c", "0"),
                        List.of("ix_item_odd", "0", "c", "0"), List.of("sqlite_autoindex_item_1", "1", "u", "0"),
                        List.of("sqlite_autoindex_item_2", "1", "u", "0"));
        assertThat(rows("SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('item') "
                + "ORDER BY \"from\"")).containsExactly(List.of("parent", "legacy", "id", "SET NULL", "NO ACTION"),
                        List.of("parent", "parent_id", "id", "NO ACTION", "CASCADE"));

        Table rebuilt = SqliteTableReader.read(connection, ITEM);
        assertThat(rebuilt.constraints()).isEqualTo(expectedItem().constraints());
        assertThat(rebuilt.indexes()).isEqualTo(expectedItem().indexes());
        assertThat(rebuilt.primaryKey()).isEqualTo(expectedItem().primaryKey());
        assertThat(rebuilt.column("qty").orElseThrow().type()).isEqualTo(INTEGER);
        assertThat(rebuilt.column("ratio")).isEmpty();
        assertThat(rebuilt.column("name")).isEqualTo(expectedItem().column("name"));
        assertThat(rebuilt.column("odd col")).isEqualTo(expectedItem().column("odd col"));

        assertThatThrownBy(() -> execute("INSERT INTO item (id, name, qty) VALUES (3, 'third', -1)"))
                .hasMessageContaining("CHECK");
        assertThatThrownBy(() -> execute("INSERT INTO item (id, name, price) VALUES (3, 'third', 0)"))
                .hasMessageContaining("CHECK");
        assertThatThrownBy(() -> execute("INSERT INTO item (id, name, legacy) VALUES (3, 'third', 7)"))
                .hasMessageContaining("UNIQUE");
        execute("INSERT INTO item (id, name) VALUES (3, 'third')");
        assertThat(rows("SELECT name, qty, price, created IS NOT NULL, note FROM item WHERE id = 3"))
                .containsExactly(List.of("third", "0", "1.5", "1", "x"));
    }

    @Test
    void declaredTypesMapOnlyWhereTheyAreWrittenBackTheSame() {
        assertThat(SqliteTypes.type("varchar( 12 )"))
                .isEqualTo(new ColumnType.StringType(OptionalInt.of(12), Optional.empty()));
        assertThat(SqliteTypes.type("NUMERIC")).isEqualTo(new ColumnType.NumericType(OptionalInt.empty(),
                OptionalInt.empty()));
        assertThat(SqliteTypes.type("FLOAT")).isEqualTo(new ColumnType.FloatType(OptionalInt.empty()));
        assertThat(SqliteTypes.type("TIMESTAMP")).isEqualTo(new ColumnType.RawType("TIMESTAMP"));
        assertThat(SqliteTypes.type("UNSIGNED BIG INT")).isEqualTo(new ColumnType.RawType("UNSIGNED BIG INT"));
        assertThat(SqliteTypes.type("")).isEqualTo(new ColumnType.RawType("BLOB"));
    }

    @Test
    void defaultsAreLiteralsOnlyWhenTheyAreOneStringOrNumber() {
        assertThat(SqliteTypes.serverDefault("'a' || 'b'")).isEqualTo(ServerDefault.sql("'a' || 'b'"));
        assertThat(SqliteTypes.serverDefault("'a''b'")).isEqualTo(ServerDefault.literal("a'b"));
        assertThat(SqliteTypes.serverDefault("-12")).isEqualTo(ServerDefault.literal(-12L));
        assertThat(SqliteTypes.serverDefault("1e3")).isEqualTo(ServerDefault.literal(new BigDecimal("1e3")));
        assertThat(SqliteTypes.serverDefault("NULL")).isEqualTo(ServerDefault.sql("NULL"));
    }

    @Test
    void aLoneIdentifierAsADefaultIsTheStringSqliteStores() {
        assertThat(SqliteTypes.serverDefault("\"dq\"")).isEqualTo(ServerDefault.literal("dq"));
        assertThat(SqliteTypes.serverDefault("\"x\"\"y\"")).isEqualTo(ServerDefault.literal("x\"y"));
        assertThat(SqliteTypes.serverDefault("abc")).isEqualTo(ServerDefault.literal("abc"));
        assertThat(SqliteTypes.serverDefault("\"\"")).isEqualTo(ServerDefault.literal(""));
        assertThat(SqliteTypes.serverDefault("CURRENT_DATE")).isEqualTo(ServerDefault.sql("CURRENT_DATE"));
        assertThat(SqliteTypes.serverDefault("true")).isEqualTo(ServerDefault.sql("true"));
        assertThat(SqliteTypes.serverDefault("x'ab'")).isEqualTo(ServerDefault.sql("x'ab'"));
    }

    @Test
    void checksAreCutWithBalancedParenthesesAndQuotes() {
        assertThat(SqliteTableReader.checks("CREATE TABLE t (a TEXT CONSTRAINT \"ck a\" CHECK (a IN ('(', ')')), "
                + "b INT, /* CHECK (no) */ CHECK ((b > 0) AND \"b\" < [b] + 10))"))
                .containsExactly(new CheckConstraint(Optional.of("ck a"), "a IN ('(', ')')"),
                        new CheckConstraint(Optional.empty(), "(b > 0) AND \"b\" < [b] + 10"));
    }

    @Test
    void collationsStayOnTheColumnsThatDeclareThem() throws SQLException {
        execute("CREATE TABLE tag (id INTEGER PRIMARY KEY, label VARCHAR(20) COLLATE NOCASE NOT NULL, "
                + "body TEXT COLLATE RTRIM, code CHAR(2) COLLATE NOCASE, plain TEXT)",
                "INSERT INTO tag (label, body, code) VALUES ('Alpha', 'a  ', 'XY')");
        Table tag = SqliteTableReader.read(connection, QualifiedName.of("tag"));
        assertThat(tag.column("label").orElseThrow().type())
                .isEqualTo(new ColumnType.StringType(OptionalInt.of(20), Optional.of("NOCASE")));
        assertThat(tag.column("body").orElseThrow().type()).isEqualTo(new ColumnType.TextType(Optional.of("RTRIM")));
        assertThat(tag.column("code").orElseThrow().type()).isEqualTo(new ColumnType.RawType("CHAR(2) COLLATE \"NOCASE\""));
        assertThat(tag.column("plain").orElseThrow().type()).isEqualTo(new ColumnType.TextType(Optional.empty()));

        SqliteDdlCompiler compiler = new SqliteDdlCompiler(Dialects.named("sqlite"));
        BatchAlterTable batch = new BatchAlterTable(QualifiedName.of("tag"), BatchAlterTable.Recreate.ALWAYS,
                Optional.empty(), List.of(), List.of());
        for (String statement : new SqliteBatchPlanner(compiler).plan(batch, tag)) {
            execute(statement);
        }
        assertThat(SqliteTableReader.read(connection, QualifiedName.of("tag"))).isEqualTo(tag);
        assertThat(rows("SELECT count(*) FROM tag WHERE label = 'ALPHA' AND code = 'xy' AND body = 'a'"))
                .containsExactly(List.of("1"));
    }

    @Test
    void readsATableInAnAttachedSchema() throws SQLException {
        execute("ATTACH DATABASE '" + directory.resolve("other.db") + "' AS other",
                "CREATE TABLE other.account (id INTEGER PRIMARY KEY, email VARCHAR(80) NOT NULL UNIQUE, "
                        + "CHECK (email LIKE '%@%'))",
                "CREATE INDEX other.ix_account_email ON account (lower(email))",
                "CREATE TABLE account (id INTEGER PRIMARY KEY, other TEXT)");
        Table account = SqliteTableReader.read(connection, QualifiedName.of("other", "account"));
        assertThat(account.name()).isEqualTo(QualifiedName.of("other", "account"));
        assertThat(account.columns()).extracting(Column::name).containsExactly("id", "email");
        assertThat(account.constraints()).containsExactly(new CheckConstraint(Optional.empty(), "email LIKE '%@%'"),
                new UniqueConstraint(Optional.empty(), List.of("email")));
        assertThat(account.indexes()).containsExactly(new Index(Optional.of("ix_account_email"),
                List.of(new SqlExpression("lower(email)")), false, Optional.empty(), Map.of()));
        assertThatThrownBy(() -> SqliteTableReader.read(connection, QualifiedName.of("other", "missing")))
                .isInstanceOf(ReflectionException.class).hasMessageContaining("other.missing");
    }

    @Test
    void generatedColumnsReadWithTheirExpressionAndStorageInEverySpelling() throws SQLException {
        execute("CREATE TABLE box (w INTEGER, h INTEGER, area INTEGER GENERATED ALWAYS AS (w * h) STORED NOT NULL, "
                + "\"Half\" REAL AS ((w + h) / 2.0), label TEXT GENERATED ALWAYS AS (w || 'x' || h) VIRTUAL "
                + "CHECK (label <> ''))");
        Table box = SqliteTableReader.read(connection, QualifiedName.of("box"));
        assertThat(box.columns()).containsExactly(Column.of("w", INTEGER), Column.of("h", INTEGER),
                Column.of("area", INTEGER).notNull().computed(Computed.stored("w * h")),
                Column.of("Half", new ColumnType.RawType("REAL"))
                        .computed(Computed.virtual("(w + h) / 2.0")),
                Column.of("label", new ColumnType.TextType(Optional.empty()))
                        .computed(Computed.virtual("w || 'x' || h")));
        assertThat(box.constraints()).containsExactly(new CheckConstraint(Optional.empty(), "label <> ''"));
    }

    @Test
    void conflictClausesAndVirtualTablesAreRefused() throws SQLException {
        execute("CREATE TABLE once (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT REPLACE)");
        assertThatThrownBy(() -> SqliteTableReader.read(connection, QualifiedName.of("once")))
                .isInstanceOf(ReflectionException.class).hasMessageContaining("ON CONFLICT");
    }

    @Test
    void aForeignKeyWithoutColumnsRefersToThePrimaryKeyAndDeleteActionsAreRead() throws SQLException {
        execute("CREATE TABLE pair (a INTEGER, b TEXT, PRIMARY KEY (a, b))",
                "CREATE TABLE link (x INTEGER, y TEXT, CONSTRAINT fk_link_pair FOREIGN KEY (x, y) REFERENCES pair "
                        + "ON DELETE SET DEFAULT ON UPDATE RESTRICT NOT DEFERRABLE)");
        Table link = SqliteTableReader.read(connection, QualifiedName.of("link"));
        assertThat(link.constraints()).containsExactly(ForeignKey.of(Optional.of("fk_link_pair"), List.of("x", "y"),
                QualifiedName.of("pair"), List.of("a", "b")).onDelete(ReferentialAction.SET_DEFAULT)
                .onUpdate(ReferentialAction.RESTRICT).deferrable(false));
        Table pair = SqliteTableReader.read(connection, QualifiedName.of("pair"));
        assertThat(pair.primaryKey()).contains(PrimaryKey.of("a", "b"));
        assertThat(pair.column("a").orElseThrow().autoincrement()).isEqualTo(dev.retort.schema.Autoincrement.AUTO);
    }

    @Test
    void aNameGivenToNotNullOrDefaultIsNotTakenByALaterCheck() {
        assertThat(SqliteTableReader.checks("CREATE TABLE t (a INT CONSTRAINT nn NOT NULL CHECK (a > 0), "
                + "b INT CONSTRAINT df DEFAULT 1 CONSTRAINT ck_b CHECK (b < 9))"))
                .containsExactly(new CheckConstraint(Optional.empty(), "a > 0"),
                        new CheckConstraint(Optional.of("ck_b"), "b < 9"));
    }
}
