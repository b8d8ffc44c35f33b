package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.IndexOptions;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.op.AddColumn;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL, after Alembic's {@code ddl/postgresql.py}.
 *
 * <p>Enums are named types. Keeping it simple, as SQLAlchemy's {@code create_type=True} does: a
 * {@code CREATE TABLE} or {@code ADD COLUMN} whose columns use an enum is preceded by
 * {@code CREATE TYPE name AS ENUM (...)}, and a {@code DROP TABLE} or {@code DROP COLUMN} that knows the
 * dropped definition is followed by {@code DROP TYPE name} for each enum its columns use. An enum type that
 * already exists, shared with another table, is named with a raw type instead.
 */
public class PostgresDdlCompiler extends DdlCompiler {
    private static final Pattern INDEX_METHOD = Pattern.compile("[a-z_][a-z0-9_]*");

    public PostgresDdlCompiler(Dialect dialect) {
        super(dialect, new PostgresTypeCompiler(dialect), new PostgresLiterals(dialect));
    }

    @Override
    public List<String> visitCreateTable(CreateTable operation) {
        List<String> statements = new ArrayList<>(createEnums(operation.table().columns()));
        statements.addAll(super.visitCreateTable(operation));
        return statements;
    }

    @Override
    public List<String> visitAddColumn(AddColumn operation) {
        List<String> statements = new ArrayList<>(createEnums(List.of(operation.column())));
        statements.addAll(super.visitAddColumn(operation));
        return statements;
    }

    @Override
    public List<String> visitDropTable(DropTable operation) {
        List<String> statements = new ArrayList<>(super.visitDropTable(operation));
        List<Column> columns = operation.existing().map(Table::columns).orElse(List.of());
        enums(columns).keySet().forEach(name -> statements.add("DROP TYPE "
                + (operation.ifExists() ? "IF EXISTS " : "") + name(name)));
        return statements;
    }

    /** {@code DROP COLUMN}, then {@code DROP TYPE} for the enum the dropped column's definition says it used. */
    @Override
    public List<String> visitDropColumn(DropColumn operation) {
        List<String> statements = new ArrayList<>(super.visitDropColumn(operation));
        List<Column> columns = operation.existing().map(List::of).orElse(List.of());
        enums(columns).keySet().forEach(name -> statements.add("DROP TYPE "
                + (operation.ifExists() ? "IF EXISTS " : "") + name(name)));
        return statements;
    }

    private List<String> createEnums(List<Column> columns) {
        return enums(columns).entrySet().stream()
                .map(entry -> "CREATE TYPE " + name(entry.getKey()) + " AS ENUM (" + entry.getValue().values().stream()
                        .map(this::literal).collect(Collectors.joining(", ")) + ")")
                .toList();
    }

    /** The enum types the columns use, by name, each once. */
    private static Map<String, ColumnType.EnumType> enums(List<Column> columns) {
        Map<String, ColumnType.EnumType> enums = new LinkedHashMap<>();
        for (Column column : columns) {
            ColumnType type = column.type();
            while (type instanceof ColumnType.ArrayType array) {
                type = array.elementType();
            }
            if (type instanceof ColumnType.EnumType enumType) {
                enums.putIfAbsent(PostgresTypeCompiler.requireName(enumType), enumType);
            }
        }
        return enums;
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
}
