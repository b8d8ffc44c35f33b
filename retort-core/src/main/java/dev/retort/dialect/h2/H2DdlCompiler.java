package dev.retort.dialect.h2;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.SqlLiterals;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.op.Execute;
import dev.retort.op.JsonText;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import dev.retort.sql.SqlDialect;
import java.util.List;

/**
 * H2 (2.x): the ANSI DDL with identity columns, {@code COMMENT ON}, {@code SET DATA TYPE}, and index
 * names qualified with their table's schema. Literals are the SQL standard's, JSON text inserted into a
 * {@code JSON} column excepted.
 */
public class H2DdlCompiler extends DdlCompiler {

    public H2DdlCompiler(Dialect dialect) {
        super(dialect, new H2TypeCompiler(dialect), new SqlLiterals(dialect));
    }

    /** H2 puts an unqualified index in the current schema, so it is named in its table's schema. */
    @Override
    protected String indexName(QualifiedName table, String index) {
        return table(table.withName(index));
    }

    /**
     * The statements of the SQL, split as H2's own script runner splits a script, each run alone: H2 would run
     * them all in one call, and a schema change among them commits, so that a failure of a later one could not
     * tell what is applied.
     */
    @Override
    public List<String> visitExecute(Execute operation) {
        return eachStatement(operation, SqlDialect.H2);
    }

    /** JSON text or a document for a {@code JSON} column is a JSON literal: H2 keeps a string as a JSON string. */
    @Override
    protected String literal(Object value, ColumnType type) {
        if (type instanceof ColumnType.JsonType && (value instanceof String || isJsonText(value, type))) {
            return "JSON " + super.literal(value, type);
        }
        return super.literal(value, type);
    }

    @Override
    public TableDdl tables() {
        return new H2TableDdl(this);
    }

    @Override
    protected ColumnAlterations alterations() {
        return new H2ColumnAlterations(this);
    }

    @Override
    public String displayName() {
        return "H2";
    }
}
