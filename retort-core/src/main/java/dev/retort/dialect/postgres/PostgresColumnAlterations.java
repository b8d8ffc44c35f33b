package dev.retort.dialect.postgres;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.AlterColumn;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code ALTER COLUMN c TYPE x USING expr}, its identity clauses, and autoincrement as
 * {@code SERIAL} makes it: a sequence named as {@code SERIAL} names it ({@code <table>_<column>_seq}),
 * owned by the column, as its default; turning it off drops the default and the sequence the column owns,
 * whatever it is called now (the table or column renamed since). A column that is
 * given numbers while it holds rows numbers on from its highest value, so the first insert does not collide with them.
 */
public class PostgresColumnAlterations extends ColumnAlterations {
    /** The longest identifier PostgreSQL keeps, in bytes ({@code NAMEDATALEN - 1}). */

    public PostgresColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    protected boolean typeFirst() {
        return true;
    }

    @Override
    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        return alterColumn(operation) + " TYPE " + compiler().type(type) + using.map(expression -> " USING "
                + expression).orElse("");
    }

    @Override
    protected List<String> autoincrement(AlterColumn operation, boolean enabled) {
        if (!enabled) {
            return List.of(alterColumn(operation) + " DROP DEFAULT", dropOwnedSequence(operation));
        }
        String sequence = compiler().table(serialSequence(operation));
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
     * Drops the sequence the column owns, whatever it is called: {@code SERIAL} named it after the table and the
     * column as they were then, which a rename since has not changed.
     */
    private String dropOwnedSequence(AlterColumn operation) {
        String body = " DECLARE owned text := pg_get_serial_sequence("
                + compiler().literal(compiler().table(operation.table())) + ", "
                + compiler().literal(operation.column()) + "); BEGIN IF owned IS NOT NULL THEN EXECUTE 'DROP SEQUENCE '"
                + " || owned; END IF; END ";
        String tag = dollarTagNotIn(body);
        return "DO " + tag + body + tag;
    }

    /** {@code $retort$}, or {@code $retort1$} and on: a dollar-quote tag the body (a name in it) does not hold. */
    private static String dollarTagNotIn(String body) {
        String tag = "$retort$";
        for (int n = 1; body.contains(tag); n++) {
            tag = "$retort" + n + "$";
        }
        return tag;
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

    /**
     * The sequence {@code SERIAL} makes for the column, in the table's schema: {@code <table>_<column>_seq},
     * the longer of the two names shortened first until it fits PostgreSQL's 63 bytes, as its
     * {@code makeObjectName} does.
     */
    private static QualifiedName serialSequence(AlterColumn operation) {
        byte[] table = operation.table().name().getBytes(StandardCharsets.UTF_8);
        byte[] column = operation.column().getBytes(StandardCharsets.UTF_8);
        int available = PostgresDdlCompiler.IDENTIFIER_BYTES - "_".length() - "_seq".length();
        int tableBytes = table.length;
        int columnBytes = column.length;
        while (tableBytes + columnBytes > available) {
            if (tableBytes > columnBytes) {
                tableBytes--;
            } else {
                columnBytes--;
            }
        }
        return QualifiedName.of(operation.table().schema(), prefix(table, tableBytes) + "_"
                + prefix(column, columnBytes) + "_seq");
    }

    /** The first {@code bytes} bytes of a UTF-8 name, cut back to the start of a character. */
    private static String prefix(byte[] name, int bytes) {
        int end = bytes;
        while (end < name.length && end > 0 && (name[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(name, 0, end, StandardCharsets.UTF_8);
    }
}
