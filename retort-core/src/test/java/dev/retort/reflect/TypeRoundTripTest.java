package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column types of each database, created from the model by its compiler and read back. Where a type
 * cannot come back as the model wrote it, because the database stores something coarser, the expected
 * column says what it reads as and the case is named {@code ...ReadsAs...}; those are the type
 * normalisations of reflection.
 */
class TypeRoundTripTest {
    private static final QualifiedName SAMPLE = QualifiedName.of("sample");

    @TempDir
    Path directory;

    /** A column of the model and the column it reads back as. */
    private record Case(String description, Column written, Column read) {
        static Case same(Column column) {
            return new Case("same", column, column);
        }

        static Case readsAs(String description, Column written, ColumnType read) {
            return new Case(description, written, written.withType(read));
        }
    }

    @Test
    void postgresqlTypesReadBackAsWritten() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            ColumnType.EnumType mood = new ColumnType.EnumType(Optional.of("mood"), List.of("sad", "ok", "happy"));
            assertRoundTrip(database, List.of(
                    Case.same(Column.of("id", Types.BIGINT).notNull().identity(Identity.generatedAlways())),
                    Case.same(Column.of("token", new ColumnType.UuidType())),
                    Case.same(Column.of("document", new ColumnType.JsonType())),
                    Case.same(Column.of("binary_document", new ColumnType.DialectType("postgresql", "jsonb", List.of()))),
                    Case.same(Column.of("address", new ColumnType.DialectType("postgresql", "inet", List.of()))),
                    Case.same(Column.of("photo", new ColumnType.BinaryType(OptionalInt.empty()))),
                    Case.readsAs("bytea has no length", Column.of("code", new ColumnType.BinaryType(OptionalInt.of(16))),
                            new ColumnType.BinaryType(OptionalInt.empty())),
                    Case.readsAs("FLOAT is double precision", Column.of("ratio", new ColumnType.FloatType(OptionalInt.empty())),
                            new ColumnType.DoubleType()),
                    Case.same(Column.of("weight", new ColumnType.FloatType(OptionalInt.of(24)))),
                    Case.same(Column.of("score", new ColumnType.DoubleType())),
                    Case.same(Column.of("alarm", new ColumnType.TimeType(true))),
                    Case.same(Column.of("local_alarm", new ColumnType.TimeType(false))),
                    Case.same(Column.of("seen", new ColumnType.TimestampType(true)).notNull()
                            .serverDefault(ServerDefault.sql("now()"))),
                    Case.same(Column.of("amount", new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty()))),
                    Case.readsAs("numeric(p) has scale 0", Column.of("whole", new ColumnType.NumericType(OptionalInt.of(10),
                            OptionalInt.empty())), Types.numeric(10, 0)),
                    Case.same(Column.of("label", new ColumnType.StringType(OptionalInt.empty(), Optional.empty()))),
                    Case.same(Column.of("sorted", new ColumnType.TextType(Optional.of("C")))),
                    Case.same(Column.of("scores", new ColumnType.ArrayType(Types.INTEGER, 1))),
                    Case.same(Column.of("grid", new ColumnType.ArrayType(Types.INTEGER, 2))),
                    Case.same(Column.of("mood", mood).notNull().serverDefault(ServerDefault.literal("ok"))),
                    Case.same(Column.of("notes", Types.TEXT).comment("Free text"))),
                    List.of(new Index(Optional.of("ix_sample_lower_notes"), List.of(new SqlExpression("lower(notes)")),
                                    false, Optional.empty(), Map.of()),
                            Index.on(Optional.of("ix_sample_sad"), List.of("seen")).where("mood = 'sad'::mood")));
        }
    }

    @Test
    void mariadbTypesReadBackAsWritten() throws Exception {
        try (LiveDatabase database = LiveDatabase.mariadb()) {
            assertRoundTrip(database, List.of(
                    Case.same(Column.of("id", Types.INTEGER).notNull()),
                    Case.same(Column.of("status", new ColumnType.EnumType(Optional.empty(), List.of("new", "old")))
                            .serverDefault(ServerDefault.literal("new"))),
                    Case.same(Column.of("document", new ColumnType.JsonType())),
                    Case.same(Column.of("code", new ColumnType.BinaryType(OptionalInt.of(16)))),
                    Case.same(Column.of("photo", new ColumnType.BinaryType(OptionalInt.empty()))),
                    Case.same(Column.of("ratio", new ColumnType.FloatType(OptionalInt.empty()))),
                    Case.readsAs("FLOAT(p) has no precision", Column.of("weight",
                            new ColumnType.FloatType(OptionalInt.of(10))), new ColumnType.FloatType(OptionalInt.empty())),
                    Case.same(Column.of("score", new ColumnType.DoubleType())),
                    Case.same(Column.of("seen", new ColumnType.TimestampType(true))),
                    Case.same(Column.of("local_seen", new ColumnType.TimestampType(false))),
                    Case.readsAs("TIME has no time zone", Column.of("alarm", new ColumnType.TimeType(true)),
                            new ColumnType.TimeType(false)),
                    Case.readsAs("DECIMAL defaults to (10, 0)", Column.of("amount",
                            new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty())), Types.numeric(10, 0)),
                    Case.readsAs("a UUID is CHAR(32)", Column.of("token", new ColumnType.UuidType()),
                            new ColumnType.RawType("char(32)")),
                    Case.same(Column.of("flag", new ColumnType.BooleanType()).serverDefault(ServerDefault.literal(false))),
                    Case.same(Column.of("sorted", new ColumnType.TextType(Optional.of("utf8mb4_bin")))),
                    Case.same(Column.of("long_notes", new ColumnType.DialectType("mysql", "mediumtext", List.of()))),
                    Case.same(Column.of("notes", Types.TEXT).comment("Free text"))),
                    List.of(Index.on(Optional.of("ix_sample_seen"), List.of("seen", "score"))));
        }
    }

    @Test
    void h2TypesReadBackAsWritten() throws Exception {
        try (LiveDatabase database = LiveDatabase.h2(directory)) {
            assertRoundTrip(database, List.of(
                    Case.same(Column.of("id", Types.BIGINT).notNull().identity(new Identity(true, OptionalLong.of(10),
                            OptionalLong.empty()))),
                    Case.same(Column.of("token", new ColumnType.UuidType())),
                    Case.same(Column.of("document", new ColumnType.JsonType())),
                    Case.same(Column.of("code", new ColumnType.BinaryType(OptionalInt.of(16)))),
                    Case.same(Column.of("photo", new ColumnType.BinaryType(OptionalInt.empty()))),
                    Case.same(Column.of("ratio", new ColumnType.FloatType(OptionalInt.empty()))),
                    Case.same(Column.of("weight", new ColumnType.FloatType(OptionalInt.of(10)))),
                    Case.same(Column.of("score", new ColumnType.DoubleType())),
                    Case.same(Column.of("alarm", new ColumnType.TimeType(true))),
                    Case.same(Column.of("seen", new ColumnType.TimestampType(true))),
                    Case.same(Column.of("amount", new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty()))),
                    Case.same(Column.of("label", new ColumnType.StringType(OptionalInt.empty(), Optional.empty()))),
                    Case.same(Column.of("scores", new ColumnType.ArrayType(Types.INTEGER, 1))),
                    Case.same(Column.of("status", new ColumnType.EnumType(Optional.empty(), List.of("new", "old")))
                            .notNull().serverDefault(ServerDefault.literal("new"))),
                    Case.same(Column.of("flag", new ColumnType.BooleanType()).serverDefault(ServerDefault.literal(false))),
                    Case.same(Column.of("notes", Types.TEXT).comment("Free text"))),
                    List.of(Index.on(Optional.of("ix_sample_seen"), List.of("seen", "score")).unique(true)));
        }
    }

    @Test
    void sqliteTypesReadBackAsWritten() throws Exception {
        try (LiveDatabase database = LiveDatabase.sqlite(directory)) {
            assertRoundTrip(database, List.of(
                    Case.same(Column.of("id", Types.INTEGER).notNull().autoincrement(true)),
                    Case.same(Column.of("photo", new ColumnType.BinaryType(OptionalInt.empty()))),
                    Case.readsAs("VARBINARY(n) is kept as written", Column.of("code",
                            new ColumnType.BinaryType(OptionalInt.of(16))), new ColumnType.RawType("VARBINARY(16)")),
                    Case.same(Column.of("ratio", new ColumnType.FloatType(OptionalInt.empty()))),
                    Case.same(Column.of("score", new ColumnType.DoubleType())),
                    Case.same(Column.of("alarm", new ColumnType.TimeType(false))),
                    Case.readsAs("DATETIME has no time zone", Column.of("seen", new ColumnType.TimestampType(true)),
                            new ColumnType.TimestampType(false)),
                    Case.readsAs("a UUID is CHAR(32)", Column.of("token", new ColumnType.UuidType()),
                            new ColumnType.RawType("CHAR(32)")),
                    Case.readsAs("JSON is kept as written", Column.of("document", new ColumnType.JsonType()),
                            new ColumnType.RawType("JSON")),
                    Case.same(Column.of("amount", new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty()))),
                    Case.same(Column.of("flag", new ColumnType.BooleanType()).serverDefault(ServerDefault.literal(true))),
                    Case.same(Column.of("sorted", new ColumnType.TextType(Optional.of("NOCASE")))),
                    Case.same(Column.of("status", new ColumnType.EnumType(Optional.empty(), List.of("new", "old")))
                            .notNull().serverDefault(ServerDefault.literal("new"))),
                    Case.same(Column.of("seen_at", new ColumnType.TimestampType(false))
                            .serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP")))),
                    List.of(new Index(Optional.of("ix_sample_lower_sorted"), List.of(new SqlExpression("lower(sorted)")),
                            false, Optional.of("flag = 1"), Map.of())));
        }
    }

    /** Creates a table of the cases' columns, keyed by the first, and checks each column as it reads back. */
    private static void assertRoundTrip(LiveDatabase database, List<Case> cases, List<Index> indexes)
            throws SQLException {
        List<TableElement> elements = new ArrayList<>();
        cases.forEach(sample -> elements.add(sample.written()));
        elements.add(new dev.retort.schema.PrimaryKey(Optional.of("pk_sample"), List.of(cases.get(0).written().name())));
        elements.addAll(indexes);
        Table written = Table.of(SAMPLE, elements);
        database.execute(DdlCompilers.forDialect(database.dialect()).compile(new CreateTable(written, false)));

        Table read = SchemaReader.forDialect(database.dialect())
                .read(database.connection(), ReflectionScope.defaultSchema()).table(SAMPLE).orElseThrow();

        for (int i = 0; i < cases.size(); i++) {
            Case sample = cases.get(i);
            assertThat(read.columns().get(i)).as(sample.written().name() + " (" + sample.description() + ")")
                    .isEqualTo(written.column(sample.read().name()).orElseThrow().withType(sample.read().type()));
        }
        assertThat(read.indexes()).isEqualTo(indexes.stream().sorted(TableParts.INDEX_ORDER).toList());
    }
}
