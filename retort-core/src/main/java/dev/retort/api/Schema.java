package dev.retort.api;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a revision builds schema objects from, to import statically
 * ({@code import static dev.retort.api.Schema.*;}): column types, columns, constraints, indexes, server
 * defaults, sequences, rows for {@link Operations#bulkInsert}, column positions, and the constants of
 * foreign key actions and constraint kinds.
 */
public final class Schema {

    /** {@code SMALLINT}. */
    public static final ColumnType SMALL_INTEGER = new ColumnType.IntegerType(Width.SMALL);
    /** {@code INTEGER}. */
    public static final ColumnType INTEGER = new ColumnType.IntegerType(Width.NORMAL);
    /** {@code BIGINT}. */
    public static final ColumnType BIG_INTEGER = new ColumnType.IntegerType(Width.BIG);
    /** {@code FLOAT}. */
    public static final ColumnType FLOAT = new ColumnType.FloatType(OptionalInt.empty());
    /** {@code DOUBLE PRECISION}. */
    public static final ColumnType DOUBLE = new ColumnType.DoubleType();
    /** Unbounded text. */
    public static final ColumnType TEXT = new ColumnType.TextType(Optional.empty());
    /** {@code BOOLEAN}. */
    public static final ColumnType BOOLEAN = new ColumnType.BooleanType();
    /** {@code DATE}. */
    public static final ColumnType DATE = new ColumnType.DateType();
    /** {@code TIME} without time zone. */
    public static final ColumnType TIME = new ColumnType.TimeType(false);
    /** {@code TIME WITH TIME ZONE}. */
    public static final ColumnType TIME_WITH_TIME_ZONE = new ColumnType.TimeType(true);
    /** {@code TIMESTAMP} without time zone. */
    public static final ColumnType TIMESTAMP = new ColumnType.TimestampType(false);
    /** {@code TIMESTAMP WITH TIME ZONE}. */
    public static final ColumnType TIMESTAMP_WITH_TIME_ZONE = new ColumnType.TimestampType(true);
    /** The database's large binary type ({@code BLOB}, {@code BYTEA}). */
    public static final ColumnType BINARY = new ColumnType.BinaryType(OptionalInt.empty());
    /** A UUID. */
    public static final ColumnType UUID = new ColumnType.UuidType();
    /** A JSON document. */
    public static final ColumnType JSON = new ColumnType.JsonType();

    /** {@code ON DELETE/UPDATE CASCADE}. */
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    /** {@code ON DELETE/UPDATE SET NULL}. */
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    /** {@code ON DELETE/UPDATE SET DEFAULT}. */
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;
    /** {@code ON DELETE/UPDATE RESTRICT}. */
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    /** {@code ON DELETE/UPDATE NO ACTION}. */
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;

    /** A primary key, for {@link Operations#dropConstraint(String, String, ConstraintKind)}. */
    public static final ConstraintKind PRIMARY_KEY = ConstraintKind.PRIMARY_KEY;
    /** A unique constraint. */
    public static final ConstraintKind UNIQUE = ConstraintKind.UNIQUE;
    /** A foreign key. */
    public static final ConstraintKind FOREIGN_KEY = ConstraintKind.FOREIGN_KEY;
    /** A check constraint. */
    public static final ConstraintKind CHECK = ConstraintKind.CHECK;

    private Schema() {
    }

    // ----- types

    /** {@code NUMERIC} with the database's default precision. */
    public static ColumnType numeric() {
        return new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty());
    }

    /** {@code NUMERIC(precision)}. */
    public static ColumnType numeric(int precision) {
        return new ColumnType.NumericType(OptionalInt.of(precision), OptionalInt.empty());
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType.NumericType(OptionalInt.of(precision), OptionalInt.of(scale));
    }

    /** {@code FLOAT(precision)}, the precision in bits. */
    public static ColumnType floatType(int precision) {
        return new ColumnType.FloatType(OptionalInt.of(precision));
    }

    /** {@code VARCHAR} without a length, where the database allows it. */
    public static ColumnType string() {
        return new ColumnType.StringType(OptionalInt.empty(), Optional.empty());
    }

    /** {@code VARCHAR(length)}. */
    public static ColumnType string(int length) {
        return new ColumnType.StringType(OptionalInt.of(length), Optional.empty());
    }

    /** {@code VARCHAR(length) COLLATE collation}. */
    public static ColumnType string(int length, String collation) {
        return new ColumnType.StringType(OptionalInt.of(length), Optional.of(collation));
    }

    /** {@code VARBINARY(length)}. */
    public static ColumnType binary(int length) {
        return new ColumnType.BinaryType(OptionalInt.of(length));
    }

    /** An enum of {@code values}, a named type where the database has them (PostgreSQL). */
    public static ColumnType enumType(String name, String... values) {
        return new ColumnType.EnumType(Optional.of(name), List.of(values));
    }

    /** A one-dimensional array of {@code elementType}. */
    public static ColumnType arrayOf(ColumnType elementType) {
        return new ColumnType.ArrayType(elementType, 1);
    }

    /** An array of {@code elementType} with {@code dimensions} dimensions. */
    public static ColumnType arrayOf(ColumnType elementType, int dimensions) {
        return new ColumnType.ArrayType(elementType, dimensions);
    }

    /** A type of one database, as it names it: {@code dialectType("mysql", "tinyint", "1")}. */
    public static ColumnType dialectType(String dialect, String name, String... arguments) {
        return new ColumnType.DialectType(dialect, name, List.of(arguments));
    }

    /** A PostgreSQL type: {@code postgresql("jsonb")}, {@code postgresql("inet")}. */
    public static ColumnType postgresql(String name, String... arguments) {
        return dialectType("postgresql", name, arguments);
    }

    /** A MySQL or MariaDB type: {@code mysql("mediumtext")}, {@code mysql("tinyint", "1")}. */
    public static ColumnType mysql(String name, String... arguments) {
        return dialectType("mysql", name, arguments);
    }

    /** A type written as it is, on every database. */
    public static ColumnType rawType(String sql) {
        return new ColumnType.RawType(sql);
    }

    // ----- columns, defaults, tables

    /** A nullable column; chain {@code .notNull()}, {@code .primaryKey()}, {@code .serverDefault(...)}, ... */
    public static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    /** A SQL expression written as it is: a server default or an index element. */
    public static SqlExpression sql(String expression) {
        return new SqlExpression(expression);
    }

    /**
     * How a column is computed and kept: {@code column("total", INTEGER).computed(stored("price * quantity"))},
     * the same as {@code .computed("price * quantity")}.
     */
    public static Computed stored(String expression) {
        return Computed.stored(expression);
    }

    /** How a column is computed when read: {@code .computed(virtual("price * quantity"))} (not on PostgreSQL 15). */
    public static Computed virtual(String expression) {
        return Computed.virtual(expression);
    }

    /** A literal server default, quoted by the database: a string, number or boolean. */
    public static ServerDefault literal(Object value) {
        return new ServerDefault.Literal(value);
    }

    /** A table definition, for {@link Operations#dropTable(Table)}, bulk inserts and batch {@code copyFrom}. */
    public static Table table(String name, TableElement... elements) {
        return Table.of(QualifiedName.of(name), List.of(elements));
    }

    /** A table definition in {@code schema}. */
    public static Table table(QualifiedName name, TableElement... elements) {
        return Table.of(name, List.of(elements));
    }

    /** A table name in a schema: {@code qualified("billing", "account")}. */
    public static QualifiedName qualified(String schema, String name) {
        return QualifiedName.of(schema, name);
    }

    /** A column position in a batch: just before {@code column}. */
    public static ColumnPosition before(String column) {
        return ColumnPosition.before(column);
    }

    /** A column position in a batch: just after {@code column}. */
    public static ColumnPosition after(String column) {
        return ColumnPosition.after(column);
    }

    // ----- constraints and indexes

    /** A named primary key, as an element of {@link Operations#createTable}. */
    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(Optional.of(name), List.of(columns));
    }

    /** A named unique constraint. */
    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(Optional.of(name), List.of(columns));
    }

    /** A named check constraint; {@code condition} is SQL written as it is. */
    public static CheckConstraint check(String name, String condition) {
        return new CheckConstraint(Optional.of(name), condition);
    }

    /** A check constraint the database names; {@code condition} is SQL written as it is. */
    public static CheckConstraint check(String condition) {
        return new CheckConstraint(Optional.empty(), condition);
    }

    /** A named foreign key; chain {@code .onDelete(CASCADE)} and the like. */
    public static ForeignKey foreignKey(String name, List<String> columns, String referentTable,
            List<String> referentColumns) {
        return ForeignKey.of(Optional.of(name), columns, QualifiedName.of(referentTable), referentColumns);
    }

    /** A named foreign key to a table in another schema. */
    public static ForeignKey foreignKey(String name, List<String> columns, QualifiedName referentTable,
            List<String> referentColumns) {
        return ForeignKey.of(Optional.of(name), columns, referentTable, referentColumns);
    }

    /** An index on columns; chain {@code .unique(true)}, {@code .where(...)}, {@code .dialectOption(...)}. */
    public static Index index(String name, String... columns) {
        return Index.on(Optional.of(name), List.of(columns));
    }

    /** An index on expressions (and columns): {@code index("ix_lower_name", sql("lower(name)"))}. */
    public static Index index(String name, IndexElement... elements) {
        return new Index(Optional.of(name), List.of(elements), false, Optional.empty(), Map.of());
    }

    /** A unique index on columns. */
    public static Index uniqueIndex(String name, String... columns) {
        return index(name, columns).unique(true);
    }

    // ----- sequences

    /**
     * An identity {@code GENERATED ALWAYS}, for {@code column(...).identity(...)} or
     * {@code alter.identity(...)}; {@code .start(100).increment(10)} set its numbers.
     */
    public static Identity generatedAlways() {
        return Identity.generatedAlways();
    }

    /** An identity {@code GENERATED BY DEFAULT}: an explicit value may still be inserted. */
    public static Identity generatedByDefault() {
        return Identity.byDefault();
    }

    /**
     * A sequence with the database's defaults (start at 1, step 1); chain {@code .start(1000)},
     * {@code .increment(10)}, {@code .minValue(...)}, {@code .maxValue(...)}, {@code .cycle(true)}.
     */
    public static Sequence sequence(String name) {
        return Sequence.of(QualifiedName.of(name));
    }

    /** A sequence in a schema: {@code sequence(qualified("billing", "invoice_number"))}. */
    public static Sequence sequence(QualifiedName name) {
        return Sequence.of(name);
    }

    // ----- data

    /**
     * A row for {@link Operations#bulkInsert}, from alternating column names and values:
     * {@code row("id", 1, "name", "alice")}. Values may be null.
     */
    public static Map<String, Object> row(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new SchemaDefinitionException("row " + Arrays.toString(namesAndValues),
                    "give a column name and a value for each column");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new SchemaDefinitionException("row " + Arrays.toString(namesAndValues),
                        "item " + (i + 1) + " should be a column name, not " + namesAndValues[i]);
            }
            row.put(name, namesAndValues[i + 1]);
        }
        return row;
    }
}
