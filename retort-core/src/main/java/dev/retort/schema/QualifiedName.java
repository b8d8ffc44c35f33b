package dev.retort.schema;

import java.util.Optional;

/**
 * The name of a table (or index) with the schema it lives in; no schema means the connection's default
 * schema. {@code QualifiedName.of("reporting", "account")} renders as {@code reporting.account} before
 * quoting.
 */
public record QualifiedName(Optional<String> schema, String name) {

    public QualifiedName {
        schema = Names.requireOptional(schema, "schema of " + name);
        name = Names.require(name, "table name");
    }

    /** A name in the default schema. */
    public static QualifiedName of(String name) {
        return new QualifiedName(Optional.empty(), name);
    }

    /** A name in {@code schema}. */
    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(Optional.of(schema), name);
    }

    /** A name in the given schema if any, else in the default schema. */
    public static QualifiedName of(Optional<String> schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** The same schema, another name: the target of a rename, an index beside its table. */
    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    /** {@code schema.name}, or {@code name} in the default schema. */
    @Override
    public String toString() {
        return schema.map(value -> value + "." + name).orElse(name);
    }
}
