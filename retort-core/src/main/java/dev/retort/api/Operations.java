package dev.retort.api;

import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The operations a revision applies to the schema ({@code op} in a revision), Alembic's {@code op.*}.
 * Each call describes one change; the runtime executes it on a live database or writes it to a SQL
 * script. Tables, columns, types and constraints come from the static factories of {@link Schema}:
 *
 * <pre>{@code
 * op.createTable("account",
 *         column("id", INTEGER).primaryKey(),
 *         column("name", string(50)).notNull(),
 *         unique("uq_account_name", "name"));
 * op.alterColumn("account", "name", alter -> alter.type(string(100)).existingType(string(50)));
 * }</pre>
 *
 * <p>Table names are unqualified: they are in the connection's default schema, or in the schema of the
 * view {@link #schema(String)} returns. The {@code dropX(..., existing)} forms carry the definition of
 * what they drop, so that the drop can be reversed (autogenerate writes them so).
 */
public interface Operations {

    // ----- tables

    /** Creates a table of columns, constraints and indexes ({@code CREATE TABLE}, then {@code CREATE INDEX}). */
    void createTable(String name, TableElement... elements);

    /** Creates the table {@code table} describes, comment included. */
    void createTable(Table table);

    /** Creates a table unless one of that name exists ({@code CREATE TABLE IF NOT EXISTS}). */
    void createTableIfNotExists(String name, TableElement... elements);

    /** Drops a table ({@code DROP TABLE}). */
    void dropTable(String name);

    /** Drops the table {@code existing} describes; the drop can be reversed by creating it again. */
    void dropTable(Table existing);

    /** Drops a table if it exists ({@code DROP TABLE IF EXISTS}). */
    void dropTableIfExists(String name);

    /** Renames a table within its schema. */
    void renameTable(String oldName, String newName);

    /** Sets the comment of a table that had none. */
    void createTableComment(String table, String comment);

    /**
     * Replaces the comment {@code existingComment} of a table with {@code comment}; a null {@code existingComment}
     * is not known, as if left out.
     */
    void createTableComment(String table, String comment, String existingComment);

    /** Removes the comment of a table. */
    void dropTableComment(String table);

    /**
     * Removes the comment {@code existingComment} of a table; the removal can be reversed unless {@code
     * existingComment} is null (not known).
     */
    void dropTableComment(String table, String existingComment);

    // ----- columns

    /**
     * Adds a column. Its inline constraints ({@code primaryKey()}, {@code unique()},
     * {@code references(...)}) are added with it, in separate statements where the database needs them.
     */
    void addColumn(String table, Column column);

    /** Adds a column unless the table has one of that name ({@code ADD COLUMN IF NOT EXISTS}). */
    void addColumnIfNotExists(String table, Column column);

    /** Drops a column. */
    void dropColumn(String table, String column);

    /** Drops the column {@code existing} describes; the drop can be reversed by adding it again. */
    void dropColumn(String table, Column existing);

    /** Drops a column if the table has it ({@code DROP COLUMN IF EXISTS}). */
    void dropColumnIfExists(String table, String column);

    /**
     * Changes a column as {@code alteration} says: a new name, type, nullability, server default, comment
     * or autoincrement. Say what the column was ({@code existingType(...)}, ...) where the database needs it
     * (MySQL restates the whole column) and to make the change reversible.
     */
    void alterColumn(String table, String column, Consumer<ColumnAlteration> alteration);

    // ----- constraints

    /** Adds a primary key over {@code columns}, in key order. */
    void createPrimaryKey(String name, String table, String... columns);

    /** Adds a unique constraint over {@code columns}. */
    void createUniqueConstraint(String name, String table, String... columns);

    /** Adds a foreign key from {@code localColumns} of {@code sourceTable} to {@code remoteColumns} of {@code referentTable}. */
    void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns);

    /**
     * Adds a foreign key with options, e.g. {@code fk -> fk.onDelete(CASCADE).deferrable(true)}. The
     * referent table is in the same schema as the source table.
     */
    void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns, UnaryOperator<ForeignKey> options);

    /** Adds a check constraint; {@code condition} is SQL written as it is. */
    void createCheckConstraint(String name, String table, String condition);

    /** Adds a constraint of any kind, as built by the factories of {@link Schema}. */
    void createConstraint(String table, Constraint constraint);

    /** Drops a constraint by name; MySQL needs the kind, see {@link #dropConstraint(String, String, ConstraintKind)}. */
    void dropConstraint(String name, String table);

    /** Drops a constraint of the given kind by name. */
    void dropConstraint(String name, String table, ConstraintKind kind);

    /** Drops a constraint if it exists ({@code DROP CONSTRAINT IF EXISTS}). */
    void dropConstraintIfExists(String name, String table, ConstraintKind kind);

    /** Drops the (named) constraint {@code existing} describes; the drop can be reversed. */
    void dropConstraint(String table, Constraint existing);

    // ----- indexes

    /** Creates an index on columns of a table. */
    void createIndex(String name, String table, String... columns);

    /** Creates an index as built with {@link Schema#index}: unique, on expressions, partial. */
    void createIndex(String table, Index index);

    /** Creates an index with options, e.g. {@code build -> build.concurrently().ifNotExists()}. */
    void createIndex(String table, Index index, Consumer<IndexCreation> options);

    /** Drops an index by name (enough for PostgreSQL and SQLite; MySQL needs the table). */
    void dropIndex(String name);

    /** Drops an index of a table by name. */
    void dropIndex(String name, String table);

    /** Drops the (named) index {@code existing} describes; the drop can be reversed. */
    void dropIndex(String table, Index existing);

    /** Drops an index with options, e.g. {@code drop -> drop.concurrently().ifExists()}. */
    void dropIndex(String name, String table, Consumer<IndexRemoval> options);

    // ----- sequences

    /**
     * Creates a sequence ({@code CREATE SEQUENCE}) as built with {@link Schema#sequence(String)}:
     * {@code op.createSequence(sequence("invoice_number").start(1000).increment(10))}. MySQL and SQLite
     * have no sequences and refuse it.
     */
    void createSequence(Sequence sequence);

    /** Creates a sequence unless one of that name exists ({@code CREATE SEQUENCE IF NOT EXISTS}). */
    void createSequenceIfNotExists(Sequence sequence);

    /**
     * Gives a sequence the numbers of {@code sequence} ({@code ALTER SEQUENCE}), writing each number it sets;
     * the value the sequence has reached is kept.
     */
    void alterSequence(Sequence sequence);

    /**
     * Gives a sequence the numbers of {@code sequence}, writing only those that differ from {@code existing},
     * its definition now; the alteration can be reversed: {@code op.alterSequence(sequence("invoice_number")
     * .increment(10), sequence("invoice_number"))}.
     */
    void alterSequence(Sequence sequence, Sequence existing);

    /** Drops a sequence ({@code DROP SEQUENCE}). */
    void dropSequence(String name);

    /**
     * Drops the sequence {@code existing} describes; the drop can be reversed by creating it again, from its
     * start rather than from the value it had reached.
     */
    void dropSequence(Sequence existing);

    /** Drops a sequence if it exists ({@code DROP SEQUENCE IF EXISTS}). */
    void dropSequenceIfExists(String name);

    /** Drops the sequence {@code existing} describes if it exists; the drop can be reversed. */
    void dropSequenceIfExists(Sequence existing);

    // ----- data and SQL

    /** Runs one SQL statement as written. Offline it is written to the script as it is. */
    void execute(String sql);

    /** Inserts rows, each a map of column name to value (see {@link Schema#row}); types follow the values. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /**
     * Inserts rows into {@code table}, whose column types say how each value is written. A column of a JSON
     * type also takes a JSON document, as Alembic takes dicts and lists: a {@code Map} with string keys or a
     * {@code List}, nested, of strings, numbers, booleans and nulls, written as its JSON text; a number or boolean
     * is written as its JSON text too. A string is taken as JSON text already ({@code "\"hello\""} for the JSON
     * string, where Alembic encodes a Python string), and null is SQL NULL. A column of an array type takes a
     * {@code List} of its element values (lists of them for more dimensions), as Alembic takes a Python list.
     */
    void bulkInsert(Table table, List<Map<String, Object>> rows);

    /**
     * A value written as a SQL literal of the active database, for SQL passed to {@link #execute(String)}
     * that must also work offline: {@code "WHERE name = " + op.inlineLiteral(name)}. Strings are quoted and
     * escaped; numbers, booleans, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime} and {@code
     * OffsetDateTime} values, UUIDs, byte arrays and null are supported (an {@code Instant} is given as {@code
     * instant.atOffset(ZoneOffset.UTC)}).
     */
    String inlineLiteral(Object value);

    // ----- batch

    /**
     * Changes a table in several steps at once, in "move and copy" mode where the database cannot alter
     * it in place (SQLite): {@code op.batchAlterTable("account", batch -> batch.dropColumn("legacy"))}.
     */
    void batchAlterTable(String table, Consumer<BatchOperations> body);

    // ----- context

    /** The same operations on tables of {@code schema}: {@code op.schema("reporting").createTable(...)}. */
    Operations schema(String schema);

    /** The value of {@code -x key=value} on the command line, if given. */
    Optional<String> xArgument(String key);

    /** Every {@code -x key=value} given on the command line. */
    Map<String, String> xArguments();

    /**
     * The {@code --tag} argument of the command, if given, as Alembic's {@code context.get_tag_argument()}:
     * a free-form value the user passes to revisions (and which offline scripts do not record).
     */
    Optional<String> tag();

    /** Whether the revision is being written to a SQL script ({@code --sql}) rather than run on a database. */
    boolean isOffline();

    /**
     * The active database's dialect, as URLs name it: {@code sqlite}, {@code postgresql}, {@code mysql},
     * {@code mariadb} or {@code h2} (Alembic's {@code op.get_context().dialect.name}). Known offline too.
     */
    String dialectName();

    /**
     * The run's database connection (Alembic's {@code op.get_bind()}), for a data migration that must read
     * what it changes. The operations called before are executed first, so the connection sees them; what
     * runs on it belongs to the revision's transaction. retort owns that transaction: {@code commit},
     * {@code rollback()}, {@code setAutoCommit}, {@code close} and {@code abort} on it are refused with an
     * {@link java.sql.SQLException} (savepoints are allowed). Statements run on it are not in a {@code --sql}
     * script: offline there is no connection, and this throws; check {@link #isOffline()} first.
     */
    Connection connection();

    /**
     * Runs the operations {@code block} calls outside the run's transaction (Alembic's {@code
     * op.get_context().autocommit_block()}), for statements a database refuses inside one, such as
     * {@code createIndex(..., build -> build.concurrently())} or {@code ALTER TYPE ... ADD VALUE} on PostgreSQL.
     * What the run did before, this revision's earlier operations included, is committed first; the
     * operations in the block then run one by one, each committed as it runs; a new transaction is opened after
     * them for the rest of the revision and its version-table change. So a failure in or after the block
     * leaves the committed part applied, and the message says so. In a {@code --sql} script the block is
     * written between {@code COMMIT;} and {@code BEGIN;}. Blocks do not nest.
     */
    void autocommitBlock(Runnable block);
}
