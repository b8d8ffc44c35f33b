package dev.retort.autogenerate.render;

import static dev.retort.autogenerate.render.JavaCode.atom;
import static dev.retort.autogenerate.render.JavaCode.call;
import static dev.retort.autogenerate.render.JavaCode.text;

import dev.retort.autogenerate.render.JavaCode.Call;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Computed;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java source for schema objects, written with the factories of {@code dev.retort.api.Schema} as a person
 * would: {@code column("id", INTEGER).primaryKey()}, {@code unique("uq_name", "name")},
 * {@code index("ix_name", "name")}, {@code check("qty > 0")}, {@code generatedAlways().start(100)}. What those
 * factories cannot say (other unnamed table constraints) is constructed from the schema classes, with their
 * imports.
 */
final class SchemaSource {
    private final Imports imports;
    private final TypeSource types;
    private final ValueSource values;

    SchemaSource(Imports imports) {
        this.imports = imports;
        this.types = new TypeSource(imports);
        this.values = new ValueSource(imports);
    }

    TypeSource types() {
        return types;
    }

    ValueSource values() {
        return values;
    }

    /** {@code table("name", elements...)}, and {@code .withComment(...)} for a commented table. */
    JavaCode table(Table table, boolean qualified) {
        List<JavaCode> arguments = new ArrayList<>();
        arguments.add(qualified ? tableName(table.name()) : text(table.name().name()));
        arguments.addAll(elements(table));
        JavaCode definition = JavaCode.callWithElements("table", arguments);
        return table.comment().map(comment -> JavaCode.fluent(definition, List.of(call("withComment",
                call(imports.use(Optional.class) + ".of", text(comment)))))).orElse(definition);
    }

