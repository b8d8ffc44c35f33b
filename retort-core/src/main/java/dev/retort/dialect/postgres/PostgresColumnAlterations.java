package dev.retort.dialect.postgres;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.AlterColumn;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code ALTER COLUMN c TYPE x USING expr}, its identity clauses, and autoincrement as
 * {@code SERIAL} makes it: a sequence named {@code <table>_<column>_seq}, owned by the column, as its
 * default; turning it off drops the default and that sequence. A column that is given numbers while it
 * holds rows numbers on from its highest value, so the first insert does not collide with them.
 */
public class PostgresColumnAlterations extends ColumnAlterations {

    public PostgresColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        return alterColumn(operation) + " TYPE " + compiler().type(type) + using.map(expression -> " USING "
                + expression).orElse("");
    }

    @Override
    protected List<String> autoincrement(AlterColumn operation, boolean enabled) {
        String sequence = compiler().table(serialSequence(operation));
        if (!enabled) {
            return List.of(alterColumn(operation) + " DROP DEFAULT", "DROP SEQUENCE " + sequence);
        }
        String table = compiler().table(operation.table());
        String column = compiler().name(operation.column());
        return List.of("CREATE SEQUENCE " + sequence + " OWNED BY " + table + "." + column,
                alterColumn(operation) + " SET DEFAULT nextval(" + compiler().literal(sequence) + "::regclass)",
                numberOnFromRows(operation, Identity.byDefault()));
    }

    @Override
    protected List<String> addIdentity(AlterColumn operation, Identity identity) {
        List<String> statements = new ArrayList<>(super.addIdentity(operation, identity));
        if (identity.effectiveIncrement() > 0) {
            statements.add(numberOnFromRows(operation, identity));
        }
        return statements;
    }

    /**
     * Moves the column's sequence past the highest value the column holds, when that is at or past the
     * start; on an empty table, or one whose values are all below the start, the sequence stays as it is.
     */
    private String numberOnFromRows(AlterColumn operation, Identity identity) {
        String table = compiler().table(operation.table());
        String column = compiler().name(operation.column());
        return "SELECT setval(pg_get_serial_sequence(" + compiler().literal(table) + ", "
                + compiler().literal(operation.column()) + "), MAX(" + column + ")) FROM " + table
                + " HAVING MAX(" + column + ") >= " + identity.effectiveStart();
    }

    /** The sequence {@code SERIAL} would make for the column, in the table's schema. */
    private static QualifiedName serialSequence(AlterColumn operation) {
        return QualifiedName.of(operation.table().schema(), operation.table().name() + "_" + operation.column()
                + "_seq");
    }
}
