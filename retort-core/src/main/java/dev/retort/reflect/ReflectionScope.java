package dev.retort.reflect;

import dev.retort.config.RetortConfig;
import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a {@link SchemaReader} reads: the connection's default schema (its tables named without a
 * schema), other schemas by name (PostgreSQL or H2 schemas, MySQL/MariaDB databases; their tables named
 * with it), and the version table to leave out wherever it is. Start from {@link #defaultSchema()}.
 */
public record ReflectionScope(boolean includeDefaultSchema, List<String> schemas, QualifiedName versionTable) {

    public ReflectionScope {
        Objects.requireNonNull(schemas, "schemas");
        schemas.forEach(schema -> Names.require(schema, "schema to reflect"));
        if (schemas.stream().distinct().count() != schemas.size()) {
            throw new SchemaDefinitionException("schemas to reflect " + schemas, "a schema is listed twice");
        }
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(versionTable, "versionTable");
        if (!includeDefaultSchema && schemas.isEmpty()) {
            throw new SchemaDefinitionException("reflection scope", "it names no schema; include the default schema "
                    + "or name at least one");
        }
    }

    /** The default schema, without the version table of the default name ({@code retort_version}). */
    public static ReflectionScope defaultSchema() {
        return new ReflectionScope(true, List.of(), QualifiedName.of(RetortConfig.DEFAULT_VERSION_TABLE));
    }

    /** Only the schemas named, not the default one. */
    public static ReflectionScope schemas(String... names) {
        return new ReflectionScope(false, List.of(names), QualifiedName.of(RetortConfig.DEFAULT_VERSION_TABLE));
    }

    /** This scope with more schemas. */
    public ReflectionScope withSchemas(String... names) {
        return new ReflectionScope(includeDefaultSchema, Stream.concat(schemas.stream(), Stream.of(names)).toList(),
                versionTable);
    }

    /** This scope leaving out another version table, such as {@code alembic_version}. */
    public ReflectionScope withVersionTable(QualifiedName table) {
        return new ReflectionScope(includeDefaultSchema, schemas, table);
    }

    /**
     * Whether {@code table} is named as the version table, or as the table beside it where a run records the
     * revision in progress (left by a run that did not finish one), in whatever schema: the version table may be
     * found through the search path, its schema may be the default one spelled out, and other schemas may hold
     * the version tables of other applications or tenants, none of them the models' to drop.
     */
    public boolean isVersionTable(QualifiedName table) {
        return table.name().equals(versionTable.name())
                || table.name().equals(RetortConfig.progressTable(versionTable.name()));
    }
}
