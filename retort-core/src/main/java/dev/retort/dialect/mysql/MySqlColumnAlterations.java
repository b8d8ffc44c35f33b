package dev.retort.dialect.mysql;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.Existing;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MySQL alters a column by restating it whole, as Alembic's {@code ddl/mysql.py} does: a rename is
 * {@code CHANGE old new <spec>}, a change of type, nullability, comment, autoincrement, identity or
 * expression default is {@code MODIFY c <spec>}, and a change of literal default alone (a value, or SQL
 * text that is a plain literal such as {@code 0}) is {@code ALTER COLUMN c SET DEFAULT x | DROP DEFAULT}. The spec takes each attribute from the change, else from the
 * existing state: the existing type and nullability must be known (Alembic silently assumes nullable;
 * here that is an error), an unknown existing default, comment or identity is taken as none, as in
 * Alembic. MySQL numbers a column only by {@code AUTO_INCREMENT}, so an identity of any generation and
 * numbers is that, as in {@code CREATE TABLE}.
 */
public class MySqlColumnAlterations extends ColumnAlterations {

    public MySqlColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    public List<String> compile(AlterColumn operation) {
        // USING is PostgreSQL's: MODIFY converts the values MySQL's way, as Alembic leaves them.
        ColumnChange change = operation.change();
        boolean expressionDefault = change.serverDefault() instanceof Change.SetTo<ServerDefault> set
                && set.value() instanceof SqlExpression expression && !MySqlTableDdl.isPlainLiteral(expression.sql());
        String table = compiler().alterTable(operation.table());
        String column = compiler().name(operation.column());
        if (change.newName().isPresent()) {
            return List.of(table + " CHANGE " + column + " " + compiler().name(change.newName().get()) + " "
                    + specification(operation));
        }
        if (change.type().isPresent() || change.nullable().isPresent() || change.comment().isChange()
                || change.autoincrement().isPresent() || change.identity().isChange() || expressionDefault) {
            return List.of(table + " MODIFY " + column + " " + specification(operation));
        }
        if (change.serverDefault().isChange()) {
            return List.of(serverDefault(operation, change.serverDefault()));
        }
        return List.of();
    }

    /** {@code TYPE NULL|NOT NULL [AUTO_INCREMENT] [DEFAULT x] [COMMENT '...']}, as Alembic's {@code _mysql_colspec}. */
    private String specification(AlterColumn operation) {
        ColumnChange change = operation.change();
        ColumnState existing = operation.existing();
        Optional<ColumnType> type = change.type().or(existing::type);
        Optional<Boolean> nullable = change.nullable().or(existing::nullable);
        requireKnown(operation, type.isPresent(), nullable.isPresent());
        StringBuilder sql = new StringBuilder(compiler().type(type.get()));
        sql.append(nullable.get() ? " NULL" : " NOT NULL");
        boolean identity = present(change.identity().applyTo(existing.identity())).isPresent();
        if (identity || change.autoincrement().or(existing::autoincrement).orElse(false)) {
            sql.append(" AUTO_INCREMENT");
        }
        present(change.serverDefault().applyTo(existing.serverDefault()))
                .ifPresent(value -> sql.append(" DEFAULT ").append(compiler().tables().serverDefault(value)));
        present(change.comment().applyTo(existing.comment()))
                .ifPresent(comment -> sql.append(" COMMENT ").append(compiler().dialect().literal(comment)));
        return sql.toString();
    }

    private void requireKnown(AlterColumn operation, boolean typeKnown, boolean nullableKnown) {
        if (typeKnown && nullableKnown) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!typeKnown) {
            missing.add("existingType(...)");
        }
        if (!nullableKnown) {
            missing.add("existingNullable(...)");
        }
        throw new UnsupportedOperationForDialectException(compiler().dialect().name(), "CHANGE/MODIFY COLUMN",
                "All MySQL CHANGE/MODIFY COLUMN operations require the existing type and nullability, because "
                        + "they restate the whole column; alter_column of " + operation.table() + "."
                        + operation.column() + " needs " + String.join(" and ", missing));
    }

    private static <T> Optional<T> present(Existing<T> state) {
        return state instanceof Existing.Present<T> value ? Optional.of(value.value()) : Optional.empty();
    }
}
