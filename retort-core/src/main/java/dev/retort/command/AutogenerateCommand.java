package dev.retort.command;

import dev.retort.autogenerate.SchemaComparator;
import dev.retort.autogenerate.SchemaDiff;
import dev.retort.autogenerate.TableOrder;
import dev.retort.autogenerate.render.RenderedRevision;
import dev.retort.autogenerate.render.RevisionRenderer;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.CreateTable;
import dev.retort.op.Operation;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.runtime.BoundSql;
import dev.retort.runtime.DatabaseSession;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.script.RevisionFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code revision --autogenerate}, {@code check} and {@code create-tables}: the models of the
 * environment against the live database. The database must be at the heads before a revision is
 * generated from it, as Alembic requires, so that the new revision is the next step after them.
 */
public final class AutogenerateCommand {
    private final ScriptCatalog catalog;
    private final TargetSchemas models;

    public AutogenerateCommand(ScriptCatalog catalog, TargetSchemas models) {
        this.catalog = catalog;
        this.models = models;
    }

    /** What autogenerate found and, unless only SQL was asked for, the revision it wrote. */
    public record Generated(SchemaDiff diff, RenderedRevision rendered, Optional<RevisionCommand.Result> written) {}

    /** {@code check}: the differences between the models and the database; empty when they match. */
    public SchemaDiff check() {
        try (DatabaseSession session = session()) {
            requireAtHeads(session);
            return compare(session);
        }
    }

    /**
     * {@code revision --autogenerate}: a new revision with the operations that make the database match
     * the models; with {@code sqlOnly} nothing is written and the rendering is SQL for this database.
     */
    public Generated revision(RevisionRequest request, boolean sqlOnly, Clock clock) {
        SchemaDiff diff;
        Dialect dialect;
        try (DatabaseSession session = session()) {
            requireAtHeads(session);
            dialect = session.dialect();
            diff = compare(session);
        }
        RevisionFormat format = request.format().orElse(RevisionFormat.parse(catalog.config().revisionFormat()));
        if (sqlOnly) {
            return new Generated(diff, RevisionRenderer.sql(diff.operations(), dialect), Optional.empty());
        }
        RenderedRevision rendered = format == RevisionFormat.SQL
                ? RevisionRenderer.sql(diff.operations(), dialect)
                : RevisionRenderer.java(withoutCopyDefinitions(diff.operations()));
        RevisionBodies bodies = new RevisionBodies(Optional.of(rendered.upgradeBody()),
                Optional.of(rendered.downgradeBody()), List.copyOf(new TreeSet<>(rendered.imports())));
        RevisionCommand.Result written = new RevisionCommand(catalog, clock).revision(request, bodies);
        return new Generated(diff, rendered, Optional.of(written));
    }

    /**
     * {@code create-tables}: every table of the models that the database does not have yet, created
     * directly in the order foreign keys need, in one transaction where the database has transactional
     * DDL. Returns the names of the tables created.
     */
    public List<QualifiedName> createTables() {
        try (DatabaseSession session = DatabaseSession.openLocked(url(), config().versionTable(),
                config().versionTableSchema(), config().settings())) {
            DatabaseSchema wanted = target(session.dialect());
            DatabaseSchema actual = reflect(session, wanted);
            List<Table> missing = wanted.tables().stream().filter(table -> actual.table(table.name()).isEmpty())
                    .toList();
            List<Operation> operations = new ArrayList<>();
            for (Table table : TableOrder.creationOrder(missing)) {
                operations.add(new CreateTable(table, false));
            }
            DdlCompiler compiler = DdlCompilers.forDialect(session.dialect());
            session.sink().begin();
            try {
                for (Operation operation : operations) {
                    for (String statement : compiler.compile(operation)) {
                        session.sink().execute(BoundSql.of(statement));
                    }
                }
                session.sink().commit();
            } catch (RuntimeException e) {
                session.sink().rollback();
                throw e;
            }
            return missing.stream().map(Table::name).toList();
        }
    }

    /** A Java revision's batch reads its table when it runs, so the copy of the definition is left out. */
    private static List<Operation> withoutCopyDefinitions(List<Operation> operations) {
        return operations.stream().map(operation -> operation instanceof BatchAlterTable batch
                ? new BatchAlterTable(batch.table(), batch.recreate(), Optional.empty(), batch.partialReordering(),
                        batch.operations())
                : operation).toList();
    }

    private SchemaDiff compare(DatabaseSession session) {
        DatabaseSchema wanted = target(session.dialect());
        DatabaseSchema actual = reflect(session, wanted);
        return SchemaComparator.forDialect(session.dialect(), AutogenerateSettings.from(config().settings()))
                .compare(wanted, actual);
    }

    private DatabaseSchema target(Dialect dialect) {
        return models.schemaFor(dialect).orElseThrow(() -> new CommandException("No models are configured:"
                + " set 'models' (a Java source file such as \"migrations/Models.java\") or 'models_class' with"
                + " 'models_classpath' in section [" + config().section() + "] of " + config().file()));
    }

    /** The default schema and every schema the models name, without the version table. */
    private DatabaseSchema reflect(DatabaseSession session, DatabaseSchema wanted) {
        Set<String> schemas = new TreeSet<>();
        wanted.tables().forEach(table -> table.name().schema().ifPresent(schemas::add));
        ReflectionScope scope = ReflectionScope.defaultSchema()
                .withSchemas(schemas.toArray(String[]::new))
                .withVersionTable(QualifiedName.of(config().versionTableSchema(), config().versionTable()));
        return SchemaReader.forDialect(session.dialect()).read(session.connection(), scope);
    }

    private void requireAtHeads(DatabaseSession session) {
        List<String> rows = session.rows();
        if (!catalog.graph().upgradeSteps("heads", rows).isEmpty()) {
            throw new CommandException("Target database is not up to date: it is at "
                    + (rows.isEmpty() ? "<base>" : String.join(", ", rows)) + ", the heads are "
                    + String.join(", ", catalog.graph().heads()) + ". Run 'retort upgrade heads' first, so that"
                    + " the new revision follows the ones already written.");
        }
    }

    private DatabaseSession session() {
        return DatabaseSession.open(url(), config().versionTable(), config().versionTableSchema());
    }

    private RetortConfig config() {
        return catalog.config();
    }

    private DatabaseUrl url() {
        return catalog.databaseUrl();
    }
}
