package dev.retort.autogenerate;

import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.op.Change;
import dev.retort.op.Existing;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.Optional;

/**
 * Compares how a column numbers itself: not at all, as its table's autoincrement column (SERIAL,
 * AUTO_INCREMENT, SQLite's rowid), or as an identity. An identity {@code BY DEFAULT} with the default
 * numbers is the same as the autoincrement column, and where the database keeps no identity of its own
 * (MySQL, SQLite) any identity is; where a lone {@code INTEGER} key is the row id (SQLite), it numbers
 * itself whatever the models say, and what differs is whether it is marked autoincrement, which SQLite
 * writes {@code AUTOINCREMENT}; a column of a key of several columns numbers nothing there, marked or
 * not. So only what the database can tell apart is a difference. The change
 * says what the column has now, so that it can be reversed.
 */
final class NumberingComparator {
    private final boolean identityColumns;
    private final Optional<String> wantedAutoincrement;
    private final Optional<String> actualAutoincrement;
    private final Optional<String> wantedMarked;
    private final Optional<String> actualMarked;

    NumberingComparator(DialectCapabilities capabilities, Table wanted, Table actual) {
        this.identityColumns = capabilities.identityColumns();
        boolean rowid = capabilities.integerKeyIsRowid();
        this.wantedAutoincrement = rowid ? AutoincrementColumns.ofLoneKey(wanted).map(Column::name)
                .or(() -> rowid(wanted)) : AutoincrementColumns.of(wanted).map(Column::name);
        this.actualAutoincrement = rowid ? AutoincrementColumns.ofLoneKey(actual).map(Column::name)
                .or(() -> rowid(actual)) : AutoincrementColumns.of(actual).map(Column::name);
        this.wantedMarked = rowid ? AutoincrementColumns.marked(wanted).map(Column::name) : Optional.empty();
        this.actualMarked = rowid ? AutoincrementColumns.marked(actual).map(Column::name) : Optional.empty();
    }

    /** The lone key column of {@code INTEGER} type with no identity, which the row id numbers. */
    private static Optional<String> rowid(Table table) {
        return table.primaryKey().map(PrimaryKey::columns).filter(key -> key.size() == 1).map(key -> key.get(0))
                .flatMap(table::column)
                .filter(column -> column.type().equals(new ColumnType.IntegerType(Width.NORMAL))
                        && column.identity().isEmpty())
                .map(Column::name);
    }

    /** The change of numbering that gives {@code actual} the numbering of {@code wanted}, with what it has now. */
    NumberingChange compare(Column wanted, Column actual) {
        Numbering want = numbering(wanted, wantedAutoincrement);
        Numbering has = numbering(actual, actualAutoincrement);
        NumberingChange current = NumberingChange.current(has.autoincrement(), actual.identity());
        if (want.sameAs(has)) {
            return markChange(wanted.name(), current);
        }
        Optional<Boolean> autoincrement = Optional.empty();
        Change<Identity> identity = Change.unchanged();
        if (has.autoincrement() && !want.autoincrement()) {
            autoincrement = Optional.of(false);
        }
        if (want.autoincrement() && !has.numbered()) {
            autoincrement = Optional.of(true);
        }
        if (want.identity().isPresent()) {
            identity = Change.to(want.identity().get());
        } else if (has.identity().isPresent()) {
            identity = want.numbered() ? Change.to(Identity.byDefault()) : Change.drop();
        }
        return new NumberingChange(autoincrement, identity, current.existingAutoincrement(),
                current.existingIdentity());
    }

    /**
     * Where a row id numbers the column either way, marking it autoincrement (on or off) is the change: the
     * rebuilt key is then written {@code AUTOINCREMENT}, or without it.
     */
    private NumberingChange markChange(String column, NumberingChange current) {
        boolean want = wantedMarked.filter(column::equals).isPresent();
        boolean has = actualMarked.filter(column::equals).isPresent();
        if (want == has) {
            return current;
        }
        return new NumberingChange(Optional.of(want), Change.unchanged(), Optional.of(has),
                current.existingIdentity());
    }

    private Numbering numbering(Column column, Optional<String> autoincrement) {
        boolean isAutoincrement = autoincrement.filter(column.name()::equals).isPresent();
        return new Numbering(isAutoincrement, column.identity(), identityColumns);
    }

    /**
     * How a column numbers itself: as the autoincrement column, or by an identity, or not at all; an
     * identity that is only the autoincrement column's equal counts as numbering, not as a difference.
     */
    private record Numbering(boolean autoincrement, Optional<Identity> identity, boolean identityColumns) {

        boolean numbered() {
            return autoincrement || identity.isPresent();
        }

        /** The identity the database tells apart from plain numbering, if any. */
        Optional<Identity> distinctIdentity() {
            return identity.filter(value -> identityColumns && !value.equals(Identity.byDefault()));
        }

        boolean sameAs(Numbering other) {
            return numbered() == other.numbered() && distinctIdentity().equals(other.distinctIdentity());
        }
    }

    /**
     * The numbering part of a column's alteration: what changes ({@code autoincrement}, {@code identity})
     * and what the column has now, known for every column compared.
     */
    record NumberingChange(Optional<Boolean> autoincrement, Change<Identity> identity,
            Optional<Boolean> existingAutoincrement, Existing<Identity> existingIdentity) {

        /** No change; the column is numbered as {@code autoincrement} and {@code identity} say. */
        static NumberingChange current(boolean autoincrement, Optional<Identity> identity) {
            return new NumberingChange(Optional.empty(), Change.unchanged(), Optional.of(autoincrement),
                    identity.map(Existing::of).orElseGet(Existing::absent));
        }
    }
}