    /** The elements that {@code Table.of} turns back into {@code table}: columns, key, constraints, indexes. */
    List<JavaCode> elements(Table table) {
        TableLayout layout = TableLayout.of(table);
        List<JavaCode> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(column(layout.inlineColumn(column)));
        }
        if (!layout.keyInline()) {
            table.primaryKey().ifPresent(key -> elements.add(constraint(key)));
        }
        layout.tableConstraints().forEach(constraint -> elements.add(constraint(constraint)));
        table.indexes().forEach(index -> elements.add(index(index)));
        return elements;
    }

    /** {@code "name"}, or {@code qualified("schema", "name")}. */
    JavaCode tableName(QualifiedName name) {
        return name.schema().<JavaCode>map(schema -> call("qualified", text(schema), text(name.name())))
                .orElseGet(() -> text(name.name()));
    }

    /** {@code column("name", TYPE)} and what sets the rest of it. */
    JavaCode column(Column column) {
        List<Call> calls = new ArrayList<>();
        Column.Inline inline = column.inline();
        if (inline.primaryKey()) {
            calls.add(call("primaryKey"));
        } else if (!column.nullable()) {
            calls.add(call("notNull"));
        }
        column.serverDefault().ifPresent(value -> calls.add(call("serverDefault", values.serverDefault(value))));
        switch (column.autoincrement()) {
            case ENABLED -> calls.add(call("autoincrement", atom("true")));
            case DISABLED -> calls.add(call("autoincrement", atom("false")));
            default -> { }
        }
        column.identity().ifPresent(identity -> calls.add(call("identity", identity(identity))));
        column.computed().ifPresent(computed -> calls.add(call("computed", computed(computed))));
        column.comment().ifPresent(comment -> calls.add(call("comment", text(comment))));
        if (inline.unique()) {
            calls.add(call("unique"));
        }
        inline.references().ifPresent(key -> calls.add(call("references", reference(key))));
        return JavaCode.fluent(call("column", text(column.name()), types.of(column.type())), calls);
    }

    /** {@code "price * quantity"} for a stored column, {@code virtual("...")} for a virtual one. */
    private static JavaCode computed(Computed computed) {
        return computed.stored() ? text(computed.sql()) : call("virtual", text(computed.sql()));
    }

    /** {@code "table.column"} for a plain reference whose names have no dots, else the foreign key in full. */
    private JavaCode reference(ForeignKey key) {
        boolean plain = key.equals(ForeignKey.of(Optional.empty(), key.columns(), key.referredTable(),
                key.referredColumns()));
        String target = key.referredTable() + "." + key.referredColumns().get(0);
        boolean dotted = key.referredTable().name().contains(".") || key.referredColumns().get(0).contains(".")
                || key.referredTable().schema().filter(schema -> schema.contains(".")).isPresent();
        return plain && !dotted ? text(target) : foreignKey(key);
    }

    /** {@code generatedAlways()} or {@code generatedByDefault()}, then {@code .start(s)}, {@code .increment(i)}. */
    JavaCode identity(Identity identity) {
        List<Call> numbers = new ArrayList<>();
        identity.start().ifPresent(start -> numbers.add(call("start", longLiteral(start))));
        identity.increment().ifPresent(increment -> numbers.add(call("increment", longLiteral(increment))));
        JavaCode generation = call(identity.always() ? "generatedAlways" : "generatedByDefault");
        return numbers.isEmpty() ? generation : JavaCode.fluent(generation, numbers);
    }

    private static JavaCode longLiteral(long value) {
        return atom(value == (int) value ? Long.toString(value) : value + "L");
    }

    /** A constraint as an element or argument: {@code unique("uq", "a")}; other than a check, constructed when unnamed. */
    JavaCode constraint(Constraint constraint) {
        if (constraint instanceof ForeignKey key) {
            return foreignKey(key);
        }
        Optional<String> name = constraint.name();
        if (constraint instanceof PrimaryKey key) {
            return name.isPresent() ? call("primaryKey", prepend(text(name.get()), texts(key.columns())))
                    : call(imports.use(PrimaryKey.class) + ".of", texts(key.columns()));
        } else if (constraint instanceof UniqueConstraint unique) {
            return name.isPresent() ? call("unique", prepend(text(name.get()), texts(unique.columns())))
                    : call("new " + imports.use(UniqueConstraint.class), emptyName(), list(texts(unique.columns())));
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return name.isPresent() ? call("check", text(name.get()), text(check.condition()))
                : call("check", text(check.condition()));
    }

    /** {@code foreignKey("fk", List.of(...), "table", List.of(...))} and its options. */
    JavaCode foreignKey(ForeignKey key) {
        JavaCode referred = tableName(key.referredTable());
        JavaCode base = key.name().isPresent()
                ? call("foreignKey", text(key.name().get()), list(texts(key.columns())), referred,
                        list(texts(key.referredColumns())))
                : call(imports.use(ForeignKey.class) + ".of", emptyName(), list(texts(key.columns())),
                        key.referredTable().schema().isPresent() ? referred : call(imports.use(QualifiedName.class)
                                + ".of", referred), list(texts(key.referredColumns())));
        return JavaCode.fluent(base, foreignKeyOptions(key));
    }

    /** {@code .onDelete(CASCADE)} and the other options a foreign key has. */
    List<Call> foreignKeyOptions(ForeignKey key) {
        List<Call> calls = new ArrayList<>();
        key.onDelete().ifPresent(action -> calls.add(call("onDelete", atom(action.name()))));
        key.onUpdate().ifPresent(action -> calls.add(call("onUpdate", atom(action.name()))));
        key.deferrable().ifPresent(deferrable -> calls.add(call("deferrable", atom(deferrable.toString()))));
        key.initially().ifPresent(when -> calls.add(call("initially",
                atom(imports.use(ForeignKey.class) + ".Initially." + when.name()))));
        key.match().ifPresent(how -> calls.add(call("match", atom(imports.use(ForeignKey.class) + ".Match."
                + how.name()))));
        return calls;
    }

    /** {@code index("ix", "a", "b")}, {@code uniqueIndex(...)}, {@code .where(...)}, expressions. */
    JavaCode index(Index index) {
        boolean columnsOnly = index.columnNames().size() == index.elements().size();
        List<Call> calls = new ArrayList<>();
        JavaCode base;
        if (index.name().isEmpty()) {
            base = columnsOnly
                    ? call(imports.use(Index.class) + ".on", emptyName(), list(texts(index.columnNames())))
                    : call("new " + imports.use(Index.class), emptyName(), list(elements(index.elements())),
                            atom("false"), emptyName(), call(imports.use(Map.class) + ".of"));
        } else {
            JavaCode name = text(index.name().get());
            boolean shorthand = columnsOnly && index.unique();
            base = call(shorthand ? "uniqueIndex" : "index", prepend(name, columnsOnly ? texts(index.columnNames())
                    : elements(index.elements())));
            if (index.unique() && !shorthand) {
                calls.add(call("unique", atom("true")));
            }
        }
        if (index.name().isEmpty() && index.unique()) {
            calls.add(call("unique", atom("true")));
        }
        index.where().ifPresent(where -> calls.add(call("where", text(where))));
        index.dialectOptions().forEach((key, value) -> calls.add(call("dialectOption", text(key), text(value))));
        return JavaCode.fluent(base, calls);
    }

    /**
     * {@code sequence("name")} and the numbers that differ from the defaults ({@code .start(1000)}), the
     * name without its schema, which {@code op.schema(...)} gives.
     */
    JavaCode sequence(Sequence sequence) {
        List<Call> calls = new ArrayList<>();
        sequence.start().ifPresent(value -> calls.add(call("start", number(value))));
        sequence.increment().ifPresent(value -> calls.add(call("increment", number(value))));
        sequence.minValue().ifPresent(value -> calls.add(call("minValue", number(value))));
        sequence.maxValue().ifPresent(value -> calls.add(call("maxValue", number(value))));
        if (sequence.cycle()) {
            calls.add(call("cycle", atom("true")));
        }
        return JavaCode.fluent(call("sequence", text(sequence.name().name())), calls);
    }

    /** A {@code long} argument: with the {@code L} suffix only where it is outside the range of {@code int}. */
    private static JavaCode number(long value) {
        return atom(value == (int) value ? Long.toString(value) : value + "L");
    }

    /** {@code PRIMARY_KEY}, {@code UNIQUE}, {@code FOREIGN_KEY} or {@code CHECK}. */
    static JavaCode kind(ConstraintKind kind) {
        return atom(kind.name());
    }

    private List<JavaCode> elements(List<IndexElement> elements) {
        List<JavaCode> codes = new ArrayList<>();
        for (IndexElement element : elements) {
            codes.add(element instanceof SqlExpression expression ? call("sql", text(expression.sql()))
                    : call("new " + imports.use(IndexColumn.class), text(((IndexColumn) element).name())));
        }
        return codes;
    }

    /** {@code List.of(...)}. */
    JavaCode list(List<JavaCode> elements) {
        return call(listOf(), elements);
    }

    String listOf() {
        return imports.use(List.class) + ".of";
    }

    private JavaCode emptyName() {
        return atom(imports.use(Optional.class) + ".empty()");
    }

    static List<JavaCode> texts(List<String> values) {
        return values.stream().<JavaCode>map(JavaCode::text).toList();
    }

    static List<JavaCode> prepend(JavaCode first, List<JavaCode> rest) {
        List<JavaCode> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
