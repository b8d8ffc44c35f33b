package dev.retort.dialect.ddl;

import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.Existing;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.ServerDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link AlterColumn} as one statement per changed attribute, in Alembic's order: nullability,
 * server default, type, comment, then the new name. How the column numbers itself changes around them:
 * an identity or sequence is taken away first (an identity column cannot become nullable) and given
 * after the type and nullability it needs. This class writes ANSI {@code ALTER TABLE t ALTER COLUMN c
 * ...} with the standard's identity clauses ({@code ADD GENERATED ... AS IDENTITY}, {@code SET
 * GENERATED}, {@code SET START WITH}, {@code SET INCREMENT BY}, {@code DROP IDENTITY}), and refuses a
 * change of autoincrement, which the standard does not have; a database returns a subclass from
 * {@link DdlCompiler#alterations()}. A new position only a rebuilt table can take, so the compiler refuses
 * one before this runs.
 */
public class ColumnAlterations {
    private final DdlCompiler compiler;

    public ColumnAlterations(DdlCompiler compiler) {
        this.compiler = compiler;
    }

    protected DdlCompiler compiler() {
        return compiler;
    }

    public List<String> compile(AlterColumn operation) {
        ColumnChange change = operation.change();
        List<String> statements = new ArrayList<>();
        if (typeFirst()) {
            change.type().ifPresent(type -> statements.add(type(operation, type, change.using())));
        }
        if (change.identity() instanceof Change.Dropped) {
            statements.addAll(dropIdentity(operation));
        }
        if (change.autoincrement().filter(enabled -> !enabled).isPresent()) {
            statements.addAll(autoincrement(operation, false));
        }
        change.nullable().ifPresent(nullable -> statements.add(nullable(operation, nullable)));
        if (change.serverDefault().isChange()) {
            statements.add(serverDefault(operation, change.serverDefault()));
        }
        if (!typeFirst()) {
            change.type().ifPresent(type -> statements.add(type(operation, type, change.using())));
        }
        if (change.autoincrement().filter(enabled -> enabled).isPresent()) {
            statements.addAll(autoincrement(operation, true));
        }
        if (change.identity() instanceof Change.SetTo<Identity> set) {
            statements.addAll(operation.existing().identity() instanceof Existing.Present<Identity> present
                    ? changeIdentity(operation, present.value(), set.value())
                    : addIdentity(operation, set.value()));
        }
        if (change.comment().isChange()) {
            statements.addAll(comment(operation, change.comment()));
        }
        change.newName().ifPresent(newName -> statements.add(rename(operation, newName)));
        return statements;
    }

    /**
     * Whether the type changes before the nullability and the default, as Alembic orders them on PostgreSQL,
     * so that a {@code USING} conversion that fills NULLs comes before {@code SET NOT NULL}; elsewhere after
     * them, as Alembic's default order.
     */
    protected boolean typeFirst() {
        return false;
    }

    /** {@code ALTER TABLE t ALTER COLUMN c}. */
    protected String alterColumn(AlterColumn operation) {
        return compiler.alterTable(operation.table()) + " ALTER COLUMN " + compiler.name(operation.column());
    }

    protected String nullable(AlterColumn operation, boolean nullable) {
        return alterColumn(operation) + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
    }

    protected String serverDefault(AlterColumn operation, Change<ServerDefault> change) {
        if (change instanceof Change.SetTo<ServerDefault> set) {
            return alterColumn(operation) + " SET DEFAULT " + compiler.tables().serverDefault(set.value());
        }
        return alterColumn(operation) + " DROP DEFAULT";
    }

    /** USING is PostgreSQL's: elsewhere the database converts the values its own way, as Alembic leaves them. */
    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        return alterColumn(operation) + " TYPE " + compiler.type(type);
    }

    protected List<String> comment(AlterColumn operation, Change<String> change) {
        Optional<String> comment = change instanceof Change.SetTo<String> set ? Optional.of(set.value())
                : Optional.empty();
        return compiler.columnComment(operation.table(), operation.column(), comment);
    }

    /** Turns the column's own sequence on or off; the standard has no such thing, so this refuses. */
    protected List<String> autoincrement(AlterColumn operation, boolean enabled) {
        throw unsupported(operation, "a change of autoincrement", "give or drop an identity with "
                + "alter.identity(...) or alter.dropIdentity() instead, or rebuild the column");
    }

    /** {@code ALTER COLUMN c ADD GENERATED ... AS IDENTITY (START WITH s INCREMENT BY i)}. */
    protected List<String> addIdentity(AlterColumn operation, Identity identity) {
        return List.of(alterColumn(operation) + " ADD " + compiler.tables().identity(identity));
    }

    /** {@code ALTER COLUMN c SET GENERATED ... SET START WITH s SET INCREMENT BY i}, saying only what differs. */
    protected List<String> changeIdentity(AlterColumn operation, Identity from, Identity to) {
        List<String> clauses = new ArrayList<>();
        if (from.always() != to.always()) {
            clauses.add(generated(to));
        }
        if (from.effectiveStart() != to.effectiveStart()) {
            clauses.add("SET START WITH " + to.effectiveStart());
        }
        if (from.effectiveIncrement() != to.effectiveIncrement()) {
            clauses.add("SET INCREMENT BY " + to.effectiveIncrement());
        }
        return clauses.isEmpty() ? List.of() : List.of(alterColumn(operation) + " " + String.join(" ", clauses));
    }

    /** {@code SET GENERATED ALWAYS} or {@code SET GENERATED BY DEFAULT}. */
    protected static String generated(Identity identity) {
        return "SET GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT");
    }

    /** {@code ALTER COLUMN c DROP IDENTITY}: the column keeps its values and is no longer numbered. */
    protected List<String> dropIdentity(AlterColumn operation) {
        return List.of(alterColumn(operation) + " DROP IDENTITY");
    }

    protected String rename(AlterColumn operation, String newName) {
        return compiler.alterTable(operation.table()) + " RENAME COLUMN " + compiler.name(operation.column())
                + " TO " + compiler.name(newName);
    }

    /** Refuses a change the database cannot make, naming the column and what to do instead. */
    protected UnsupportedOperationForDialectException unsupported(AlterColumn operation, String what, String advice) {
        return new UnsupportedOperationForDialectException(compiler.dialect().name(), "ALTER COLUMN " + what,
                "The " + compiler.displayName() + " dialect cannot make " + what + " in alter_column of "
                        + operation.table() + "." + operation.column() + "; " + advice);
    }
}
