package dev.retort.autogenerate;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.qualified;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.model.MetaData;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.reflect.LiveDatabase;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.schema.DatabaseSchema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL: named enum types of the models are compared where the DDL creates them and reflection
 * reads them, whether a table of another schema uses one or the models declare one that no table uses.
 */
class PostgresEnumTypesAutogenerateTest {

    @Test
    void anEnumOfATableInAnotherSchemaGetsItsNewValueAddedInPlace() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            database.execute("CREATE SCHEMA app");
            MetaData moods = MetaData.empty().table(table(qualified("app", "t"), column("id", INTEGER).primaryKey(),
                    column("s", enumType("mood", "a", "b"))));
            run(database, compare(database, moods.toSchema()).operations());
            assertThat(compare(database, moods.toSchema()).isEmpty()).isTrue();

            MetaData moreMoods = MetaData.empty().table(table(qualified("app", "t"),
                    column("id", INTEGER).primaryKey(), column("s", enumType("mood", "a", "b", "c"))));

            assertThat(compare(database, moreMoods.toSchema()).operations())
                    .containsExactly(new Execute("ALTER TYPE mood ADD VALUE 'c' AFTER 'b'"));
        }
    }

    @Test
    void aDeclaredEnumTypeTheDatabaseLacksIsCreatedAndTheDowngradeDropsIt() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            DatabaseSchema wanted = MetaData.empty().enumType("mood2", "x", "y").toSchema();

            List<Operation> upgrade = compare(database, wanted).operations();
            assertThat(upgrade).containsExactly(
                    new Execute("CREATE TYPE mood2 AS ENUM ('x', 'y')", "DROP TYPE mood2"));
            run(database, upgrade);
            assertThat(compare(database, wanted).isEmpty()).isTrue();

            List<Operation> downgrade = new ArrayList<>();
            upgrade.forEach(operation -> downgrade.add(operation.reverse().orElseThrow()));
            Collections.reverse(downgrade);
            run(database, downgrade);
            assertThat(reflect(database).enumTypes()).isEmpty();
        }
    }

    private static SchemaDiff compare(LiveDatabase database, DatabaseSchema wanted) {
        return LiveSchemas.comparator(database).compare(wanted, reflect(database));
    }

    private static DatabaseSchema reflect(LiveDatabase database) {
        return SchemaReader.forDialect(database.dialect()).read(database.connection(),
                ReflectionScope.defaultSchema().withSchemas("app"));
    }

    private static void run(LiveDatabase database, List<Operation> operations) throws SQLException {
        DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
        for (Operation operation : operations) {
            database.execute(compiler.compile(operation));
        }
    }
}
