package dev.retort.dialect.h2;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AlterColumn;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * H2's {@code ALTER COLUMN c SET DATA TYPE x} and {@code ALTER COLUMN c RENAME TO d}. H2 makes a column
 * an identity with {@code SET GENERATED ...}, then takes {@code START WITH s} and {@code SET INCREMENT BY
 * i} one at a time; the autoincrement column is an identity {@code BY DEFAULT}, as H2's {@code CREATE
 * TABLE} writes it. A new identity would number from its start whatever rows the column holds, so it is
 * restarted past the highest value.
 */
public class H2ColumnAlterations extends ColumnAlterations {

    public H2ColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    /**
     * H2 has no enum type: an enum column is a {@code VARCHAR} whose values an unnamed check lists, which {@code
     * ALTER COLUMN} can neither change nor add, so a change of type to or from an enum (as {@code existingType}
     * says) is refused before anything runs.
     */
    @Override
    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        if (type instanceof ColumnType.EnumType
                || operation.existing().type().filter(ColumnType.EnumType.class::isInstance).isPresent()) {
            throw new UnsupportedOperationForDialectException("h2", "enum type change", "H2 has no enum type: an"
                    + " enum column is a VARCHAR whose values a check lists, which ALTER COLUMN of column "
                    + operation.column() + " of " + operation.table() + " can neither change nor add. With op.execute,"
                    + " drop the old check (if any) by the name H2 gave it (INFORMATION_SCHEMA.CHECK_CONSTRAINTS), alter"
                    + " the column's type to VARCHAR, and add a check of the new values (op.createCheckConstraint)");
        }
        return alterColumn(operation) + " SET DATA TYPE " + compiler().type(type);
    }

    @Override
    protected String rename(AlterColumn operation, String newName) {
        return alterColumn(operation) + " RENAME TO " + compiler().name(newName);
    }

    @Override
    protected List<String> autoincrement(AlterColumn operation, boolean enabled) {
        return enabled ? addIdentity(operation, Identity.byDefault()) : dropIdentity(operation);
    }

    @Override
    protected List<String> addIdentity(AlterColumn operation, Identity identity) {
        List<String> statements = new ArrayList<>();
        statements.add(alterColumn(operation) + " " + generated(identity));
        statements.addAll(changeNumbers(operation, Identity.byDefault(), identity));
        if (identity.effectiveIncrement() > 0) {
            statements.add(restartPastRows(operation, identity));
        }
        return statements;
    }

    @Override
    protected List<String> changeIdentity(AlterColumn operation, Identity from, Identity to) {
        List<String> statements = new ArrayList<>();
        if (from.always() != to.always()) {
            statements.add(alterColumn(operation) + " " + generated(to));
        }
        statements.addAll(changeNumbers(operation, from, to));
        return statements;
    }

    /** {@code RESTART WITH} the number after the highest value, or the start when that is higher. */
    private String restartPastRows(AlterColumn operation, Identity identity) {
        String column = compiler().name(operation.column());
        long start = identity.effectiveStart();
        return alterColumn(operation) + " RESTART WITH (SELECT GREATEST(COALESCE(MAX(" + column + ") + "
                + identity.effectiveIncrement() + ", " + start + "), " + start + ") FROM "
                + compiler().table(operation.table()) + ")";
    }

    private List<String> changeNumbers(AlterColumn operation, Identity from, Identity to) {
        List<String> statements = new ArrayList<>();
        if (from.effectiveStart() != to.effectiveStart()) {
            statements.add(alterColumn(operation) + " START WITH " + to.effectiveStart());
        }
        if (from.effectiveIncrement() != to.effectiveIncrement()) {
            statements.add(alterColumn(operation) + " SET INCREMENT BY " + to.effectiveIncrement());
        }
        return statements;
    }
}
