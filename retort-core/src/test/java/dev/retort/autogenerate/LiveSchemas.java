package dev.retort.autogenerate;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.CreateTable;
import dev.retort.reflect.LiveDatabase;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.Table;
import java.sql.SQLException;
import java.util.List;

/** Tables created on a real database from the models, read back, and the comparator between the two. */
final class LiveSchemas {

    private LiveSchemas() {
    }

    /** The comparator of the database's dialect, with the default options. */
    static SchemaComparator comparator(LiveDatabase database) {
        return SchemaComparator.forDialect(database.dialect(), CompareOptions.defaults());
    }

    /** A schema of these tables only. */
    static DatabaseSchema schema(List<Table> tables) {
        return new DatabaseSchema(tables, List.of(), List.of());
    }

    /** The database's default schema, as reflection reads it. */
    static DatabaseSchema reflect(LiveDatabase database) {
        return SchemaReader.forDialect(database.dialect()).read(database.connection(), ReflectionScope.defaultSchema());
    }

    /** Creates the tables, in order, as the dialect writes them. */
    static void create(LiveDatabase database, List<Table> tables) throws SQLException {
        DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
        for (Table table : tables) {
            database.execute(compiler.compile(new CreateTable(table, false)));
        }
    }
}
