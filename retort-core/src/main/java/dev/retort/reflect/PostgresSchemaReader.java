package dev.retort.reflect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a PostgreSQL schema with six catalog queries whatever its size: tables, columns, constraints,
 * indexes, enum types and sequences, from {@code pg_catalog}. A {@code SERIAL} column (an integer whose
 * default is {@code nextval} of a sequence it owns) reads as the autoincrement column it was made from,
 * without the default and without its sequence; an identity column reads with its {@link Identity}, a
 * generated column with its {@link Computed} expression (and no default).
 * Indexes that back a primary key, unique or exclusion constraint are the constraint's, not indexes.
 */
final class PostgresSchemaReader implements SchemaReader {
    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, ds.description AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname IN ({schemas})
            """;
    private static final String COLUMNS = """
            WITH owned AS (
                SELECT DISTINCT ON (dep.refobjid, dep.refobjsubid) dep.refobjid, dep.refobjsubid, dep.deptype,
                       s.seqstart, s.seqincrement
                FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid
                WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
                  AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
                ORDER BY dep.refobjid, dep.refobjsubid, dep.deptype DESC)
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type_sql, a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid) AS default_sql, a.attidentity, a.attgenerated,
                   ds.description AS comment, a.attndims, t.typtype, t.typname,
                   tn.nspname AS type_schema, et.typtype AS element_typtype, et.typname AS element_name,
                   etn.nspname AS element_schema, format_type(et.oid, a.atttypmod) AS element_sql,
                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN co.collname END AS collation,
                   o.deptype, o.seqstart, o.seqincrement
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
            LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass
                 AND ds.objsubid = a.attnum
            LEFT JOIN owned o ON o.refobjid = a.attrelid AND o.refobjsubid = a.attnum
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname IN ({schemas})
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;
    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, pos)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.pos) AS columns,
                   rn.nspname AS referred_schema, rc.relname AS referred_table,
                   CASE WHEN con.contype = 'f' THEN
                     ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)
                           JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos)
                   END AS referred_columns,
                   con.confdeltype, con.confupdtype, con.confmatchtype, con.condeferrable, con.condeferred,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END AS definition
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND n.nspname IN ({schemas})
            """;
    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, am.amname,
                   ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN '(' || pg_get_indexdef(i.indexrelid, k, true) || ')'
                                ELSE (SELECT a.attname FROM pg_attribute a
                                      WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS elements,
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS definitions,
                   ARRAY(SELECT CASE i.indoption[k - 1] & 3 WHEN 1 THEN ' DESC NULLS LAST' WHEN 2 THEN ' NULLS FIRST'
                                WHEN 3 THEN ' DESC' ELSE '' END
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS orders,
                   pg_get_expr(i.indpred, i.indrelid, true) AS predicate
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname IN ({schemas})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                              AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
            """;
    private static final String OTHER_SCHEMAS = """
            SELECT nspname FROM pg_namespace
            WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
              AND nspname IS DISTINCT FROM current_schema()
            ORDER BY nspname
            """;
    private static final String ENUMS = """
            SELECT n.nspname, t.typname, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid
                                               ORDER BY e.enumsortorder) AS labels
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e'
            """;
    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle,
                   format_type(s.seqtypid, NULL) AS type_sql
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ({schemas})
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                              AND d.deptype IN ('a', 'i'))
            """;

    @Override
    public DatabaseSchema read(Connection connection, ReflectionScope scope) {
        try {
            SchemaNames names = SchemaNames.of("PostgreSQL", scope, connection.getSchema(), name -> name, name -> name);
            Map<TypeName, EnumTypeDefinition> enums = enums(connection, names);
            Map<Long, TableParts> tables = tables(connection, names, scope);
            columns(connection, names, tables, enums);
            constraints(connection, names, tables);
            indexes(connection, names, tables);
            List<Table> built = tables.values().stream().map(TableParts::table).toList();
            List<EnumTypeDefinition> enumTypes = enums.entrySet().stream()
                    .filter(entry -> names.queried().contains(entry.getKey().schema()))
                    .map(Map.Entry::getValue).toList();
            return new DatabaseSchema(built, sequences(connection, names), enumTypes);
        } catch (SQLException e) {
            throw new CatalogReadException("PostgreSQL", "a catalog query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> defaultSchema(Connection connection) {
        try {
            return Optional.ofNullable(connection.getSchema());
        } catch (SQLException e) {
            throw new CatalogReadException("PostgreSQL", "the current schema cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> otherSchemas(Connection connection) {
        try {
            return CatalogQuery.rows(connection, OTHER_SCHEMAS, List.of(), row -> row.getString(1));
        } catch (SQLException e) {
            throw new CatalogReadException("PostgreSQL", "the schemas cannot be listed: " + e.getMessage(), e);
        }
    }

    private Map<Long, TableParts> tables(Connection connection, SchemaNames names, ReflectionScope scope)
            throws SQLException {
        Map<Long, TableParts> tables = new LinkedHashMap<>();
        for (TableRow row : CatalogQuery.rows(connection, TABLES, names.queried(), TableRow::read)) {
            QualifiedName name = names.name(row.schema, row.name);
            if (!scope.isVersionTable(name)) {
                tables.put(row.oid, new TableParts(name, Optional.ofNullable(row.comment)));
            }
        }
        return tables;
    }

    private record TableRow(long oid, String schema, String name, String comment) {
        static TableRow read(ResultSet row) throws SQLException {
            return new TableRow(row.getLong("oid"), row.getString("nspname"), row.getString("relname"),
                    row.getString("comment"));
        }
    }

    private void columns(Connection connection, SchemaNames names, Map<Long, TableParts> tables,
            Map<TypeName, EnumTypeDefinition> enums) throws SQLException {
        for (ColumnRow row : CatalogQuery.rows(connection, COLUMNS, names.queried(), ColumnRow::read)) {
            TableParts table = tables.get(row.table);
            if (table == null) {
                continue;
            }
            ColumnType type = columnType(row, enums);
            Column column = Column.of(row.name, type).nullable(!row.notNull);
            if (row.comment != null) {
                column = column.comment(row.comment);
            }
            if (row.generated != null && !row.generated.isEmpty()) {
                // the expression is kept in pg_attrdef like a default, but it is no default
                Computed computed = new Computed(new SqlExpression(SqlText.unwrapped(row.defaultSql)),
                        "s".equals(row.generated));
                table.column(column.computed(computed));
            } else if (row.identity != null && !row.identity.isEmpty()) {
                table.column(column.identity(identity(row)));
            } else if ("a".equals(row.dependency) && row.defaultSql != null && row.defaultSql.startsWith("nextval(")
                    && type instanceof ColumnType.IntegerType) {
                Column explicit = column.serverDefault(ServerDefault.sql(row.defaultSql));
                table.numberedColumn(column, explicit);
            } else {
                Optional<ServerDefault> value = PostgresTypes.serverDefault(row.defaultSql, type);
                table.column(value.isPresent() ? column.serverDefault(value.get()) : column);
            }
        }
    }

    private record ColumnRow(long table, String name, String typeSql, boolean notNull, String defaultSql,
            String identity, String generated, String comment, int dimensions, String typeKind, String typeName,
            String typeSchema, String elementKind, String elementName, String elementSchema, String elementSql,
            String collation, String dependency, OptionalLong sequenceStart, OptionalLong sequenceIncrement) {
        static ColumnRow read(ResultSet row) throws SQLException {
            return new ColumnRow(row.getLong("attrelid"), row.getString("attname"), row.getString("type_sql"),
                    row.getBoolean("attnotnull"), row.getString("default_sql"), row.getString("attidentity"),
                    row.getString("attgenerated"), row.getString("comment"), row.getInt("attndims"),
                    row.getString("typtype"), row.getString("typname"), row.getString("type_schema"),
                    row.getString("element_typtype"), row.getString("element_name"), row.getString("element_schema"),
                    row.getString("element_sql"), row.getString("collation"), row.getString("deptype"),
                    CatalogQuery.optionalLong(row, "seqstart"), CatalogQuery.optionalLong(row, "seqincrement"));
        }
    }

    private static ColumnType columnType(ColumnRow row, Map<TypeName, EnumTypeDefinition> enums) {
        if ("e".equals(row.typeKind)) {
            return enums.get(new TypeName(row.typeSchema, row.typeName)).type();
        }
        if (row.elementName != null) {
            ColumnType element = "e".equals(row.elementKind)
                    ? enums.get(new TypeName(row.elementSchema, row.elementName)).type()
                    : PostgresTypes.type(row.elementSql, Optional.empty());
            return new ColumnType.ArrayType(element, Math.max(1, row.dimensions));
        }
        return PostgresTypes.type(row.typeSql, Optional.ofNullable(row.collation));
    }

    /** The identity, its start and increment only where they are not the defaults (1 and 1). */
    private static Identity identity(ColumnRow row) {
        OptionalLong increment = row.sequenceIncrement.isPresent() && row.sequenceIncrement.getAsLong() != 1
                ? row.sequenceIncrement : OptionalLong.empty();
        long defaultStart = increment.isPresent() && increment.getAsLong() < 0 ? -1 : 1;
        OptionalLong start = row.sequenceStart.isPresent() && row.sequenceStart.getAsLong() != defaultStart
                ? row.sequenceStart : OptionalLong.empty();
        return new Identity("a".equals(row.identity), start, increment);
    }

    private void constraints(Connection connection, SchemaNames names, Map<Long, TableParts> tables)
            throws SQLException {
        for (ConstraintRow row : CatalogQuery.rows(connection, CONSTRAINTS, names.queried(), ConstraintRow::read)) {
            TableParts table = tables.get(row.table);
            if (table == null) {
                continue;
            }
            Optional<String> name = Optional.of(row.name);
            switch (row.type) {
                case "p" -> table.primaryKey(new PrimaryKey(name, row.columns));
                case "u" -> table.constraint(new UniqueConstraint(name, row.columns));
                case "f" -> table.constraint(foreignKey(row, names));
                default -> table.constraint(new CheckConstraint(name, checkCondition(row.definition)));
            }
        }
    }

    private record ConstraintRow(long table, String name, String type, List<String> columns, String referredSchema,
            String referredTable, List<String> referredColumns, String onDelete, String onUpdate, String match,
            boolean deferrable, boolean deferred, String definition) {
        static ConstraintRow read(ResultSet row) throws SQLException {
            return new ConstraintRow(row.getLong("conrelid"), row.getString("conname"), row.getString("contype"),
                    CatalogQuery.strings(row, "columns"), row.getString("referred_schema"),
                    row.getString("referred_table"), CatalogQuery.strings(row, "referred_columns"),
                    row.getString("confdeltype"), row.getString("confupdtype"), row.getString("confmatchtype"),
                    row.getBoolean("condeferrable"), row.getBoolean("condeferred"), row.getString("definition"));
        }
    }

    /** A foreign key; options PostgreSQL reports for every key (no action, match simple) are left unset. */
    private static ForeignKey foreignKey(ConstraintRow row, SchemaNames names) {
        return new ForeignKey(Optional.of(row.name), row.columns, names.name(row.referredSchema, row.referredTable),
                row.referredColumns, action(row.onDelete), action(row.onUpdate),
                row.deferrable ? Optional.of(true) : Optional.empty(),
                row.deferred ? Optional.of(ForeignKey.Initially.DEFERRED) : Optional.empty(), match(row.match));
    }

    private static Optional<ReferentialAction> action(String code) {
        return switch (code) {
            case "c" -> Optional.of(ReferentialAction.CASCADE);
            case "n" -> Optional.of(ReferentialAction.SET_NULL);
            case "d" -> Optional.of(ReferentialAction.SET_DEFAULT);
            case "r" -> Optional.of(ReferentialAction.RESTRICT);
            default -> Optional.empty();
        };
    }

    private static Optional<ForeignKey.Match> match(String code) {
        return switch (code) {
            case "f" -> Optional.of(ForeignKey.Match.FULL);
            case "p" -> Optional.of(ForeignKey.Match.PARTIAL);
            default -> Optional.empty();
        };
    }

    /** {@code CHECK ((price > 0))} as {@code price > 0}. */
    private static String checkCondition(String definition) {
        String text = definition.trim();
        if (text.endsWith("NOT VALID")) {
            text = text.substring(0, text.length() - "NOT VALID".length()).trim();
        }
        if (text.startsWith("CHECK")) {
            text = text.substring("CHECK".length());
        }
        return SqlText.unwrapped(SqlText.unwrapped(text));
    }

    private void indexes(Connection connection, SchemaNames names, Map<Long, TableParts> tables) throws SQLException {
        for (IndexRow row : CatalogQuery.rows(connection, INDEXES, names.queried(), IndexRow::read)) {
            TableParts table = tables.get(row.table);
            if (table == null) {
                continue;
            }
            List<IndexElement> elements = new ArrayList<>();
            for (int k = 0; k < row.elements.size(); k++) {
                elements.add(indexElement(row.elements.get(k), row.definitions.get(k), row.orders.get(k)));
            }
            Index index = new Index(Optional.of(row.name), elements, row.unique, Optional.ofNullable(row.predicate),
                    Map.of());
            table.index(row.method.equals("btree") ? index : index.dialectOption("postgresql_using", row.method));
        }
    }

    /**
     * A column or an expression; one in another order than ascending with nulls last is the expression the models
     * write for it, the column's name quoted as needed: {@code b DESC}, {@code lower(name) NULLS FIRST}.
     */
    private static IndexElement indexElement(String element, String definition, String order) {
        boolean expression = element.startsWith("(");
        if (order.isEmpty()) {
            return expression ? new SqlExpression(SqlText.unwrapped(element)) : new IndexColumn(element);
        }
        return new SqlExpression((expression ? SqlText.unwrapped(element) : definition) + order);
    }

    private record IndexRow(long table, String name, boolean unique, String method, List<String> elements,
            List<String> definitions, List<String> orders, String predicate) {
        static IndexRow read(ResultSet row) throws SQLException {
            return new IndexRow(row.getLong("indrelid"), row.getString("relname"), row.getBoolean("indisunique"),
                    row.getString("amname"), CatalogQuery.strings(row, "elements"),
                    CatalogQuery.strings(row, "definitions"), CatalogQuery.strings(row, "orders"),
                    row.getString("predicate"));
        }
    }

    /** A type as the catalog names it. */
    private record TypeName(String schema, String name) {
    }

    /** Every enum type of the database, so that columns can use one from another schema. */
    private Map<TypeName, EnumTypeDefinition> enums(Connection connection, SchemaNames names) throws SQLException {
        Map<TypeName, EnumTypeDefinition> enums = new LinkedHashMap<>();
        CatalogQuery.rows(connection, ENUMS, List.of(), row -> {
            String schema = row.getString("nspname");
            String name = row.getString("typname");
            List<String> labels = CatalogQuery.strings(row, "labels");
            enums.put(new TypeName(schema, name), new EnumTypeDefinition(names.name(schema, name),
                    new ColumnType.EnumType(Optional.of(name), labels)));
            return name;
        });
        return enums;
    }

    private List<Sequence> sequences(Connection connection, SchemaNames names) throws SQLException {
        return CatalogQuery.rows(connection, SEQUENCES, names.queried(), row -> SequenceDefaults.normalised(
                names.name(row.getString("nspname"), row.getString("relname")), row.getLong("seqstart"),
                row.getLong("seqincrement"), row.getLong("seqmin"), row.getLong("seqmax"), row.getBoolean("seqcycle"),
                SequenceDefaults.Bounds.ofType(row.getString("type_sql"))));
    }
}
