package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.Conditional;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.IndexOptions;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.RenameTable;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MySQL, after Alembic's {@code ddl/mysql.py}: backquoted names, comments written in the column and
 * table definitions ({@code COMMENT '...'}, {@code ALTER TABLE t COMMENT = '...'}), whole-column
 * {@code MODIFY}/{@code CHANGE}, {@code DROP INDEX ix ON t}, and constraints dropped by kind. MySQL
 * has {@code IF [NOT] EXISTS} only for {@code CREATE TABLE} and {@code DROP TABLE}.
 */
public class MySqlDdlCompiler extends DdlCompiler {

    public MySqlDdlCompiler(Dialect dialect) {
        this(dialect, new MySqlLiterals(dialect));
    }

    /** MySQL's DDL with another database's literals (MariaDB's). */
    protected MySqlDdlCompiler(Dialect dialect, MySqlLiterals literals) {
        super(dialect, new MySqlTypeCompiler(dialect), literals);
    }

    @Override
    protected boolean supports(Conditional conditional) {
        return conditional == Conditional.CREATE_TABLE || conditional == Conditional.DROP_TABLE;
    }

    /** MySQL keeps a renamed table in its schema only when the new name says so. */
    @Override
    protected String renamedTable(RenameTable operation) {
        return table(operation.renamed());
    }

    @Override
    public List<String> tableComment(QualifiedName table, Optional<String> comment) {
        return List.of(alterTable(table) + " COMMENT = " + dialect().literal(comment.orElse("")));
    }

    /** Column comments are part of the column's definition here, never statements of their own. */
    @Override
    public List<String> columnComment(QualifiedName table, String column, Optional<String> comment) {
        return List.of();
    }

    @Override
    protected List<String> commentStatements(Table table) {
        return List.of();
    }

    /**
     * {@code DROP COLUMN}, after {@code DROP FOREIGN KEY} when the dropped column's known definition refers
     * to another table: MySQL refuses to drop a column a foreign key still uses, and drops a key only by name.
     */
    @Override
    public List<String> visitDropColumn(DropColumn operation) {
        Optional<ForeignKey> reference = operation.existing().flatMap(column -> column.inline().references());
        if (reference.isEmpty()) {
            return super.visitDropColumn(operation);
        }
        String key = reference.get().name().orElseThrow(() -> new UnsupportedOperationForDialectException(
                dialect().name(), "DROP COLUMN with an unnamed foreign key", displayName() + " cannot drop column "
                        + operation.table() + "." + operation.column() + " while its foreign key stands, and drops a "
                        + "key only by name, which this one was not given. Drop the key first with "
                        + "dropConstraint(name, table, FOREIGN_KEY) (SHOW CREATE TABLE gives the name MySQL chose), "
                        + "or name the reference when adding the column"));
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(operation.table()) + " DROP FOREIGN KEY " + name(key));
        statements.addAll(super.visitDropColumn(operation));
        return statements;
    }

    @Override
    public List<String> visitDropIndex(DropIndex operation) {
        QualifiedName table = operation.qualifiedTable().orElseThrow(() -> new UnsupportedOperationForDialectException(
                dialect().name(), "DROP INDEX without table", displayName() + " drops an index from its table "
                        + "(DROP INDEX ix ON t); give the table of index " + operation.index()));
        return List.of("DROP INDEX " + condition(operation.ifExists(), Conditional.DROP_INDEX)
                + name(operation.index().name()) + " ON " + table(table));
    }

    /** {@code mysql_prefix}, {@code mysql_length} and {@code mysql_using}, as SQLAlchemy's MySQL dialect reads them. */
    @Override
    protected Set<String> knownIndexOptions() {
        return Set.of("prefix", "length", "using");
    }

    /** {@code FULLTEXT } or {@code SPATIAL } from {@code mysql_prefix}; neither can also be unique. */
    @Override
    protected String indexKind(Index index, IndexOptions options) {
        return options.word("prefix", List.of("FULLTEXT", "SPATIAL")).map(kind -> {
            if (index.unique()) {
                throw options.refused("prefix", "which " + displayName() + " cannot make UNIQUE too: an index is "
                        + "UNIQUE, FULLTEXT or SPATIAL; leave out .unique(true) or the option");
            }
            return kind + " ";
        }).orElse("");
    }

    /** The elements, each column with its prefix length when {@code mysql_length} gives one. */
    @Override
    protected String indexElements(Index index, IndexOptions options) {
        if (options.value("length").isEmpty()) {
            return super.indexElements(index, options);
        }
        Map<String, Integer> lengths = MySqlIndexLengths.of(index, options);
        return index.elements().stream()
                .map(element -> tables().indexElement(element) + (element instanceof IndexColumn column
                        && lengths.containsKey(column.name()) ? "(" + lengths.get(column.name()) + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    /** {@code  USING btree|hash} from {@code mysql_using}, after the elements as SQLAlchemy writes it. */
    @Override
    protected String indexTrailer(Index index, IndexOptions options) {
        return super.indexTrailer(index, options)
                + options.word("using", List.of("btree", "hash")).map(method -> " USING " + method).orElse("");
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint operation) {
        ConstraintKind kind = operation.kind().orElseThrow(() -> new UnsupportedOperationForDialectException(
                dialect().name(), "DROP CONSTRAINT without kind", "No generic 'DROP CONSTRAINT' in MySQL - please "
                        + "specify constraint type (primary, unique, foreign key or check) of " + operation.name()));
        String table = alterTable(operation.table());
        String name = name(operation.name());
        switch (kind) {
            case PRIMARY_KEY:
                return List.of(table + " DROP PRIMARY KEY");
            case FOREIGN_KEY:
                return List.of(table + " DROP FOREIGN KEY " + condition(operation.ifExists(),
                        Conditional.DROP_CONSTRAINT) + name);
            case UNIQUE:
                return List.of(table + " DROP INDEX " + condition(operation.ifExists(), Conditional.DROP_INDEX) + name);
            default:
                return List.of(table + dropCheck(operation.ifExists()) + name);
        }
    }

    /** MySQL drops a check with {@code DROP CHECK}. */
    protected String dropCheck(boolean ifExists) {
        return " DROP CHECK " + condition(ifExists, Conditional.DROP_CONSTRAINT);
    }

    @Override
    protected String defaultValues() {
        return "() VALUES ()";
    }

    @Override
    public TableDdl tables() {
        return new MySqlTableDdl(this, notNullComputedColumns());
    }

    /** Whether a computed column may be {@code NOT NULL} (MySQL: yes). */
    protected boolean notNullComputedColumns() {
        return true;
    }

    @Override
    protected ColumnAlterations alterations() {
        return new MySqlColumnAlterations(this, anyExpressionDefaultInPlace());
    }

    /** Whether {@code ALTER COLUMN c SET DEFAULT} takes any expression default (MySQL: Alembic's cases only). */
    protected boolean anyExpressionDefaultInPlace() {
        return false;
    }

    @Override
    public String displayName() {
        return "MySQL";
    }
}
