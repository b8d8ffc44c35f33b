package dev.retort.dialect.ddl;

import dev.retort.op.AddColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropTable;
import dev.retort.op.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The named enum types known to exist (PostgreSQL's {@code CREATE TYPE name AS ENUM}), each with the table
 * columns known to use it, arrays of it included, as SQLAlchemy's memo of created types per migration
 * context. A compiler keeps one for a run ({@link DdlCompiler#enumTypes()}) and changes it as it compiles
 * the operations in order: it creates a type it does not know of, and drops one when the last column
 * known to use it is dropped, unless an operation still to be compiled drops another column of it
 * ({@link #expectDrops}). Offline that is all it knows. Online the run replaces it with what the database
 * has ({@link #replaceWith}) before it compiles operations that create or drop such types.
 */
public final class NamedEnumTypes {
    private final Map<String, Set<TableColumn>> users = new LinkedHashMap<>();
    private final Map<String, Integer> expectedDrops = new HashMap<>();
    private Optional<String> defaultSchema;

    /** One column of one table, the table named without the default schema. */
    private record TableColumn(QualifiedName table, String column) {
    }

    /** Nothing known yet; tables are told apart by their names as the operations give them. */
    public NamedEnumTypes() {
        this(Optional.empty());
    }

    /** Nothing known yet; a table of {@code defaultSchema} is the same as one named without a schema. */
    public NamedEnumTypes(Optional<String> defaultSchema) {
        this.defaultSchema = Objects.requireNonNull(defaultSchema, "defaultSchema");
    }

    /** Records that {@code type} exists. */
    public void exists(String type) {
        users.computeIfAbsent(type, name -> new HashSet<>());
    }

    /** Records that {@code column} of {@code table} uses {@code type}, which therefore exists. */
    public void uses(String type, QualifiedName table, String column) {
        users.computeIfAbsent(type, name -> new HashSet<>()).add(new TableColumn(key(table), column));
    }

    /** Whether {@code type} is known to exist. */
    public boolean isKnown(String type) {
        return users.containsKey(type);
    }

    /** The columns known to use {@code type}, as {@code table.column}, sorted. */
    public List<String> users(String type) {
        return users.getOrDefault(type, Set.of()).stream().map(user -> user.table() + "." + user.column())
                .sorted().toList();
    }

    /** Knows from now on what {@code live} knows, read from the database; the drops expected stay. */
    public void replaceWith(NamedEnumTypes live) {
        users.clear();
        live.users.forEach((type, columns) -> users.put(type, new HashSet<>(columns)));
        defaultSchema = live.defaultSchema;
    }

    /**
     * The enum types that {@code columns}, added to {@code table}, use and that are not known to exist, each
     * once in the order the columns use them; from now on they are known, used by those columns.
     */
    public List<ColumnType.EnumType> create(QualifiedName table, List<Column> columns) {
        Map<String, ColumnType.EnumType> created = new LinkedHashMap<>();
        for (Column column : columns) {
            column.type().namedEnum().ifPresent(type -> {
                String name = type.name().orElseThrow();
                if (!isKnown(name)) {
                    created.putIfAbsent(name, type);
                }
                uses(name, table, column.name());
            });
        }
        return List.copyOf(created.values());
    }

    /**
     * Forgets the columns of {@code table} that are dropped ({@code column}, or all of them), and returns
     * the enum types that the dropped {@code definition} used, each once, that no column is known to use
     * any more and that no operation still expected drops another column of; they are known to be gone.
     */
    public List<String> drop(QualifiedName table, Optional<String> column, List<Column> definition) {
        QualifiedName droppedFrom = key(table);
        users.values().forEach(columns -> columns.removeIf(user -> user.table().equals(droppedFrom)
                && column.map(user.column()::equals).orElse(true)));
        List<String> types = new ArrayList<>();
        for (String type : enumTypeNames(definition)) {
            expectedDrops.computeIfPresent(type, (name, count) -> count > 1 ? count - 1 : null);
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        List<String> gone = types.stream().filter(type -> users.getOrDefault(type, Set.of()).isEmpty()
                && !expectedDrops.containsKey(type)).toList();
        gone.forEach(users::remove);
        return gone;
    }

    /** The columns of {@code table} keep their types under the table's new name. */
    public void renameTable(QualifiedName table, String newName) {
        QualifiedName old = key(table);
        QualifiedName renamed = key(table.withName(newName));
        replaceUsers(user -> user.table().equals(old) ? new TableColumn(renamed, user.column()) : user);
    }

    /** The column keeps its type under its new name. */
    public void renameColumn(QualifiedName table, String column, String newName) {
        TableColumn old = new TableColumn(key(table), column);
        replaceUsers(user -> user.equals(old) ? new TableColumn(old.table(), newName) : user);
    }

    /** The column now has {@code type}: it uses that enum type, if it is one, and no other. */
    public void retype(QualifiedName table, String column, ColumnType type) {
        TableColumn user = new TableColumn(key(table), column);
        users.values().forEach(columns -> columns.remove(user));
        type.namedEnum().flatMap(ColumnType.EnumType::name).ifPresent(name -> uses(name, table, column));
    }

    /**
     * The operations about to be compiled, in order: the columns their dropped definitions give keep each
     * enum type they use until the last of them is dropped. Replaces the drops expected before.
     */
    public void expectDrops(List<Operation> operations) {
        expectedDrops.clear();
        for (Operation operation : operations) {
            enumTypeNames(droppedColumns(operation)).forEach(type -> expectedDrops.merge(type, 1, Integer::sum));
        }
    }

    /**
     * Whether compiling {@code operation} creates or drops enum types, depending on what is known of them:
     * its columns, new or dropped with their definition, use a named enum type.
     */
    public static boolean usedBy(Operation operation) {
        return !enumTypeNames(columnsOf(operation, true)).isEmpty();
    }

    private static List<String> enumTypeNames(List<Column> columns) {
        return columns.stream().map(column -> column.type().namedEnum()).flatMap(Optional::stream)
                .map(type -> type.name().orElseThrow()).toList();
    }

    private static List<Column> droppedColumns(Operation operation) {
        return columnsOf(operation, false);
    }

    /** The columns an operation drops with their definition, and with {@code added} those it adds. */
    private static List<Column> columnsOf(Operation operation, boolean added) {
        if (operation instanceof DropTable drop) {
            return drop.existing().map(Table::columns).orElse(List.of());
        } else if (operation instanceof DropColumn drop) {
            return drop.existing().map(List::of).orElse(List.of());
        } else if (operation instanceof CreateTable create && added) {
            return create.table().columns();
        } else if (operation instanceof AddColumn add && added) {
            return List.of(add.column());
        } else if (operation instanceof BatchAlterTable batch) {
            return batch.operations().stream().flatMap(inner -> columnsOf(inner, added).stream()).toList();
        }
        return List.of();
    }

    private void replaceUsers(UnaryOperator<TableColumn> change) {
        users.replaceAll((type, columns) -> {
            Set<TableColumn> changed = new HashSet<>();
            columns.forEach(user -> changed.add(change.apply(user)));
            return changed;
        });
    }

    private QualifiedName key(QualifiedName table) {
        return table.schema().equals(defaultSchema) ? QualifiedName.of(table.name()) : table;
    }
}
