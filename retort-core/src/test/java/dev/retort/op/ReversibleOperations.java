package dev.retort.op;

import static dev.retort.op.IdentityArbitraries.existingIdentities;
import static dev.retort.op.IdentityArbitraries.identityChanges;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random operations that have a reverse, for the reverse properties. */
final class ReversibleOperations {
    private static final List<String> COLUMN_NAMES = List.of("id", "name", "email", "created", "total");

    private ReversibleOperations() {
    }

    static Arbitrary<Operation> any() {
        return Arbitraries.oneOf(List.of(
                tables().flatMap(table -> Arbitraries.of(true, false).map(flag -> new CreateTable(table, flag))),
                tables().flatMap(table -> Arbitraries.of(true, false)
                        .map(flag -> new DropTable(table.name(), Optional.of(table), flag))),
                Combinators.combine(tableNames(), names()).as(RenameTable::new),
                Combinators.combine(sequences(), Arbitraries.of(true, false)).as(CreateSequence::new),
                Combinators.combine(sequences(), Arbitraries.of(true, false))
                        .as((sequence, flag) -> new DropSequence(sequence.name(), Optional.of(sequence), flag)),
                tableNames().flatMap(ReversibleOperations::inners),
                tableNames().flatMap(table -> inners(table).list().ofMaxSize(4).flatMap(operations ->
                        batch(table, operations)))));
    }

    /** Operations on one table, also allowed inside a batch on it. */
    private static Arbitrary<Operation> inners(QualifiedName table) {
        return Arbitraries.oneOf(List.of(
                tableComments(table),
                Combinators.combine(columns(), Arbitraries.of(true, false), positions())
                        .as((column, flag, position) -> new AddColumn(table, column, flag, position)),
                Combinators.combine(columns(), Arbitraries.of(true, false))
                        .as((column, flag) -> new DropColumn(table, column.name(), Optional.of(column), flag)),
                alterations(table),
                Combinators.combine(indexes(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                        .as((index, ifNotExists, concurrently) -> new CreateIndex(table, index, ifNotExists, concurrently)),
                Combinators.combine(indexes(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                        .as((index, ifExists, concurrently) -> new DropIndex(table.withName(index.name().orElseThrow()),
                                Optional.of(table.name()), Optional.of(index), ifExists, concurrently)),
                constraints().map(constraint -> DropConstraint.creating(table, constraint)),
                Combinators.combine(constraints(), Arbitraries.of(true, false)).as((constraint, flag) ->
                        new DropConstraint(table, constraint.name().orElseThrow(), Optional.empty(),
                                Optional.of(constraint), flag))));
    }

    private static Arbitrary<Operation> batch(QualifiedName table, List<Operation> operations) {
        Arbitrary<Optional<Table>> copies = tables().map(definition -> definition.withName(table)).optional();
        Arbitrary<List<List<String>>> orders = Arbitraries.of(List.<List<String>>of(), List.of(List.of("id", "name")));
        return Combinators.combine(Arbitraries.of(BatchAlterTable.Recreate.class), copies, orders)
                .as((recreate, copy, order) -> new BatchAlterTable(table, recreate, copy, order, operations));
    }

    private static Arbitrary<Operation> tableComments(QualifiedName table) {
        return Arbitraries.oneOf(List.of(
                Combinators.combine(comments(), comments().optional())
                        .as((comment, existing) -> new CreateTableComment(table, comment, existing)),
                comments().map(existing -> new DropTableComment(table, Optional.of(existing)))));
    }

    private static Arbitrary<Operation> alterations(QualifiedName table) {
        Arbitrary<ColumnChange> changes = Combinators.combine(names().optional(), typeChanges(),
                        Arbitraries.of(true, false).optional(), defaultChanges(), commentChanges(),
                        Arbitraries.of(true, false).optional(), identityChanges(), positions())
                .as((name, type, nullable, serverDefault, comment, autoincrement, identity, position) ->
                        new ColumnChange(name, type.map(TypeChange::type), type.flatMap(TypeChange::using), nullable,
                                serverDefault, comment, autoincrement, identity, position))
                .filter(ColumnChange::changesDefinition);
        return Combinators.combine(Arbitraries.of(COLUMN_NAMES), changes, states())
                .as((column, change, state) -> new AlterColumn(table, column, change, knownFor(change, state)));
    }

    /** {@code state}, with every attribute that {@code change} changes known. */
    private static ColumnState knownFor(ColumnChange change, ColumnState state) {
        return new ColumnState(
                change.type().isPresent() ? state.type().or(() -> Optional.of(text())) : state.type(),
                change.nullable().isPresent() ? state.nullable().or(() -> Optional.of(true)) : state.nullable(),
                change.serverDefault().isChange() && !state.serverDefault().isKnown() ? Existing.absent()
                        : state.serverDefault(),
                change.comment().isChange() && !state.comment().isKnown() ? Existing.of("was") : state.comment(),
                change.autoincrement().isPresent() ? state.autoincrement().or(() -> Optional.of(false))
                        : state.autoincrement(),
                change.identity().isChange() && !state.identity().isKnown() ? Existing.absent() : state.identity());
    }

    private static Arbitrary<ColumnState> states() {
        return Combinators.combine(types().optional(), Arbitraries.of(true, false).optional(), existingDefaults(),
                        existingComments(), Arbitraries.of(true, false).optional(), existingIdentities())
                .as(ColumnState::new);
    }

    private record TypeChange(ColumnType type, Optional<String> using) {
    }

    private static Arbitrary<Optional<TypeChange>> typeChanges() {
        return Combinators.combine(types(), Arbitraries.of("name::text", "CAST(name AS TEXT)").optional())
                .as(TypeChange::new).optional();
    }

    private static Arbitrary<Change<ServerDefault>> defaultChanges() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Change.unchanged()), Arbitraries.just(Change.drop()),
                serverDefaults().map(Change::to)));
    }

