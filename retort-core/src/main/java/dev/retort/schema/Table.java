package dev.retort.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table: its qualified name, columns in order, primary key, other constraints, indexes and comment.
 *
 * <p>A table is always in one normal form, so that two tables that mean the same are equal: the
 * constraints written on columns ({@link Column.Inline}) become table-level constraints, a
 * {@link PrimaryKey} listed among the constraints moves to {@link #primaryKey()}, and primary key columns
 * are {@code NOT NULL}. Every constraint and index must name columns the table has. Build one with
 * {@link #of(QualifiedName, List)} from the elements as a revision lists them.
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        Optional<PrimaryKey> primaryKey,
        List<Constraint> constraints,
        List<Index> indexes,
        Optional<String> comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns of table " + name);
        Objects.requireNonNull(primaryKey, "primaryKey");
        Objects.requireNonNull(constraints, "constraints of table " + name);
        indexes = List.copyOf(indexes);
        comment = Names.requireOptionalText(comment, "comment of table " + name);
        TableNormalForm normal = TableNormalForm.of(name, columns, primaryKey, constraints);
        columns = normal.columns();
        primaryKey = normal.primaryKey();
        constraints = normal.constraints();
        requireKnownColumns(name, columns, primaryKey, constraints, indexes);
        requireUniqueNames(name, constraints, indexes);
    }

    /** A table made of {@code elements}: columns, constraints and indexes in any order. */
    public static Table of(QualifiedName name, List<? extends TableElement> elements) {
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column);
            } else if (element instanceof Constraint constraint) {
                constraints.add(constraint);
            } else {
                indexes.add((Index) element);
            }
        }
        return new Table(name, columns, Optional.empty(), constraints, indexes, Optional.empty());
    }

    /** The column named {@code columnName}, if the table has it. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /** This table under another name, such as the same name in a schema. */
    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, constraints, indexes, comment);
    }

    /** This table with these constraints instead of its own (its primary key stays). */
    public Table withConstraints(List<Constraint> replaced) {
        return new Table(name, columns, primaryKey, replaced, indexes, comment);
    }

    /** This table with a comment, or without one. */
    public Table withComment(Optional<String> text) {
        return new Table(name, columns, primaryKey, constraints, indexes, text);
    }

    private static void requireKnownColumns(QualifiedName table, List<Column> columns,
            Optional<PrimaryKey> primaryKey, List<Constraint> constraints, List<Index> indexes) {
        Set<String> known = new HashSet<>();
        columns.forEach(column -> known.add(column.name()));
        Set<String> unknown = new LinkedHashSet<>();
        primaryKey.ifPresent(key -> unknown.addAll(missing(key.columns(), known)));
        for (Constraint constraint : constraints) {
            if (constraint instanceof UniqueConstraint unique) {
                unknown.addAll(missing(unique.columns(), known));
            } else if (constraint instanceof ForeignKey foreignKey) {
                unknown.addAll(missing(foreignKey.columns(), known));
            }
        }
        indexes.forEach(index -> unknown.addAll(missing(index.columnNames(), known)));
        if (!unknown.isEmpty()) {
            throw new SchemaDefinitionException("table " + table, "constraints or indexes name columns the table "
                    + "does not have: " + unknown);
        }
    }

    private static List<String> missing(List<String> names, Set<String> known) {
        return names.stream().filter(name -> !known.contains(name)).toList();
    }

    private static void requireUniqueNames(QualifiedName table, List<Constraint> constraints, List<Index> indexes) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        constraints.forEach(constraint -> constraint.name().filter(name -> !seen.add(name)).ifPresent(twice::add));
        indexes.forEach(index -> index.name().filter(name -> !seen.add(name)).ifPresent(twice::add));
        if (!twice.isEmpty()) {
            throw new SchemaDefinitionException("table " + table, "constraint or index names used twice: " + twice);
        }
    }
}
