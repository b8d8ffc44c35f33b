package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column: name, type, nullability, server default, how it is generated (its own sequence, an identity,
 * or an expression it is computed from), and a comment. Columns are
 * nullable unless said otherwise, as in SQLAlchemy. The fluent methods ({@link #notNull()},
 * {@link #primaryKey()}, {@link #references(String)}, ...) return modified copies, so a revision writes
 * {@code column("id", INTEGER).primaryKey()}.
 *
 * <p>{@link Inline} holds the conveniences that are really table constraints: a column marked primary
 * key, unique or referencing another table. {@link Table} turns them into table-level constraints; an
 * added column keeps them, and the dialect emits them as separate statements where it must.
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        Optional<ServerDefault> serverDefault,
        Autoincrement autoincrement,
        Optional<Identity> identity,
        Optional<String> comment,
        Inline inline,
        Optional<Computed> computed) implements TableElement {

    /** Constraints written on the column rather than on its table. */
    public record Inline(boolean primaryKey, boolean unique, Optional<ForeignKey> references) {
        public static final Inline NONE = new Inline(false, false, Optional.empty());

        public Inline {
            Objects.requireNonNull(references, "references");
        }

        /** Whether there is any inline constraint at all. */
        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    public Column {
        Names.require(name, "column name");
        Objects.requireNonNull(type, "type of column " + name);
        Objects.requireNonNull(serverDefault, "serverDefault");
        Objects.requireNonNull(autoincrement, "autoincrement");
        Objects.requireNonNull(identity, "identity");
        comment = Names.requireOptionalText(comment, "comment of column " + name);
        Objects.requireNonNull(inline, "inline");
        requireReferenceFrom(name, inline.references());
        if (inline.primaryKey() && nullable) {
            throw new SchemaDefinitionException("column " + name, "a primary key column cannot be nullable");
        }
        Objects.requireNonNull(computed, "computed");
        if (computed.isPresent() && serverDefault.isPresent()) {
            throw new SchemaDefinitionException("column " + name, "a computed column cannot also have a server "
                    + "default; its value is always " + computed.get().sql() + ", so drop the default");
        }
        if (computed.isPresent() && identity.isPresent()) {
            throw new SchemaDefinitionException("column " + name, "a computed column cannot also be an identity "
                    + "column; keep either the expression or the identity");
        }
    }

    /** A column that is not computed. */
    public Column(String name, ColumnType type, boolean nullable, Optional<ServerDefault> serverDefault,
            Autoincrement autoincrement, Optional<Identity> identity, Optional<String> comment, Inline inline) {
        this(name, type, nullable, serverDefault, autoincrement, identity, comment, inline, Optional.empty());
    }

    /** A nullable column with no default and no constraint. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, Optional.empty(), Autoincrement.AUTO, Optional.empty(),
                Optional.empty(), Inline.NONE);
    }

    /** This column, {@code NOT NULL}. */
    public Column notNull() {
        return nullable(false);
    }

    /** This column, nullable or not. */
    public Column nullable(boolean isNullable) {
        return new Column(name, type, isNullable, serverDefault, autoincrement, identity, comment, inline, computed);
    }

    /** This column with {@code DEFAULT value}. */
    public Column serverDefault(ServerDefault value) {
        return new Column(name, type, nullable, Optional.of(value), autoincrement, identity, comment, inline, computed);
    }

    /** This column, with or without its own sequence ({@code autoincrement=True/False}). */
    public Column autoincrement(boolean enabled) {
        return new Column(name, type, nullable, serverDefault,
                enabled ? Autoincrement.ENABLED : Autoincrement.DISABLED, identity, comment, inline, computed);
    }

    /** This column as an identity column. */
    public Column identity(Identity generation) {
        return new Column(name, type, nullable, serverDefault, autoincrement, Optional.of(generation), comment,
                inline, computed);
    }

    /** This column computed from {@code sql} and stored: {@code GENERATED ALWAYS AS (sql) STORED}. */
    public Column computed(String sql) {
        return computed(Computed.stored(sql));
    }

    /** This column computed as {@code generation} says: {@code GENERATED ALWAYS AS (...) STORED|VIRTUAL}. */
    public Column computed(Computed generation) {
        return new Column(name, type, nullable, serverDefault, autoincrement, identity, comment, inline,
                Optional.of(generation));
    }

    /** This column, no longer computed. */
    public Column notComputed() {
        return new Column(name, type, nullable, serverDefault, autoincrement, identity, comment, inline,
                Optional.empty());
    }

    /** This column with a comment. */
    public Column comment(String text) {
        return new Column(name, type, nullable, serverDefault, autoincrement, identity, Optional.of(text), inline,
                computed);
    }

    /** This column as (part of) its table's primary key, hence {@code NOT NULL}. */
    public Column primaryKey() {
        return new Column(name, type, false, serverDefault, autoincrement, identity, comment,
                new Inline(true, inline.unique(), inline.references()), computed);
    }

    /** This column with a unique constraint of its own. */
    public Column unique() {
        return new Column(name, type, nullable, serverDefault, autoincrement, identity, comment,
                new Inline(inline.primaryKey(), true, inline.references()), computed);
    }

    /**
     * This column referring to another table's column, written {@code "table.column"} or
     * {@code "schema.table.column"}: an unnamed foreign key with the database's default actions.
     */
    public Column references(String target) {
        List<String> parts = List.of(Names.require(target, "reference of column " + name).split("\\.", -1));
        if (parts.size() < 2 || parts.size() > 3) {
            throw new SchemaDefinitionException("reference '" + target + "' of column " + name,
                    "write it as table.column or schema.table.column");
        }
        String table = parts.get(parts.size() - 2);
        QualifiedName referred = parts.size() == 3 ? QualifiedName.of(parts.get(0), table) : QualifiedName.of(table);
        return references(ForeignKey.of(Optional.empty(), List.of(name), referred,
                List.of(parts.get(parts.size() - 1))));
    }

    /** This column referring to another table through {@code foreignKey}, whose only column is this one. */
    public Column references(ForeignKey foreignKey) {
        return new Column(name, type, nullable, serverDefault, autoincrement, identity, comment,
                new Inline(inline.primaryKey(), inline.unique(), Optional.of(foreignKey)), computed);
    }

    /** This column under another name. */
    public Column withName(String newName) {
        ForeignKey renamed = inline.references().map(fk -> new ForeignKey(fk.name(), List.of(newName),
                fk.referredTable(), fk.referredColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable(),
                fk.initially(), fk.match())).orElse(null);
        return new Column(newName, type, nullable, serverDefault, autoincrement, identity, comment,
                new Inline(inline.primaryKey(), inline.unique(), Optional.ofNullable(renamed)), computed);
    }

    /** This column with another type. */
    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, serverDefault, autoincrement, identity, comment, inline, computed);
    }

    /** This column without its inline constraints, as it stands in a {@link Table}. */
    public Column withoutInlineConstraints() {
        return new Column(name, type, nullable, serverDefault, autoincrement, identity, comment, Inline.NONE, computed);
    }

    private static void requireReferenceFrom(String name, Optional<ForeignKey> references) {
        references.ifPresent(fk -> {
            if (!fk.columns().equals(List.of(name))) {
                throw new SchemaDefinitionException("column " + name, "its inline foreign key must have this "
                        + "column as its only column, not " + fk.columns());
            }
        });
    }
}