    private static Arbitrary<Change<String>> commentChanges() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Change.unchanged()), Arbitraries.just(Change.drop()),
                comments().map(Change::to)));
    }

    private static Arbitrary<Existing<ServerDefault>> existingDefaults() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Existing.unknown()), Arbitraries.just(Existing.absent()),
                serverDefaults().map(Existing::of)));
    }

    private static Arbitrary<Existing<String>> existingComments() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Existing.unknown()), Arbitraries.just(Existing.absent()),
                comments().map(Existing::of)));
    }

    private static Arbitrary<Optional<ColumnPosition>> positions() {
        return Arbitraries.of(COLUMN_NAMES).flatMap(column -> Arbitraries.of(ColumnPosition.before(column),
                ColumnPosition.after(column))).optional();
    }

    static Arbitrary<Table> tables() {
        return Combinators.combine(tableNames(), columns().list().ofMinSize(1).ofMaxSize(4)
                        .uniqueElements(Column::name), Arbitraries.of(true, false), comments().optional())
                .as((name, columns, keyed, comment) -> {
                    List<Column> withKey = keyed
                            ? java.util.stream.Stream.concat(java.util.stream.Stream.of(columns.get(0).primaryKey()),
                                    columns.stream().skip(1)).toList()
                            : columns;
                    return Table.of(name, withKey).withComment(comment);
                });
    }

    /** Sequences with any of their numbers set; the minimum at most 0 and the maximum above it. */
    private static Arbitrary<Sequence> sequences() {
        Arbitrary<OptionalLong> steps = optionalLongs(-5, 5).filter(step -> step.orElse(1) != 0);
        return Combinators.combine(tableNames(), optionalLongs(-1000, 1000), steps, optionalLongs(-1000, 0),
                        optionalLongs(1, 1000), Arbitraries.of(true, false))
                .as(Sequence::new);
    }

    private static Arbitrary<OptionalLong> optionalLongs(long min, long max) {
        return Arbitraries.longs().between(min, max).optional().map(value -> value.map(OptionalLong::of)
                .orElse(OptionalLong.empty()));
    }

    private static Arbitrary<Column> columns() {
        return Combinators.combine(Arbitraries.of(COLUMN_NAMES), types(), Arbitraries.of(true, false),
                        serverDefaults().optional(), comments().optional())
                .as((name, type, nullable, serverDefault, comment) -> {
                    Column column = Column.of(name, type).nullable(nullable);
                    column = serverDefault.map(column::serverDefault).orElse(column);
                    return comment.map(column::comment).orElse(column);
                });
    }

    private static Arbitrary<Index> indexes() {
        return Combinators.combine(names(), Arbitraries.of(COLUMN_NAMES).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
                        Arbitraries.of(true, false), Arbitraries.of("active", "total > 0").optional())
                .as((name, columns, unique, where) -> {
                    Index index = Index.on(Optional.of("ix_" + name), columns).unique(unique);
                    return where.map(index::where).orElse(index);
                });
    }

    private static Arbitrary<Constraint> constraints() {
        Arbitrary<List<String>> columns = Arbitraries.of(COLUMN_NAMES).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        return Arbitraries.oneOf(List.of(
                Combinators.combine(names(), columns).as((name, cols) -> new PrimaryKey(Optional.of("pk_" + name), cols)),
                Combinators.combine(names(), columns).as((name, cols) -> new UniqueConstraint(Optional.of("uq_" + name), cols)),
                Combinators.combine(names(), columns, tableNames(), Arbitraries.of(ReferentialAction.class).optional())
                        .as((name, cols, referred, onDelete) -> {
                            ForeignKey key = ForeignKey.of(Optional.of("fk_" + name), cols, referred, cols);
                            return onDelete.map(key::onDelete).orElse(key);
                        }),
                Combinators.combine(names(), Arbitraries.of("id > 0", "email LIKE '%@%'"))
                        .as((name, condition) -> new CheckConstraint(Optional.of("ck_" + name), condition))));
    }

    private static Arbitrary<ColumnType> types() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(ColumnType.IntegerType.Width.class).map(ColumnType.IntegerType::new),
                Arbitraries.integers().between(1, 255).map(n -> new ColumnType.StringType(OptionalInt.of(n), Optional.empty())),
                Arbitraries.integers().between(1, 38).flatMap(precision -> Arbitraries.integers().between(0, precision)
                        .map(scale -> new ColumnType.NumericType(OptionalInt.of(precision), OptionalInt.of(scale)))),
                Arbitraries.just(text()),
                Arbitraries.of(true, false).map(ColumnType.TimestampType::new),
                Arbitraries.just(new ColumnType.DialectType("postgresql", "jsonb", List.of()))));
    }

    private static ColumnType text() {
        return new ColumnType.TextType(Optional.empty());
    }

    private static Arbitrary<ServerDefault> serverDefaults() {
        return Arbitraries.oneOf(List.of(Arbitraries.of("0", "x", "it's").map(ServerDefault::literal),
                Arbitraries.of("CURRENT_TIMESTAMP", "now()").map(ServerDefault::sql)));
    }

    private static Arbitrary<String> comments() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<QualifiedName> tableNames() {
        return Combinators.combine(Arbitraries.of("reporting", "billing").optional(), names()).as(QualifiedName::of);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
    }
}
