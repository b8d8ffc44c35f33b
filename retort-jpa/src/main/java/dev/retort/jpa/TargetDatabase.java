package dev.retort.jpa;

import dev.retort.dialect.Dialect;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.Table;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.hibernate.boot.model.naming.Identifier;

/**
 * One kind of database as Hibernate writes DDL for it and as retort reads that DDL back: the Hibernate
 * dialect to use, how the database stores a name Hibernate leaves unquoted, and which model type each
 * type Hibernate writes comes back as. The model made through it is the one reflection reads from a
 * database Hibernate created, so that comparing the two finds no difference.
 */
abstract class TargetDatabase {
    private static final Map<String, Function<Dialect, TargetDatabase>> TARGETS = Map.of(
            "postgresql", dialect -> new PostgresTarget(),
            "h2", H2Target::new,
            "mysql", dialect -> new MySqlTarget("org.hibernate.dialect.MySQLDialect"),
            "mariadb", dialect -> new MySqlTarget("org.hibernate.dialect.MariaDBDialect"),
            "sqlite", dialect -> new SqliteTarget());

    static Optional<TargetDatabase> of(Dialect dialect) {
        return Optional.ofNullable(TARGETS.get(dialect.name())).map(target -> target.apply(dialect));
    }

    static String supported() {
        return String.join(", ", new java.util.TreeSet<>(TARGETS.keySet()));
    }

    /** The class name of Hibernate's dialect for this database. */
    abstract String hibernateDialect();

    /** A name as the database stores it: quoted names as written, others folded as the database folds them. */
    String name(Identifier identifier) {
        return identifier.isQuoted() ? identifier.getText() : folded(identifier.getText());
    }

    /** A name Hibernate writes without quotes, as the model names what the database stores. */
    abstract String folded(String unquoted);

    /** Whether an identity column reads back as the table's autoincrement column rather than as an identity. */
    abstract boolean identityIsAutoincrement();

    /** The model type of a column Hibernate declares with {@code type}. */
    abstract ColumnType type(DeclaredType type);

    /** Whether the database keeps table and column comments. */
    boolean storesComments() {
        return true;
    }

    /** Whether Hibernate writes a unique column as an unnamed inline {@code unique}, whatever its unique delegate. */
    boolean uniqueColumnsInline() {
        return false;
    }

    /**
     * {@code table} as reflection reads it back from the database: which column numbers itself
     * ({@code identity} is the identity column, if the table has one stored as its autoincrement column).
     */
    Table stored(Table table, Optional<String> identity) {
        return Numbering.mark(table, identity);
    }

    static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static ColumnType integer(Width width) {
        return new ColumnType.IntegerType(width);
    }

    static ColumnType string(OptionalInt length) {
        return new ColumnType.StringType(length, Optional.empty());
    }

    static ColumnType raw(DeclaredType type) {
        return new ColumnType.RawType(type.written());
    }
}
