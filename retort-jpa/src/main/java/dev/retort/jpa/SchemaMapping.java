package dev.retort.jpa;

import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.InitialRows;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;

/**
 * Hibernate's relational model of the entities ({@code Metadata.getDatabase()}) as a {@link DatabaseSchema}:
 * every physical table of every namespace, every sequence, with start and step left unset where
 * they are the defaults reflection also leaves unset (1 and 1), the named enum types columns use, and the
 * rows Hibernate inserts into the tables that emulate sequences.
 */
final class SchemaMapping {
    private final TargetDatabase target;
    private final TableMapping tables;
    private final NativeEnums enums;
    private final Optional<Identifier> defaultSchema;

    SchemaMapping(Metadata metadata, Dialect dialect, TargetDatabase target, Optional<String> defaultSchema,
            dev.retort.dialect.Dialect sql) {
        this.target = target;
        this.enums = new NativeEnums(metadata, target);
        this.defaultSchema = defaultSchema.map(Identifier::toIdentifier);
        this.tables = new TableMapping(metadata, dialect, target, enums, this.defaultSchema, sql);
    }

    DatabaseSchema schema(Metadata metadata) {
        List<Table> tableList = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<InitialRows> initialRows = new ArrayList<>();
        InitialInserts inserts = new InitialInserts(metadata, target);
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && table.getViewQuery() == null) {
                    Table mapped = tables.table(table);
                    tableList.add(mapped);
                    inserts.of(table, mapped).ifPresent(initialRows::add);
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(sequence(namespace, sequence));
            }
        }
        return new DatabaseSchema(tableList, sequences, List.copyOf(enums.definitions()), initialRows);
    }

    private Sequence sequence(Namespace namespace, org.hibernate.boot.model.relational.Sequence sequence) {
        Optional<Identifier> schema = Optional.ofNullable(sequence.getName().getSchemaName())
                .or(() -> Optional.ofNullable(namespace.getPhysicalName().schema())).or(() -> defaultSchema);
        QualifiedName name = QualifiedName.of(schema.map(target::name),
                target.name(sequence.getName().getSequenceName()));
        long increment = sequence.getIncrementSize();
        long start = sequence.getInitialValue();
        long defaultStart = increment < 0 ? -1 : 1;
        return new Sequence(name, start == defaultStart ? OptionalLong.empty() : OptionalLong.of(start),
                increment == 1 ? OptionalLong.empty() : OptionalLong.of(increment), OptionalLong.empty(),
                OptionalLong.empty(), false);
    }
}
