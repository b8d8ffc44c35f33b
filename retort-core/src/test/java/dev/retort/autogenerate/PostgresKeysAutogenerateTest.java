package dev.retort.autogenerate;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.op.Operation;
import dev.retort.reflect.LiveDatabase;
import dev.retort.schema.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL keys as autogenerate creates them: a unique constraint on the columns of the primary key, or of
 * another unique constraint, which PostgreSQL would fold into the first inside {@code CREATE TABLE}.
 */
class PostgresKeysAutogenerateTest {

    @Test
    void uniqueConstraintsOnTheColumnsOfTheKeyOrOfEachOtherAreAllCreatedAndCompareClean() throws Exception {
        try (LiveDatabase database = LiveDatabase.postgres()) {
            List<Table> models = List.of(
                    table("country", column("code", string(2)).primaryKey().unique(), column("name", string(40))),
                    table("pair", column("a", INTEGER).primaryKey(), column("b", INTEGER),
                            unique("uq_pair_ab", "a", "b"), unique("uq_pair_ab_again", "a", "b")));

            List<Operation> upgrade = comparator(database).compare(schema(models), reflect(database)).operations();
            run(database, upgrade);

            assertThat(comparator(database).compare(schema(models), reflect(database)).describe())
                    .as("differences left after running " + upgrade).isEmpty();
            assertThat(constraints(database)).containsExactly("country p", "country u", "pair p", "pair u", "pair u");
        }
    }

    private static void run(LiveDatabase database, List<Operation> operations) throws SQLException {
        DdlCompiler compiler = DdlCompilers.forDialect(database.dialect());
        for (Operation operation : operations) {
            database.execute(compiler.compile(operation));
        }
    }

    private static List<String> constraints(LiveDatabase database) throws SQLException {
        List<String> constraints = new ArrayList<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT conrelid::regclass || ' ' || contype::text FROM pg_constraint"
                        + " WHERE connamespace = 'public'::regnamespace ORDER BY 1")) {
            while (rows.next()) {
                constraints.add(rows.getString(1));
            }
        }
        return constraints;
    }
}
