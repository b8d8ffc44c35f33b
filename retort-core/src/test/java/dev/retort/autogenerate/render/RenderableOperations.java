package dev.retort.autogenerate.render;

import static dev.retort.op.IdentityArbitraries.existingIdentities;
import static dev.retort.op.IdentityArbitraries.identityChanges;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.Existing;
import dev.retort.op.Operation;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random operations of every kind in the forms the revision API can say, over random names, comments,
 * SQL text, types, defaults and constraints, text with quotes, backslashes, line breaks and any unicode.
 */
final class RenderableOperations {
    private static final List<String> COLUMNS = List.of("id", "name", "e-mail", "it's", "qu\"ote", "naïve");

    private RenderableOperations() {
    }

    static Arbitrary<List<Operation>> revisions() {
        return any().list().ofMinSize(1).ofMaxSize(5);
    }

    static Arbitrary<Operation> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, tables().map(table -> new CreateTable(table, false))),
                Tuple.of(1, plainTables().map(table -> new CreateTable(table, true))),
                Tuple.of(1, tableNames().flatMap(name -> tables().map(table -> table.withName(name))
                        .optional().map(existing -> new DropTable(name, existing, false)))),
                Tuple.of(1, tableNames().map(name -> new DropTable(name, Optional.empty(), true))),
                Tuple.of(1, Combinators.combine(tableNames(), names()).as(RenameTable::new)),
                Tuple.of(1, Combinators.combine(sequences(), Arbitraries.of(true, false)).as(CreateSequence::new)),
                Tuple.of(1, Combinators.combine(tableNames(), sequences().optional(), Arbitraries.of(true, false))
                        .as((name, existing, ifExists) -> new DropSequence(name,
                                existing.map(sequence -> sequence.withName(name)), ifExists))),
                Tuple.of(1, sqlText().map(Execute::new)),
                Tuple.of(1, bulkInserts()),
                Tuple.of(6, tableNames().flatMap(table -> inner(table, false))),
                Tuple.of(2, tableNames().flatMap(RenderableOperations::batch)));
    }

    private static Arbitrary<Operation> inner(QualifiedName table, boolean inBatch) {
        return Arbitraries.oneOf(List.of(
                Combinators.combine(text(), text().optional())
                        .as((comment, existing) -> new CreateTableComment(table, comment, existing)),
                text().optional().map(existing -> new DropTableComment(table, existing)),
                Combinators.combine(columns(), Arbitraries.of(false, !inBatch), inBatch ? positions() : none())
                        .as((column, flag, position) -> new AddColumn(table, column, flag, position)),
                Combinators.combine(columns().optional(), Arbitraries.of(COLUMNS))
                        .as((existing, name) -> new DropColumn(table, existing.map(Column::name).orElse(name),
                                existing, false)),
                alterations(table, inBatch),
                Combinators.combine(indexes(), Arbitraries.of(false, !inBatch), Arbitraries.of(false, !inBatch))
                        .as((index, ifNotExists, concurrently) -> new CreateIndex(table, index, ifNotExists,
                                concurrently)),
                dropIndexes(table, inBatch),
                constraints().map(constraint -> DropConstraint.creating(table, constraint)),
                namedConstraints().map(constraint -> new DropConstraint(table, constraint.name().orElseThrow(),
                        Optional.empty(), Optional.of(constraint), false)),
                Combinators.combine(names(), Arbitraries.of(ConstraintKind.class).optional(), Arbitraries.of(false,
                        !inBatch)).as((name, kind, ifExists) -> new DropConstraint(table, name, kind, Optional.empty(),
                        ifExists && kind.isPresent()))));
    }

    private static Arbitrary<Operation> dropIndexes(QualifiedName table, boolean inBatch) {
        Arbitrary<Optional<String>> tables = inBatch ? Arbitraries.just(Optional.of(table.name()))
                : Arbitraries.of(table.name()).optional();
        return Combinators.combine(indexes().filter(index -> index.name().isPresent()).optional(), names(), tables,
                Arbitraries.of(false, !inBatch), Arbitraries.of(false, !inBatch)).as((existing, name, on, ifExists,
                        concurrently) -> {
            String indexName = existing.flatMap(Index::name).orElse(name);
            boolean withTable = on.isPresent();
            return new DropIndex(table.withName(indexName), on, withTable ? existing : Optional.empty(),
                    withTable && ifExists, withTable && concurrently);
        });
    }

    private static Arbitrary<Operation> batch(QualifiedName table) {
        Arbitrary<Optional<Table>> copies = plainTables().map(definition -> definition.withName(table)).optional();
        Arbitrary<List<List<String>>> orders = Arbitraries.of(List.<List<String>>of(), List.of(List.of("id", "name")));
        return Combinators.combine(Arbitraries.of(BatchAlterTable.Recreate.class), copies, orders,
                        inner(table, true).list().ofMaxSize(4))
                .as((recreate, copy, order, operations) -> new BatchAlterTable(table, recreate, copy, order, operations));
    }

    private static Arbitrary<Operation> alterations(QualifiedName table, boolean inBatch) {
        Arbitrary<ColumnChange> changes = Combinators.combine(names().optional(), types().optional(),
                        Arbitraries.of(true, false).optional(), defaultChanges(), commentChanges(),
                        Arbitraries.of(true, false).optional(), identityChanges(), inBatch ? positions() : none())
                .as((name, type, nullable, serverDefault, comment, autoincrement, identity, position) ->
                        new ColumnChange(name, type, Optional.empty(), nullable, serverDefault, comment,
                                autoincrement, identity, position))
                .filter(change -> !change.isEmpty());
        Arbitrary<ColumnState> states = Combinators.combine(types().optional(), Arbitraries.of(true, false).optional(),
                existingDefaults(), existingComments(), Arbitraries.of(true, false).optional(), existingIdentities())
                .as(ColumnState::new);
        Arbitrary<Optional<String>> usings = sqlText().optional();
        return Combinators.combine(Arbitraries.of(COLUMNS), changes, states, usings).as((column, change, state, using) ->
                new AlterColumn(table, column, change.type().isPresent() ? withUsing(change, using) : change, state));
    }

    private static ColumnChange withUsing(ColumnChange change, Optional<String> using) {
        return new ColumnChange(change.newName(), change.type(), using, change.nullable(), change.serverDefault(),
                change.comment(), change.autoincrement(), change.identity(), change.position());
    }

    private static Arbitrary<Operation> bulkInserts() {
        Arbitrary<Object> values = Arbitraries.oneOf(List.of(text().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast), Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast), Arbitraries.bigDecimals().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast), Arbitraries.just(null),
                Arbitraries.just(LocalDate.of(2024, 2, 29)).map(Object.class::cast)));
        Arbitrary<Map<String, Object>> rows = Arbitraries.maps(Arbitraries.of(COLUMNS), values).ofMaxSize(3)
                .map(LinkedHashMap::new);
        return Combinators.combine(tableNames(), rows.list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((table, list, typed) -> {
                    Map<String, ColumnType> types = new LinkedHashMap<>();
                    if (typed) {
                        COLUMNS.forEach(column -> types.put(column, new ColumnType.TextType(Optional.empty())));
                    }
                    return new BulkInsert(table, types, list, true);
                });
    }

    /** Sequences with any numbers, from the extremes of {@code long} to small ones, the minimum below the maximum. */
    private static Arbitrary<Sequence> sequences() {
        Arbitrary<Long> numbers = Arbitraries.oneOf(List.of(Arbitraries.longs(), Arbitraries.longs().between(-9, 9),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L)));
        Arbitrary<OptionalLong> optional = numbers.optional().map(value -> value.map(OptionalLong::of)
                .orElse(OptionalLong.empty()));
        return Combinators.combine(tableNames(), optional, optional.filter(step -> step.orElse(1) != 0), optional,
                        optional, Arbitraries.of(true, false))
                .as((name, start, step, min, max, cycle) -> {
                    boolean swap = min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong();
                    return new Sequence(name, start, step, swap ? max : min, swap ? min : max, cycle);
                });
    }

    static Arbitrary<Table> tables() {
        return Combinators.combine(plainTables(), constraints().list().ofMaxSize(3), indexes().list().ofMaxSize(2),
                        text().optional())
                .as((table, constraints, indexes, comment) -> {
                    List<Object> elements = new ArrayList<>(table.columns());
                    elements.addAll(constraints);
                    elements.addAll(indexes);
                    try {
                        return Table.of(table.name(), elements.stream().map(TableElement.class::cast).toList())
                                .withComment(comment);
                    } catch (SchemaDefinitionException e) {
                        // Constraints on columns the table lacks, or a second key: the plain table will do.
                        return table;
                    }
                });
    }

    private static Arbitrary<Table> plainTables() {
        return Combinators.combine(tableNames(), columns().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Column::name))
                .as((name, columns) -> Table.of(name, columns.stream().map(Column::withoutInlineConstraints).toList()));
    }

    private static Arbitrary<Column> columns() {
        return Combinators.combine(Arbitraries.of(COLUMNS), types(), Arbitraries.of(true, false),
                        serverDefaults().optional(), text().optional(), Arbitraries.integers().between(0, 5))
                .as((name, type, nullable, serverDefault, comment, extra) -> {
                    Column column = Column.of(name, type).nullable(nullable);
                    column = serverDefault.map(column::serverDefault).orElse(column);
                    column = comment.map(column::comment).orElse(column);
                    return switch (extra) {
                        case 1 -> column.primaryKey();
                        case 2 -> column.unique();
                        case 3 -> column.references("other.id");
                        case 4 -> column.autoincrement(false).identity(new Identity(true, OptionalLong.of(5),
                                OptionalLong.empty()));
                        default -> column;
                    };
                });
    }

    private static Arbitrary<Index> indexes() {
        Arbitrary<IndexElement> elements = Arbitraries.oneOf(List.of(
                Arbitraries.of(COLUMNS).map(IndexColumn::new), sqlText().map(SqlExpression::new)));
        return Combinators.combine(names().optional(), elements.list().ofMinSize(1).ofMaxSize(3)
                                .uniqueElements(), Arbitraries.of(true, false), sqlText().optional(),
                        Arbitraries.of("postgresql_using", "mysql_length").optional())
                .as((name, parts, unique, where, option) -> new Index(name, parts, unique, where,
                        option.map(key -> Map.of(key, "gin")).orElse(Map.of())));
    }

    private static Arbitrary<Constraint> constraints() {
        return Arbitraries.oneOf(List.of(namedConstraints(), unnamedConstraints()));
    }

    private static Arbitrary<Constraint> namedConstraints() {
        return names().flatMap(name -> constraintOf(Optional.of(name)));
    }

    private static Arbitrary<Constraint> unnamedConstraints() {
        return constraintOf(Optional.empty());
    }

    private static Arbitrary<Constraint> constraintOf(Optional<String> name) {
        Arbitrary<List<String>> columns = Arbitraries.of(COLUMNS).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        return Arbitraries.oneOf(List.of(
                columns.map(cols -> new PrimaryKey(name, cols)),
                columns.map(cols -> new UniqueConstraint(name, cols)),
                Combinators.combine(columns, tableNames(), Arbitraries.of(ReferentialAction.class).optional(),
                                Arbitraries.of(ForeignKey.Initially.class).optional())
                        .as((cols, referred, onDelete, initially) -> {
                            ForeignKey key = ForeignKey.of(name, cols, referred, cols);
                            key = onDelete.map(key::onDelete).orElse(key);
                            return initially.map(key::initially).orElse(key);
                        }),
                sqlText().map(condition -> new CheckConstraint(name, condition))));
    }

    static Arbitrary<ColumnType> types() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(Width.class).map(ColumnType.IntegerType::new),
                Arbitraries.integers().between(1, 255).optional().map(n -> new ColumnType.StringType(
                        n.map(OptionalInt::of).orElse(OptionalInt.empty()), Optional.empty())),
                Arbitraries.integers().between(1, 38).flatMap(precision -> Arbitraries.integers().between(0, precision)
                        .map(scale -> new ColumnType.NumericType(OptionalInt.of(precision), OptionalInt.of(scale)))),
                text().optional().map(ColumnType.TextType::new),
                Arbitraries.of(new ColumnType.BooleanType(), new ColumnType.DateType(), new ColumnType.UuidType(),
                        new ColumnType.JsonType(), new ColumnType.DoubleType(), new ColumnType.TimeType(true),
                        new ColumnType.FloatType(OptionalInt.of(53)), new ColumnType.BinaryType(OptionalInt.empty())),
                Combinators.combine(text().optional(), text().list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                        .as(ColumnType.EnumType::new),
                Combinators.combine(Arbitraries.of("postgresql", "mysql", "h2"), names(), text().list().ofMaxSize(2))
                        .as(ColumnType.DialectType::new),
                sqlText().map(ColumnType.RawType::new)));
    }

    private static Arbitrary<ServerDefault> serverDefaults() {
        return Arbitraries.oneOf(List.of(
                text().map(ServerDefault::literal),
                Arbitraries.integers().map(ServerDefault::literal),
                Arbitraries.longs().map(ServerDefault::literal),
                Arbitraries.doubles().map(ServerDefault::literal),
                Arbitraries.bigDecimals().map(value -> ServerDefault.literal((BigDecimal) value)),
                Arbitraries.of(true, false).map(ServerDefault::literal),
                sqlText().map(ServerDefault::sql)));
    }

    private static Arbitrary<Change<ServerDefault>> defaultChanges() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Change.unchanged()), Arbitraries.just(Change.drop()),
                serverDefaults().map(Change::to)));
    }

    private static Arbitrary<Change<String>> commentChanges() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Change.unchanged()), Arbitraries.just(Change.drop()),
                text().map(Change::to)));
    }

    private static Arbitrary<Existing<ServerDefault>> existingDefaults() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Existing.unknown()), Arbitraries.just(Existing.absent()),
                serverDefaults().map(Existing::of)));
    }

    private static Arbitrary<Existing<String>> existingComments() {
        return Arbitraries.oneOf(List.of(Arbitraries.just(Existing.unknown()), Arbitraries.just(Existing.absent()),
                text().map(Existing::of)));
    }

    private static Arbitrary<Optional<ColumnPosition>> positions() {
        return Arbitraries.of(COLUMNS).flatMap(column -> Arbitraries.of(ColumnPosition.before(column),
                ColumnPosition.after(column))).optional();
    }

    private static <T> Arbitrary<Optional<T>> none() {
        return Arbitraries.just(Optional.empty());
    }

    private static Arbitrary<QualifiedName> tableNames() {
        return Combinators.combine(Arbitraries.of("reporting", "bill\"ing").optional(), names()).as(QualifiedName::of);
    }

    /** Names with the characters that need care in Java: quotes, backslashes, dots, spaces, unicode. */
    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("a b", "it's", "say \"hi\"", "back\\slash", "dot.ted", "\\u0041", "ünïcödé", "日本")));
    }

    /** Any text that is not blank: comments, literals, enum values. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("ab\"'\\\n\r\t\u0000 u{}*/").ofMinLength(1).ofMaxLength(12)))
                .filter(value -> !value.isBlank());
    }

    private static Arbitrary<String> sqlText() {
        return Arbitraries.oneOf(List.of(text(), Arbitraries.of("lower(name)", "id > 0", "UPDATE t\nSET a = 'x\\y'\n",
                "now()", "x".repeat(150))));
    }
}
