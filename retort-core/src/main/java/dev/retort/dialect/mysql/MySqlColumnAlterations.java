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
import java.util.regex.Pattern;

/**
 * MySQL alters a column by restating it whole, as Alembic's {@code ddl/mysql.py} does: a rename is
 * {@code CHANGE old new <spec>}, and a change of type, nullability, comment, autoincrement or identity is
 * {@code MODIFY c <spec>}. A change of default alone is {@code ALTER COLUMN c SET DEFAULT x | DROP DEFAULT},
 * an expression in parentheses, which keeps what the spec would have to restate; except a default with
 * {@code ON UPDATE}, which only the spec holds, and on MySQL, as in Alembic, an expression default of a column
 * known to be a date and time (MySQL before 8.0.13 took {@code CURRENT_TIMESTAMP} only there). The spec takes
 * each attribute from the change, else from the existing state: the existing type and nullability must be
 * known (Alembic silently assumes nullable; here that is an error), an unknown existing default, comment or
 * identity is taken as none, as in Alembic. MySQL numbers a column only by {@code AUTO_INCREMENT}, so an
 * identity of any generation and numbers is that, as in {@code CREATE TABLE}.
 */
public class MySqlColumnAlterations extends ColumnAlterations {

    private static final Pattern ON_UPDATE = Pattern.compile("(?is).*\\son\\s+update\\s.*");
    private static final Pattern DATE_TIME_NAME = Pattern.compile("(?i)datetime|timestamp");

    /** Whether {@code SET DEFAULT} takes any expression (MariaDB), not only where Alembic writes it (MySQL). */
    private final boolean anyExpressionDefaultInPlace;

    public MySqlColumnAlterations(DdlCompiler compiler, boolean anyExpressionDefaultInPlace) {
        super(compiler);
        this.anyExpressionDefaultInPlace = anyExpressionDefaultInPlace;
    }

    @Override
    public List<String> compile(AlterColumn operation) {
        // USING is PostgreSQL's: MODIFY converts the values MySQL's way, as Alembic leaves them.
        ColumnChange change = operation.change();
        boolean expressionDefault = change.serverDefault() instanceof Change.SetTo<ServerDefault> set
                && set.value() instanceof SqlExpression expression && !MySqlTableDdl.isPlainLiteral(expression.sql())
                && restatesDefault(expression, change.type().or(operation.existing()::type));
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

    /** Whether setting {@code expression} as the default takes restating the column whole. */
    private boolean restatesDefault(SqlExpression expression, Optional<ColumnType> type) {
        if (ON_UPDATE.matcher(" " + expression.sql() + " ").matches()) {
            return true;
        }
        return !anyExpressionDefaultInPlace && type.filter(MySqlColumnAlterations::isDateTime).isPresent();
    }

    private static boolean isDateTime(ColumnType type) {
        return type instanceof ColumnType.TimestampType
                || type instanceof ColumnType.DialectType dialectType && DATE_TIME_NAME.matcher(dialectType.name())
                        .matches();
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
