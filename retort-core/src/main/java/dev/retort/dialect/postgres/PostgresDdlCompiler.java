package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.IdentifierTooLongException;
import dev.retort.dialect.ddl.IndexOptions;
import dev.retort.dialect.ddl.NamedEnumTypes;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropTable;
import dev.retort.op.Execute;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.SqlDialect;
import dev.retort.sql.SqlSplitter;
import dev.retort.sql.SqlSyntaxException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL, after Alembic's {@code ddl/postgresql.py}.
 *
 * <p>Enums are named types, created and dropped as SQLAlchemy does with the memo of created types it keeps
 * per migration context, as {@link #enumTypes()} knows them: a {@code CREATE TABLE} or {@code ADD COLUMN}
 * whose columns use an enum (or an array of one) is preceded by {@code CREATE TYPE name AS ENUM (...)} for
 * each type not known to exist, and a {@code DROP TABLE} or {@code DROP COLUMN} that knows the dropped
 * definition is followed by {@code DROP TYPE name} for each enum its columns use that no other column is
 * known to use and no later drop of the revision gives ({@link NamedEnumTypes#expectDrops}). Renamed tables
 * and columns, and columns altered to another type, keep that knowledge up to date. Offline a run knows only the types its own operations made; online it reads them from the
 * database first, so a type made before (by an earlier run, a SQL revision or {@code op.execute}) is used
 * as it is and one that another table still uses stays.
 */
public class PostgresDdlCompiler extends DdlCompiler {
    private static final Pattern INDEX_METHOD = Pattern.compile("[a-z_][a-z0-9_]*");
    /** The most bytes of an identifier PostgreSQL keeps (NAMEDATALEN - 1); it cuts longer ones silently. */
    static final int IDENTIFIER_BYTES = 63;

    public PostgresDdlCompiler(Dialect dialect) {
        super(dialect, new PostgresTypeCompiler(dialect), new PostgresLiterals(dialect));
    }

    /**
     * Refuses {@code COPY ... TO STDOUT}, as a SQL revision's is refused: its rows go to the client, which psql
     * prints and a migration has nowhere to put (the driver refuses it with a message about its own API).
     */
    @Override
    public List<String> visitExecute(Execute operation) {
        if (operation.sql().toUpperCase(Locale.ROOT).contains("STDOUT")) {
            try {
                SqlSplitter.split(operation.sql(), SqlDialect.POSTGRESQL);
            } catch (SqlSyntaxException e) {
                if (e.problem().startsWith("COPY ... TO STDOUT")) {
                    throw new UnsupportedOperationForDialectException("postgresql", "COPY ... TO STDOUT", e.problem());
                }
            }
        }
        return super.visitExecute(operation);
    }

    /** One identifier, quoted as needed; refused when PostgreSQL would cut it. */
    @Override
    public String name(String identifier) {
        return super.name(requireKept(identifier));
    }

    /** A table, index, sequence or type name and its schema; refused when PostgreSQL would cut either. */
    @Override
    public String table(QualifiedName table) {
        table.schema().ifPresent(PostgresDdlCompiler::requireKept);
        requireKept(table.name());
        return super.table(table);
    }

    private static String requireKept(String identifier) {
        int bytes = identifier.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > IDENTIFIER_BYTES) {
            throw new IdentifierTooLongException("postgresql", "PostgreSQL", identifier, bytes, IDENTIFIER_BYTES);
        }
        return identifier;
    }

    /**
     * {@code CREATE TYPE} for its new enums, then {@code CREATE TABLE}. A unique constraint on the columns of the
     * primary key, or of an earlier unique constraint, in the same order, is added after the table with {@code ALTER
     * TABLE ... ADD}: inside {@code CREATE TABLE} PostgreSQL keeps only the first of such constraints (the key
     * first), without a word, and the models would lack one for good. With {@code IF NOT EXISTS} it stays in the
     * table, since the table may already have it.
     */
    @Override
    public List<String> visitCreateTable(CreateTable operation) {
        Table table = operation.table();
        List<Constraint> inTable = new ArrayList<>();
        List<Constraint> afterTable = new ArrayList<>();
        Set<List<String>> indexed = new HashSet<>();
        table.primaryKey().ifPresent(key -> indexed.add(key.columns()));
        for (Constraint constraint : table.constraints()) {
            boolean merged = constraint instanceof UniqueConstraint unique && !indexed.add(unique.columns());
            (merged && !operation.ifNotExists() ? afterTable : inTable).add(constraint);
        }
        List<String> createTable = new ArrayList<>(super.visitCreateTable(
                new CreateTable(table.withConstraints(inTable), operation.ifNotExists())));
        createTable.addAll(1, afterTable.stream().map(unique -> addConstraint(table.name(), unique)).toList());
        List<String> statements = new ArrayList<>(createTypes(enumTypes().create(table.name(), table.columns())));
        statements.addAll(createTable);
        return statements;
    }

    @Override
    public List<String> visitAddColumn(AddColumn operation) {
        List<String> addColumn = super.visitAddColumn(operation);
        List<String> statements = new ArrayList<>(createTypes(enumTypes().create(operation.table(),
                List.of(operation.column()))));
        statements.addAll(addColumn);
        return statements;
    }

    /** {@code DROP TABLE}, then {@code DROP TYPE} for the enums of the dropped definition that no other table uses. */
    @Override
    public List<String> visitDropTable(DropTable operation) {
        List<String> statements = new ArrayList<>(super.visitDropTable(operation));
        List<Column> columns = operation.existing().map(Table::columns).orElse(List.of());
        statements.addAll(dropTypes(enumTypes().drop(operation.table(), Optional.empty(), requireNames(columns)),
                operation.ifExists()));
        return statements;
    }

    /** {@code DROP COLUMN}, then {@code DROP TYPE} for the enum of the dropped definition that no other column uses. */
    @Override
    public List<String> visitDropColumn(DropColumn operation) {
        List<String> statements = new ArrayList<>(super.visitDropColumn(operation));
        List<Column> columns = operation.existing().map(List::of).orElse(List.of());
        statements.addAll(dropTypes(enumTypes().drop(operation.table(), Optional.of(operation.column()),
                requireNames(columns)), operation.ifExists()));
        return statements;
    }

    @Override
    public List<String> visitRenameTable(RenameTable operation) {
        List<String> statements = super.visitRenameTable(operation);
        enumTypes().renameTable(operation.table(), operation.newName());
        return statements;
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn operation) {
        List<String> statements = super.visitAlterColumn(operation);
        String column = operation.change().newName().orElse(operation.column());
        operation.change().newName().ifPresent(newName ->
                enumTypes().renameColumn(operation.table(), operation.column(), newName));
        operation.change().type().ifPresent(type -> enumTypes().retype(operation.table(), column, type));
        return statements;
    }

    private List<String> createTypes(List<ColumnType.EnumType> types) {
        return types.stream()
                .map(type -> "CREATE TYPE " + name(type.name().orElseThrow()) + " AS ENUM (" + type.values().stream()
                        .map(this::literal).collect(Collectors.joining(", ")) + ")")
                .toList();
    }

    private List<String> dropTypes(List<String> types, boolean ifExists) {
        return types.stream().map(type -> "DROP TYPE " + (ifExists ? "IF EXISTS " : "") + name(type)).toList();
    }

    /** The columns, once each enum they use is known to have the name PostgreSQL needs. */
    private static List<Column> requireNames(List<Column> columns) {
        for (Column column : columns) {
            ColumnType type = column.type();
            while (type instanceof ColumnType.ArrayType array) {
                type = array.elementType();
            }
            if (type instanceof ColumnType.EnumType enumType) {
                PostgresTypeCompiler.requireName(enumType);
            }
        }
        return columns;
    }

    @Override
    protected String concurrently(boolean concurrently) {
        return concurrently ? "CONCURRENTLY " : "";
    }

    /** {@code postgresql_using} (an index method) and {@code postgresql_include} (columns), as SQLAlchemy reads them. */
    @Override
    protected Set<String> knownIndexOptions() {
        return Set.of("using", "include");
    }

    /** {@code USING method} from the index's {@code postgresql_using} option. */
    @Override
    protected String indexMethod(IndexOptions options) {
        return options.value("using").map(method -> {
            if (!INDEX_METHOD.matcher(method).matches()) {
                throw options.invalid("using", "the name of an index method such as btree, hash, gin, gist or brin");
            }
            return " USING " + method;
        }).orElse("");
    }

    /** {@code  INCLUDE (a, b)} from {@code postgresql_include}, then the {@code WHERE} of a partial index. */
    @Override
    protected String indexTrailer(Index index, IndexOptions options) {
        String include = options.names("include").map(columns -> " INCLUDE (" + columns(columns) + ")").orElse("");
        return include + super.indexTrailer(index, options);
    }

    @Override
    public TableDdl tables() {
        return new PostgresTableDdl(this);
    }

    @Override
    protected ColumnAlterations alterations() {
        return new PostgresColumnAlterations(this);
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    /**
     * The values of an array column as the text PostgreSQL reads into any array type, {@code '{"a","b"}'}: an
     * array of an enum type takes it, where {@code ARRAY['a', 'b']} would be a {@code text[]}.
     */
    @Override
    protected String arrayLiteral(List<?> elements) {
        return literal(arrayText(elements));
    }

    private static String arrayText(List<?> elements) {
        return elements.stream().map(element -> element == null ? "NULL"
                : element instanceof List<?> inner ? arrayText(inner)
                : "\"" + elementText(element).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** An element as its type's input reads it. */
    private static String elementText(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        } else if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            return value.toString().replace('T', ' ');
        }
        return value.toString();
    }
}
